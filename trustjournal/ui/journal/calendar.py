"""A month view coloured by mood; every day also shows its mood number, never colour alone.

A day with several entries of different moods shows their range ("2-4", with an en dash) on a tint
split between its lowest and highest mood, so a hard morning is not averaged away.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import EntryFilter
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.mood_style import mood_tint, mood_words
from trustjournal.ui.journal.naming import named
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.dates import day_and_month, first_weekday, month_and_year, week_days

_MAX_MONTH_ENTRIES = 5000
_Role = QtGui.QPalette.ColorRole
_INSET = 2  # between the cell's edge and its rounded box
_PAD = 4  # between the box's side and the words in it
_AIR = 3  # above the day number, below the mood, and between them
_MIN_WIDTH = 32
_RANGE_SCALE = 0.8  # a range ("2-5") is wider than one mood, so a little smaller


@dataclass(frozen=True)
class DayLayout:
    """Where a day cell's words go: the day number at the top left, the mood at the bottom
    right, each in a rectangle as large as its words, so they can be checked apart."""

    day: QtCore.QRectF
    mood: QtCore.QRectF
    mood_font: QtGui.QFont


def mood_text(mood_range: tuple[int, int]) -> str:
    low, high = mood_range
    return str(low) if low == high else f"{low}\u2013{high}"


def mood_font(font: QtGui.QFont, mood_range: tuple[int, int]) -> QtGui.QFont:
    result = QtGui.QFont(font)
    result.setBold(True)
    if mood_range[0] != mood_range[1]:
        result.setPointSizeF(font.pointSizeF() * _RANGE_SCALE)
    return result


def day_layout(
    box: QtCore.QRectF, font: QtGui.QFont, day: str, moods: tuple[int, int] | None
) -> DayLayout:
    """The rectangles the day number and the mood are drawn in, inside `box` (the mood's
    is empty when the day has none)."""
    bold = mood_font(font, moods or (1, 1))
    mood_size = _text_size(bold, mood_text(moods)) if moods else QtCore.QSizeF(0, 0)
    day_rect = QtCore.QRectF(box.topLeft() + QtCore.QPointF(_PAD, _AIR), _text_size(font, day))
    corner = box.bottomRight() - QtCore.QPointF(_PAD, _AIR)
    mood_rect = QtCore.QRectF(
        corner - QtCore.QPointF(mood_size.width(), mood_size.height()), corner
    )
    return DayLayout(day_rect, mood_rect, bold)


def cell_height(font: QtGui.QFont) -> int:
    """Tall enough for the day number above the mood, whatever the text size: at 32 pixels
    an 11 point "6" sat on top of "2-5"."""
    day = _text_size(font, "30").height()
    mood = _text_size(mood_font(font, (1, 1)), "5").height()
    return math.ceil(day + mood + 2 * _INSET + 3 * _AIR)


def cell_width(font: QtGui.QFont) -> int:
    """Wide enough for the widest words a day shows, a two-digit day or a range."""
    widest = max(
        _text_size(font, "30").width(), _text_size(mood_font(font, (4, 5)), "4\u20135").width()
    )
    return max(_MIN_WIDTH, math.ceil(widest + 2 * (_PAD + _INSET)))


def _text_size(font: QtGui.QFont, text: str) -> QtCore.QSizeF:
    """The ink of digits and a dash: as wide as they advance, as tall as a capital. Digits
    have no descenders, so a full line's height would waste a third of a small cell."""
    metrics = QtGui.QFontMetricsF(font)
    return QtCore.QSizeF(metrics.horizontalAdvance(text), math.ceil(metrics.capHeight()) + 1)


def _draw(painter: QtGui.QPainter, rect: QtCore.QRectF, text: str) -> None:
    """`text` on the baseline at the bottom of its rectangle (see `_text_size`)."""
    painter.drawText(QtCore.QPointF(rect.left(), rect.bottom() - 1), text)


