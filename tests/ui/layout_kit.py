"""What a screen that fits looks like, as checks on a shown window's widgets.

`layout_problems(window)` lists, in plain words, everything a person would see as
broken: a horizontal scroll bar, a widget running past the window's right edge, a
label, button or field too small for its text, two controls drawn over each other,
a list row cut short, a table's header or cell too narrow for its text or past the
table's right edge, or a reading area too narrow to read. An empty list means the
screen fits. `off_screen(window, area)` lists a window or dialog whose frame is larger
than the screen's free part, or reaches past it (its Close or Lock out of reach).

A widget may opt out of one check with a dynamic property, saying why in its own
module: `layout_may_overlap` (an overlay drawn over others on purpose);
`layout_may_elide` on a table, the columns (a list of numbers) whose cells end in "…"
on purpose because the whole text shows elsewhere (their headers are still checked).
"""

from __future__ import annotations

from collections.abc import Iterator

from trustjournal.ui.qt import QtCore, QtWidgets

# Below this a text area shows a few words a line: too narrow to read.
READING_WIDTH = 300
SLACK = 1  # rounding of fractional layouts
ROWS_CHECKED = 60  # a long list's first rows tell whether rows fit


def layout_problems(window: QtWidgets.QWidget) -> list[str]:
    problems: list[str] = []
    for widget in shown_widgets(window):
        problems.extend(_problems_of(window, widget))
    return problems


def shown_widgets(window: QtWidgets.QWidget) -> Iterator[QtWidgets.QWidget]:
    """The window and every widget in it that is visible, not inside a hidden one."""
    yield window
    for widget in window.findChildren(QtWidgets.QWidget):
        if widget.isVisibleTo(window) and not widget.isWindow() and _on_window(widget, window):
            yield widget


