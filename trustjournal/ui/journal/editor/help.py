"""A small round "?" that opens a short explanation, kept right beside what it explains.

The "?" and its control are one piece of a row: when the row wraps (a narrow window, a
large text size) they move to the next line together, so the "?" never sits alone.
"""

from __future__ import annotations

from trustjournal.ui.journal.naming import named
from trustjournal.ui.qt import Qt, QtWidgets

GAP = 4  # close enough to read as the control's own help, far enough to aim at

# Palette roles, so it reads in light and dark; a visible ring, since a bare "?" looks
# like a stray character; no padding, so the ring is about as wide as it is high.
HELP_STYLE = """
QToolButton {
    border: 1px solid palette(mid);
    border-radius: 11px;
    padding: 0px;
}
QToolButton:hover { border-color: palette(highlight); }
QToolButton:focus { border: 2px solid palette(highlight); }
QToolButton:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


def help_button(
    parent: QtWidgets.QWidget, object_name: str, accessible_name: str, tooltip: str
) -> QtWidgets.QToolButton:
    """A checkable "?": checked while its explanation is shown."""
    button = named(QtWidgets.QToolButton(parent), object_name, accessible_name)
    button.setText("?")
    button.setToolTip(tooltip)
    button.setCheckable(True)
    button.setStyleSheet(HELP_STYLE)
    return button


def with_help(
    control: QtWidgets.QWidget, helper: QtWidgets.QWidget, parent: QtWidgets.QWidget
) -> QtWidgets.QWidget:
    """`control` with `helper` just after it, as one piece, on one middle line."""
    piece = QtWidgets.QWidget(parent)
    piece.setObjectName(f"{control.objectName()}WithHelp")
    layout = QtWidgets.QHBoxLayout(piece)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(GAP)
    layout.addWidget(control, 0, Qt.AlignmentFlag.AlignVCenter)
    layout.addWidget(helper, 0, Qt.AlignmentFlag.AlignVCenter)
    return piece
