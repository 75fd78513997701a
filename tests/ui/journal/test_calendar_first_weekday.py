"""The month view starts its week on the locale's first day (issue 22, item 5): Monday in
Germany, Sunday in the United States, and its title is the locale's month and year."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.calendar import MonthView
from trustjournal.ui.qt import QtCore, QtWidgets

MARCH = dt.date(2026, 3, 14)  # the first of March 2026 is a Sunday


def month_in(qtbot: QtBot, journal: Journal, code: str) -> MonthView:
    QtCore.QLocale.setDefault(QtCore.QLocale(code))  # the conftest puts English back
    view = MonthView(journal, MARCH)
    qtbot.addWidget(view)
    view.refresh()
    return view


def first_day_column(view: MonthView) -> int:
    cells = view.findChildren(QtWidgets.QAbstractButton)
    named = [c.objectName() for c in cells if c.objectName().startswith("calendarDay")]
    return named.index("calendarDay_2026-03-01")


def weekday_header(view: MonthView, column: int) -> str:
    found = view.findChild(QtWidgets.QLabel, f"calendarWeekday{column}")
    assert found is not None
    return found.text()


@pytest.mark.parametrize(
    ("code", "first", "column", "title"),
    [("de_DE", "Mo", 6, "März 2026"), ("en_US", "Sun", 0, "March 2026")],
)
def test_the_week_starts_on_the_locales_first_day(
    qtbot: QtBot, journal: Journal, code: str, first: str, column: int, title: str
) -> None:
    view = month_in(qtbot, journal, code)
    assert first_day_column(view) == column  # Sunday the first: last column, or the first
    assert view.title.text() == title
    assert weekday_header(view, 0) == first