def _on_window(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    """Widgets of a dialog or popup that belongs to the window are checked on their own."""
    return widget.window() is window


def _problems_of(window: QtWidgets.QWidget, widget: QtWidgets.QWidget) -> Iterator[str]:
    name = describe(widget)
    if isinstance(widget, QtWidgets.QAbstractScrollArea):
        bar = widget.horizontalScrollBar()
        if bar.isVisibleTo(window) and bar.maximum() > 0:
            yield f"{name} scrolls sideways ({bar.maximum()} px hidden)"
        if isinstance(widget, QtWidgets.QAbstractItemView):
            yield from _cut_rows(widget, name)
        if isinstance(widget, QtWidgets.QTableView):
            yield from _cut_headers(widget, name)
            yield from _cut_cells(widget, name)
    if widget is not window:
        right = widget.mapTo(window, QtCore.QPoint(widget.width(), 0)).x()
        if right > window.width() + SLACK and not _inside_sideways_scroller(widget, window):
            yield f"{name} runs {right - window.width()} px past the window's right edge"
    yield from _too_small(widget, name)
    reads = isinstance(widget, QtWidgets.QTextEdit | QtWidgets.QPlainTextEdit)
    if reads and widget.width() < READING_WIDTH:
        yield f"{name} is {widget.width()} px wide, too narrow to read"
    yield from _overlaps(widget, name)


def _inside_sideways_scroller(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    """Inside an item view's viewport, sideways position is the view's business (its
    own scroll bar is checked)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QtWidgets.QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _too_small(widget: QtWidgets.QWidget, name: str) -> Iterator[str]:
    if widget.objectName().startswith("qt_"):
        return  # Qt's own parts of a control: the control itself is checked
    if isinstance(widget, QtWidgets.QLabel):
        yield from _label_cut(widget, name)
        return
    if not isinstance(
        widget,
        QtWidgets.QAbstractButton
        | QtWidgets.QLineEdit
        | QtWidgets.QComboBox
        | QtWidgets.QAbstractSpinBox,
    ):
        return
    least = widget.minimumSizeHint()
    if widget.height() + SLACK < least.height():
        yield f"{name} is squashed: {widget.height()} px high, needs {least.height()}"
    needs = widget.sizeHint().width() if _shows_text(widget) else least.width()
    if widget.width() + SLACK < needs:
        yield f"{name} is cut: {widget.width()} px wide, needs {needs}"


def _shows_text(widget: QtWidgets.QWidget) -> bool:
    """Buttons must show their whole text; fields may scroll theirs."""
    return isinstance(widget, QtWidgets.QAbstractButton) and bool(widget.text())


def _label_cut(widget: QtWidgets.QLabel, name: str) -> Iterator[str]:
    picture = widget.pixmap()
    if not widget.text().strip() or (picture is not None and not picture.isNull()):
        return
    if widget.wordWrap():
        needs = widget.heightForWidth(widget.width())
        if needs > widget.height() + SLACK:
            yield f"{name} is cut: its text needs {needs} px high, has {widget.height()}"
    elif widget.sizeHint().width() > widget.width() + SLACK:
        yield (
            f"{name} is cut: its text needs {widget.sizeHint().width()} px wide, "
            f"has {widget.width()}"
        )


def _overlaps(widget: QtWidgets.QWidget, name: str) -> Iterator[str]:
    """Controls side by side in one parent never cover each other."""
    if isinstance(widget, QtWidgets.QAbstractScrollArea | QtWidgets.QStackedWidget):
        return  # their viewports, bars and pages sit over each other by design
    children = [
        child
        for child in widget.findChildren(
            QtWidgets.QWidget, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
        )
        if child.isVisible() and not child.isWindow() and not child.property("layout_may_overlap")
    ]
    for number, first in enumerate(children):
        for second in children[number + 1 :]:
            shared = first.geometry().intersected(second.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                yield f"{describe(first)} and {describe(second)} overlap in {name}"


def _cut_rows(view: QtWidgets.QAbstractItemView, name: str) -> Iterator[str]:
    """Rows whose text needs more room than the row has (cut with "…")."""
    model = view.model()
    if model is None or isinstance(view, QtWidgets.QTableView | QtWidgets.QTreeView):
        return  # tables are checked cell by cell (`_cut_cells`)
    delegate = view.itemDelegate()
    for row in range(min(model.rowCount(), ROWS_CHECKED)):
        index = model.index(row, view.modelColumn() if isinstance(view, QtWidgets.QListView) else 0)
        place = view.visualRect(index)
        if not place.isValid() or not view.viewport().rect().intersects(place):
            continue
        option = QtWidgets.QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = place
        needs = delegate.sizeHint(option, index)
        if needs.height() > place.height() + SLACK:
            text = str(index.data())[:40]
            has = place.height()
            yield f"row {row} of {name} is cut ({text!r}: needs {needs.height()} px, has {has})"
            return


def _cut_headers(view: QtWidgets.QTableView, name: str) -> Iterator[str]:
    """A column's name wider than its column, or past the table's right edge."""
    header, model = view.horizontalHeader(), view.model()
    if model is None or header.isHidden():
        return
    margin = 2 * header.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_HeaderMargin)
    for column in range(view.horizontalHeader().count()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, QtCore.Qt.Orientation.Horizontal) or "")
        needs = header.fontMetrics().horizontalAdvance(text) + margin if text else 0
        left, has = header.sectionViewportPosition(column), header.sectionSize(column)
        yield from _cut_text(view, f"the header {text!r} of {name}", needs, left, has)


def _cut_cells(view: QtWidgets.QTableView, name: str) -> Iterator[str]:
    """A cell's text wider than its column, or past the table's right edge, in the first
    rows; columns that elide on purpose (`layout_may_elide`) are left out."""
    model = view.model()
    if model is None:
        return
    eliding = view.property("layout_may_elide") or ()
    option = QtWidgets.QStyleOptionViewItem()
    view.initViewItemOption(option)
    for row in range(min(model.rowCount(), ROWS_CHECKED)):
        for column in range(view.horizontalHeader().count()):
            index = model.index(row, column)
            if column in eliding or view.isColumnHidden(column) or not index.data():
                continue
            place = view.visualRect(index)
            option.rect = place
            needs = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            where = f"the cell {str(index.data())[:40]!r} (row {row}) of {name}"
            for problem in _cut_text(view, where, needs, place.left(), place.width()):
                yield problem
                return  # one cut cell tells that the table does not fit


def _cut_text(
    view: QtWidgets.QAbstractItemView, what: str, needs: int, left: int, has: int
) -> Iterator[str]:
    if needs > has + SLACK:
        yield f"{what} is cut: needs {needs} px wide, has {has}"
        return
    hidden = left + has - view.viewport().width()
    bar = view.horizontalScrollBar()
    if hidden > SLACK and not (bar.isVisible() and bar.maximum() > 0):
        yield f"{what} runs {hidden} px past the table's right edge, with no way to scroll to it"


def off_screen(window: QtWidgets.QWidget, area: QtCore.QRect, placed: bool = True) -> list[str]:
    """`window`'s frame larger than `area` (the screen's free part), or, when the window
    is `placed` on that screen, reaching past it."""
    frame = window.frameGeometry()
    name = describe(window)
    if frame.width() > area.width() or frame.height() > area.height():
        return [
            f"{name}'s frame is {frame.width()}x{frame.height()}, larger than the screen's "
            f"free {area.width()}x{area.height()}"
        ]
    if placed and not area.contains(frame):
        return [f"{name}'s frame {_corners(frame)} reaches past the screen's {_corners(area)}"]
    return []


def _corners(rect: QtCore.QRect) -> str:
    return f"({rect.left()},{rect.top()})-({rect.right()},{rect.bottom()})"


def describe(widget: QtWidgets.QWidget) -> str:
    shown = widget.objectName() or type(widget).__name__
    text = getattr(widget, "text", None)
    if callable(text) and isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
        words = text()[:30]
        if words:
            shown += f" {words!r}"
    return shown


def settle() -> None:
    """Let closed dialogs go and layouts finish before the next screen."""
    for _ in range(3):
        QtCore.QCoreApplication.processEvents()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
