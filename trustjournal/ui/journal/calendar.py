"""A month view coloured by mood; every day also shows its mood number, never colour alone.

A day with several entries of different moods shows their range ("2-4", with an en dash) on a tint
split between its lowest and highest mood, so a hard morning is not averaged away.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryFilter
from trustjournal.ui.journal.mood_style import mood_tint, mood_words
from trustjournal.ui.journal.naming import named
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.dates import day_and_month

_MAX_MONTH_ENTRIES = 5000
_Role = QtGui.QPalette.ColorRole


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
        self.setMinimumSize(32, 32)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt API)
        return QtCore.QSize(40, 32)

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
            return f"{when}: no entries"
        if self.mood_range and self.mood_range[0] != self.mood_range[1]:
            low, high = self.mood_range
            return f"{when}: moods from {low} to {high} of 5"
        return f"{when}: {mood_words(self.mood)}"

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if self.day is None:
            return
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        box = QtCore.QRectF(self.rect()).adjusted(2, 2, -2, -2)
        self._paint_box(painter, box)
        painter.setPen(self.palette().color(_Role.Text))
        painter.drawText(box.adjusted(4, 1, 0, 0), Qt.AlignmentFlag.AlignLeft, str(self.day.day))
        if self.mood_range is not None:
            low, high = self.mood_range
            font = painter.font()
            font.setBold(True)
            if low != high:  # a range is wider: smaller, so it stays clear of the day number
                font.setPointSizeF(font.pointSizeF() * 0.8)
            painter.setFont(font)
            painter.drawText(
                box.adjusted(0, 0, -4, -1),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                str(low) if low == high else f"{low}\u2013{high}",
            )
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
        self.setAccessibleName("Month view, coloured by mood")
        self._journal = journal
        self._today = today
        self._month = today.replace(day=1)
        self._cells: list[DayCell] = []
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._header())
        layout.addLayout(self._grid())

    def _header(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        self.previous = named(QtWidgets.QToolButton(self), "calendarPrevious", "Previous month")
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.clicked.connect(lambda: self.show_month(_step_month(self._month, -1)))
        self.next = named(QtWidgets.QToolButton(self), "calendarNext", "Next month")
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.clicked.connect(lambda: self.show_month(_step_month(self._month, 1)))
        self.title = named(QtWidgets.QLabel(self), "calendarMonth", "Month shown")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.previous)
        row.addWidget(self.title, 1)
        row.addWidget(self.next)
        return row

    def _grid(self) -> QtWidgets.QGridLayout:
        grid = QtWidgets.QGridLayout()
        grid.setSpacing(2)
        for column, name in enumerate(calendar.day_abbr):
            label = QtWidgets.QLabel(name[:2], self)
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
        self.title.setText(self._month.strftime("%B %Y"))
        moods, written = self._moods_of_month()
        lead = self._month.weekday()
        days = calendar.monthrange(self._month.year, self._month.month)[1]
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
