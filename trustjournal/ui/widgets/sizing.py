"""How large a window may open, and where: as large as it reads well, never larger than the
free part of its screen (less panels and docks) with its frame, and centred; and how wide
a table must be to show its words whole.

Every top-level window and dialog is sized through here: `fit_on_screen` for the app's
own windows (the lock screen, onboarding, the journal's window), `fitting_size` for a
dialog, which Qt then centres on the window it opens over (and keeps on its screen).
"""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtGui, QtWidgets

ROOM_AROUND = 40  # px: a dialog leaves this margin of the window (or screen) it opens over
# Before a window first shows, the frame a window manager will draw around it is not known:
# room for a title bar and borders (larger than most, so Close and Lock stay on screen).
FRAME = QtCore.QMargins(8, 40, 8, 8)
VISIBLE_PART = QtCore.QSize(120, 40)  # a window shows this much of its top on a screen to count


def screen_area(widget: QtWidgets.QWidget | None = None) -> QtCore.QRect:
    """The free part of the screen `widget`'s window is on (or the main screen)."""
    screen = widget.window().screen() if widget is not None else None
    if screen is None:
        screen = QtGui.QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QtWidgets.QWidget) -> QtCore.QMargins:
    """The frame around `window`: the real one once it shows, else room for one."""
    outer, inner = window.frameGeometry(), window.geometry()
    if not window.isVisible() or outer == inner:
        return FRAME
    return QtCore.QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )


def room_on_screen(window: QtWidgets.QWidget, area: QtCore.QRect | None = None) -> QtCore.QSize:
    """The largest size `window` may have with its frame inside `area` (its screen's)."""
    return (area or screen_area(window)).marginsRemoved(frame_margins(window)).size()


def fitting_size(wanted: QtCore.QSize, parent: QtWidgets.QWidget | None) -> QtCore.QSize:
    """`wanted`, bounded by the screen (with room for the dialog's frame, not drawn yet)
    and by the window it opens over less a margin, when that window shows (the lock
    screen's dialogs may open over a hidden one)."""
    window = parent.window() if parent is not None else None
    room = screen_area(window).marginsRemoved(FRAME).size()
    if window is not None and window.isVisible():
        room = room.boundedTo(window.size() - QtCore.QSize(ROOM_AROUND, ROOM_AROUND))
    return wanted.boundedTo(room)


def fit_on_screen(window: QtWidgets.QWidget, wanted: QtCore.QSize | None = None) -> None:
    """`window` at `wanted` (or its own size), no larger than its screen's free part with
    its frame, in the middle of it."""
    area = screen_area(window)
    window.resize((wanted or window.size()).boundedTo(room_on_screen(window, area)))
    centre_in(window, area)


def centre_in(window: QtWidgets.QWidget, area: QtCore.QRect) -> None:
    """Move `window`, frame and all, to the middle of `area`."""
    frame = frame_margins(window)
    outer = window.size().grownBy(frame)
    left = area.left() + (area.width() - outer.width()) // 2
    top = area.top() + (area.height() - outer.height()) // 2
    window.move(max(left, area.left()), max(top, area.top()))


def keep_on_screen(window: QtWidgets.QWidget, place: QtCore.QRect) -> bool:
    """Give `window` the remembered `place` (its inner geometry) when enough of its top
    (where it is dragged from) is on a screen, shrunk and moved to fit that screen; False
    when it is on none (a screen unplugged since): the caller centres it instead."""
    top = QtCore.QRect(
        place.left(), place.top() - FRAME.top(), place.width(), FRAME.top() + VISIBLE_PART.height()
    )
    for screen in QtGui.QGuiApplication.screens():
        area = screen.availableGeometry()
        seen = area.intersected(top)
        if seen.width() >= VISIBLE_PART.width() and seen.height() >= VISIBLE_PART.height():
            inside = area.contains(place)  # as it was, where the window manager put it
            room = area.marginsRemoved(frame_margins(window))
            window.setGeometry(place if inside else _within(place, room))
            return True
    return False


def _within(place: QtCore.QRect, room: QtCore.QRect) -> QtCore.QRect:
    """`place` no larger than `room`, moved inside it."""
    inside = QtCore.QRect(place.topLeft(), place.size().boundedTo(room.size()))
    inside.moveLeft(min(max(inside.left(), room.left()), room.right() - inside.width() + 1))
    inside.moveTop(min(max(inside.top(), room.top()), room.bottom() - inside.height() + 1))
    return inside


def table_width(view: QtWidgets.QTableView, eliding: tuple[int, ...] = (), bar: bool = True) -> int:
    """How wide `view` must be to show every header and cell whole, with room for its
    vertical scroll bar when `bar` (a long table scrolls down, never sideways); the
    `eliding` columns (which end a long text in "…" on purpose) need only their name."""
    header = view.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_HeaderMargin)
    model = view.model()
    columns = 0
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if column in eliding and model is not None:
            name = str(model.headerData(column, QtCore.Qt.Orientation.Horizontal) or "")
            columns += header.fontMetrics().horizontalAdvance(name) + margin
        else:
            columns += max(header.sectionSizeHint(column), view.sizeHintForColumn(column))
    room_for_bar = view.verticalScrollBar().sizeHint().width() if bar else 0
    return columns + 2 * view.frameWidth() + room_for_bar


class ReadingMeasure(QtCore.QObject):
    """Keep a scroll area's page no wider than `chars` average characters of its text, in
    the middle of the area: on a wide screen (1920 px) Today's and When it's hard's
    cards stretched to lines of 115 characters, hard to follow back to their start. The
    bound grows with the text size, and never cuts what the page needs at the least."""

    def __init__(self, scroll: QtWidgets.QScrollArea, chars: int) -> None:
        super().__init__(scroll)
        self.chars = chars
        page = scroll.widget()
        assert page is not None  # the page is set first (fill_with_scrolling)
        self._page = page
        scroll.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter | QtCore.Qt.AlignmentFlag.AlignTop)
        page.installEventFilter(self)
        self.bound()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        kinds = (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.LayoutRequest)
        if watched is self._page and event.type() in kinds:  # a new text size or new words
            self.bound()
        return False

    def bound(self) -> None:
        self._page.ensurePolished()
        most = self.chars * self._page.fontMetrics().averageCharWidth()
        most = max(most, self._page.minimumSizeHint().width())
        if self._page.maximumWidth() != most:
            self._page.setMaximumWidth(most)