class DayCell(QtWidgets.QAbstractButton):
    """One day: its number, and the day's mood as a tint and a number."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: dt.date | None = None
        self.mood: int | None = None  # the day's moods on average
        self.mood_range: tuple[int, int] | None = None  # lowest and highest
        self.has_entries = False
        self.is_today = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._fit_to_font()
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt API)
        return QtCore.QSize(max(40, cell_width(self.font())), cell_height(self.font()))

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QtCore.QEvent.Type.FontChange:  # the text size was changed
            self._fit_to_font()
            self.updateGeometry()
        super().changeEvent(event)

    def _fit_to_font(self) -> None:
        self.setMinimumSize(cell_width(self.font()), cell_height(self.font()))

    def layout_of_words(self) -> DayLayout | None:
        """Where this day's number and mood are drawn, or None for an empty cell."""
        if self.day is None:
            return None
        return day_layout(self._box(), self.font(), str(self.day.day), self.mood_range)

    def _box(self) -> QtCore.QRectF:
        return QtCore.QRectF(self.rect()).adjusted(_INSET, _INSET, -_INSET, -_INSET)

    def show_day(
        self,
        day: dt.date | None,
        moods: tuple[int, int] | None,
        has_entries: bool,
        today: dt.date,
    ) -> None:
        self.day, self.mood_range, self.has_entries = day, moods, has_entries
        self.mood = round(sum(moods) / 2) if moods else None
        self.is_today = day == today
        self.setEnabled(day is not None)
        # Days are for the mouse; by keyboard the From and To filters do the same.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName(f"calendarDay_{day.isoformat()}" if day else "calendarDayEmpty")
        self.setAccessibleName(self._spoken())
        self.setToolTip(self._spoken() if day else "")
        self.update()

    def _spoken(self) -> str:
        if self.day is None:
            return ""
        when = day_and_month(self.day)
        if not self.has_entries:
            return texts.DAY_NO_ENTRIES.format(day=when)
        if self.mood_range and self.mood_range[0] != self.mood_range[1]:
            low, high = self.mood_range
            return texts.DAY_MOODS_FROM.format(day=when, low=low, high=high)
        return texts.DAY_MOOD.format(day=when, mood=mood_words(self.mood))

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802 (Qt API)
        words = self.layout_of_words()
        if self.day is None or words is None:
            return
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self._paint_box(painter, self._box())
        painter.setPen(self.palette().color(_Role.Text))
        _draw(painter, words.day, str(self.day.day))
        if self.mood_range is not None:
            painter.setFont(words.mood_font)
            _draw(painter, words.mood, mood_text(self.mood_range))
        painter.end()

    def _paint_box(self, painter: QtGui.QPainter, box: QtCore.QRectF) -> None:
        palette = self.palette()
        outline = palette.color(_Role.Mid) if self.has_entries else palette.color(_Role.Midlight)
        if self.hasFocus() or self.is_today:
            outline = palette.color(_Role.Highlight)
        painter.setPen(QtGui.QPen(outline, 2 if self.hasFocus() or self.is_today else 1))
        painter.setBrush(self._fill(box))
        painter.drawRoundedRect(box, 6, 6)

    def _fill(self, box: QtCore.QRectF) -> QtGui.QBrush:
        """The mood's tint; for a range, the lowest mood's tint turning to the highest's
        across the middle of the day."""
        palette = self.palette()
        if self.mood_range is None:
            return QtGui.QBrush(palette.color(_Role.Base))
        low, high = self.mood_range
        if low == high:
            return QtGui.QBrush(mood_tint(low, palette, 0.55))
        split = QtGui.QLinearGradient(box.topLeft(), box.topRight())
        split.setColorAt(0.0, mood_tint(low, palette, 0.55))
        split.setColorAt(0.5, mood_tint(low, palette, 0.55))
        split.setColorAt(0.5001, mood_tint(high, palette, 0.55))
        split.setColorAt(1.0, mood_tint(high, palette, 0.55))
        return QtGui.QBrush(split)


