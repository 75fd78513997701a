"""The calendar's day cells keep the day number and the mood apart (issue 21, item 11: "6"
was drawn over "2-5"), at the usual text size and a large one; the weekdays' names never
make the month wider than its days (issue 23, item 6)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.calendar import DayCell, MonthView, cell_width, day_layout
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE

SIXTH = dt.date(2026, 12, 6)
LARGE = 20  # the largest text size Settings offers is about this


def cell_with(qtbot: QtBot, points: int, moods: tuple[int, int], day: dt.date) -> DayCell:
    cell = DayCell()
    qtbot.addWidget(cell)
    font = QtGui.QFont(cell.font())
    font.setPointSize(points)
    cell.setFont(font)  # as a text size chosen in Settings reaches it
    cell.show_day(day, moods, True, SIXTH)
    cell.show()
    qtbot.waitExposed(cell)
    cell.resize(cell.minimumSize())  # the narrowest and lowest the grid may make it
    return cell


@pytest.mark.parametrize("points", [DEFAULT_TEXT_SIZE, LARGE], ids=["1x", "large"])
@pytest.mark.parametrize("moods", [(2, 5), (3, 3)], ids=["range", "one"])
@pytest.mark.parametrize("day", [SIXTH, dt.date(2026, 12, 28)], ids=["6", "28"])
def test_the_day_number_and_the_mood_do_not_overlap(
    qtbot: QtBot, points: int, moods: tuple[int, int], day: dt.date
) -> None:
    cell = cell_with(qtbot, points, moods, day)
    words = cell.layout_of_words()
    assert words is not None
    assert not words.day.intersects(words.mood), (words.day, words.mood)
    box = QtCore.QRectF(cell.rect())
    assert box.contains(words.day) and box.contains(words.mood)  # nothing cut off either
    assert words.mood.height() > 0 and words.mood.width() > 0


def test_a_larger_text_size_makes_taller_cells(qtbot: QtBot) -> None:
    usual = cell_with(qtbot, DEFAULT_TEXT_SIZE, (2, 5), SIXTH)
    large = cell_with(qtbot, LARGE, (2, 5), SIXTH)
    assert large.minimumHeight() > usual.minimumHeight()
    assert large.minimumWidth() > usual.minimumWidth()
    assert large.sizeHint().height() == large.minimumHeight()


def test_a_cell_that_grows_keeps_the_mood_in_its_bottom_right_corner(qtbot: QtBot) -> None:
    font = QtGui.QFont()
    font.setPointSize(DEFAULT_TEXT_SIZE)
    box = QtCore.QRectF(0, 0, 120, 90)
    words = day_layout(box, font, "6", (2, 5))
    assert words.day.topLeft().x() < 10 and words.day.top() < 10
    assert box.right() - words.mood.right() < 10 and box.bottom() - words.mood.bottom() < 10
    assert day_layout(box, font, "6", None).mood.isEmpty()


@pytest.mark.parametrize("points", [DEFAULT_TEXT_SIZE, 2 * DEFAULT_TEXT_SIZE], ids=["1x", "2x"])
def test_the_weekdays_names_never_widen_the_month(
    qtbot: QtBot, journal: Journal, points: int
) -> None:
    """At 200 % text "Wed" is wider than a day's "30": it widened every column by 8 px,
    and the editor beside the month lost the 56 px its tabs needed. A name wider than a
    day is said in its narrowest form ("W"); the whole name is still what is heard."""
    QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))  # the conftest puts English back
    view = MonthView(journal, SIXTH)
    qtbot.addWidget(view)
    font = QtGui.QFont(view.font())
    font.setPointSize(points)
    view.setFont(font)  # as a text size chosen in Settings reaches it
    view.refresh()
    names = [view.findChild(QtWidgets.QLabel, f"calendarWeekday{n}") for n in range(7)]
    assert all(name is not None for name in names)
    day = cell_width(font)
    for name in names:
        assert name is not None
        assert name.sizeHint().width() <= day, (name.text(), name.sizeHint().width(), day)
        assert name.accessibleName() in (
            "Sunday",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
        )
    assert view.minimumSizeHint().width() <= 7 * day + 6 * 2  # the grid's 2 px between days
    shown = [name.text() for name in names if name is not None]
    if points == DEFAULT_TEXT_SIZE:
        assert shown == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]  # room for them
    else:
        assert shown == ["S", "M", "T", "W", "T", "F", "S"]  # all alike, never "Sun M Tue"
