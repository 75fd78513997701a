"""A dialog that fits its words at any text size and in any language: as wide as it reads
well at the usual text size, wider as the text grows (never wider than the room it has),
as tall as its wrapped words need at that width, and, when the screen is shorter than
that, its body scrolls up and down while its buttons stay in view.

A fixed pixel width (560 px, 700 px) cut the words of a longer language and, at 200 %
text, squashed every field of a dialog taller than the screen (issues 22 and 23).
"""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.widgets import sizing
from trustjournal.ui.widgets.controls import SPACING, USUAL_TEXT_SIZE

DIALOG_MARGINS = QtCore.QMargins(28, 24, 28, 24)
LEAST_BODY_HEIGHT = 160  # px: the body never shrinks below a few lines; it scrolls instead


def grown_width(width: int, widget: QtWidgets.QWidget) -> int:
    """`width` (px at the usual text size) grown in step with `widget`'s text."""
    widget.ensurePolished()
    return round(width * max(widget.font().pointSizeF() / USUAL_TEXT_SIZE, 1.0))


def dialog_body(
    dialog: QtWidgets.QDialog, name: str
) -> tuple[QtWidgets.QVBoxLayout, QtWidgets.QVBoxLayout]:
    """The dialog's two columns: the body (a scroll area named `name`, up and down only)
    and, below it, the outer column for what stays in view (the message, the buttons)."""
    outer = QtWidgets.QVBoxLayout(dialog)
    margins = DIALOG_MARGINS
    outer.setContentsMargins(margins.left(), margins.top(), margins.right(), margins.bottom())
    outer.setSpacing(SPACING)
    holder = QtWidgets.QWidget()
    holder.setObjectName(f"{name}_body")
    column = QtWidgets.QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(SPACING)
    area = QtWidgets.QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(holder)
    outer.addWidget(area, 1)
    return column, outer


def fit_dialog(dialog: QtWidgets.QDialog, width: int) -> None:
    """Size `dialog` (built with `dialog_body`) for its text: call it as it shows, and
    again when its words change."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    area = dialog.findChild(QtWidgets.QScrollArea, options=direct)
    layout = dialog.layout()
    if area is None or layout is None or area.widget() is None:
        return
    tall = 1 << 20
    room = sizing.fitting_size(
        QtCore.QSize(grown_width(width, dialog), tall), dialog.parentWidget()
    )
    # Never narrower than its widest control, even over a small window: the screen decides.
    least = sizing.fitting_size(QtCore.QSize(_least_width(dialog, area), tall), None)
    wide = max(room.width(), least.width())
    dialog.setFixedWidth(wide)
    margins = layout.contentsMargins()
    needed = _body_height(area, wide - margins.left() - margins.right())
    area.setMinimumHeight(min(needed, LEAST_BODY_HEIGHT))
    rest = layout.totalSizeHint().height() - area.sizeHint().height()
    dialog.resize(wide, min(needed + rest, room.height()))


def _body_height(area: QtWidgets.QScrollArea, width: int) -> int:
    """How tall the body is at `width` with nothing cut (its wrapped words' heights)."""
    body = area.widget()
    assert body is not None
    if body.hasHeightForWidth():
        return body.heightForWidth(width)
    return body.sizeHint().height()


def _least_width(dialog: QtWidgets.QDialog, area: QtWidgets.QScrollArea) -> int:
    """The dialog's width with its body's widest control whole and room for a scroll bar
    (a scroll area asks for none of its content's width)."""
    body = area.widget()
    layout = dialog.layout()
    assert body is not None and layout is not None
    margins = layout.contentsMargins()
    bar = area.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
    inside = body.minimumSizeHint().width() + bar + margins.left() + margins.right()
    return max(inside, dialog.minimumSizeHint().width())