class MonthView(QtWidgets.QWidget):
    """The days of one month; clicking a day asks the list to show that day."""

    day_selected = Signal(object)  # dt.date

    def __init__(
        self, journal: Journal, today: dt.date, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalCalendar")
        self.setAccessibleName(_("Month view, coloured by mood"))
        self._journal = journal
        self._today = today
        self._month = today.replace(day=1)
        self._first_weekday = first_weekday()
        self._cells: list[DayCell] = []
        self._weekdays: list[QtWidgets.QLabel] = []
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._header())
        layout.addLayout(self._grid())
        self._name_weekdays()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self._name_weekdays()  # a new text size: the names that fit a day may change
        super().changeEvent(event)

    def _name_weekdays(self) -> None:
        """The weekdays by their short names ("Wed") when all of them fit the width of a
        day, else all by their narrowest ("W"): at 200 % text the short names widened
        every column past its days, and the editor beside the month lost room."""
        day = cell_width(self.font())
        for label in self._weekdays:
            label.setText(label.property("names")[0])
        if any(label.sizeHint().width() > day for label in self._weekdays):
            for label in self._weekdays:
                label.setText(label.property("names")[1])

    def _header(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        self.previous = named(QtWidgets.QToolButton(self), "calendarPrevious", _("Previous month"))
        # Right to left, the earlier month is on the right and its arrow points there.
        back, on = Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow
        if QtGui.QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            back, on = on, back
        self.previous.setArrowType(back)
        self.previous.clicked.connect(lambda: self.show_month(_step_month(self._month, -1)))
        self.next = named(QtWidgets.QToolButton(self), "calendarNext", _("Next month"))
        self.next.setArrowType(on)
        self.next.clicked.connect(lambda: self.show_month(_step_month(self._month, 1)))
        self.title = named(QtWidgets.QLabel(self), "calendarMonth", _("Month shown"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.previous)
        row.addWidget(self.title, 1)
        row.addWidget(self.next)
        return row

    def _grid(self) -> QtWidgets.QGridLayout:
        grid = QtWidgets.QGridLayout()
        grid.setSpacing(2)
        for column, (short, narrow, whole) in enumerate(week_days()):  # locale's first day
            label = QtWidgets.QLabel(short, self)
            label.setProperty("names", (short, narrow))
            label.setAccessibleName(whole)
            label.setToolTip(whole)
            self._weekdays.append(label)
            label.setObjectName(f"calendarWeekday{column}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setForegroundRole(_Role.PlaceholderText)
            grid.addWidget(label, 0, column)
        for number in range(42):
            cell = DayCell(self)
            cell.clicked.connect(lambda _checked=False, c=cell: self._chosen(c))
            self._cells.append(cell)
            grid.addWidget(cell, 1 + number // 7, number % 7)
        return grid

    @property
    def month(self) -> dt.date:
        return self._month

    def show_month(self, first: dt.date) -> None:
        self._month = first.replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        """Read the month's moods again (one query for the month shown)."""
        self.title.setText(month_and_year(self._month))
        moods, written = self._moods_of_month()
        lead = (self._month.weekday() - self._first_weekday) % 7
        days = (_step_month(self._month, 1) - self._month).days
        for number, cell in enumerate(self._cells):
            offset = number - lead
            day = self._month + dt.timedelta(days=offset) if 0 <= offset < days else None
            cell.show_day(day, moods.get(day) if day else None, day in written, self._today)
            cell.setVisible(number < 35 or lead + days > 35)

    def clear(self) -> None:
        for cell in self._cells:
            cell.show_day(None, None, False, self._today)

    def _moods_of_month(self) -> tuple[dict[dt.date, tuple[int, int]], set[dt.date]]:
        last = _step_month(self._month, 1) - dt.timedelta(days=1)
        entries = self._journal.entries(
            EntryFilter(date_from=self._month, date_to=last), limit=_MAX_MONTH_ENTRIES
        )
        moods: dict[dt.date, list[int]] = defaultdict(list)
        for entry in entries:
            if entry.mood is not None:
                moods[entry.day].append(entry.mood)
        spans = {day: (min(found), max(found)) for day, found in moods.items()}
        return spans, {entry.day for entry in entries}

    def _chosen(self, cell: DayCell) -> None:
        if cell.day is not None:
            self.day_selected.emit(cell.day)


def _step_month(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)
