"""Days cross between Python and Qt typed (ui/widgets/dates.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import trustjournal
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.calendar import DayCell
from trustjournal.ui.journal.entry_model import spoken_summary
from trustjournal.ui.qt import QtCore
from trustjournal.ui.widgets.dates import (
    date_and_time,
    day_and_month,
    day_month_year,
    pydate,
    qdate,
    weekday_and_date,
    whole_number,
)

SCREENS = Path(trustjournal.__file__).parent / "ui"


@pytest.mark.parametrize("day", [dt.date(2026, 3, 14), dt.date(2024, 2, 29), dt.date(1900, 1, 1)])
def test_a_day_crosses_to_qt_and_back_unchanged(day: dt.date) -> None:
    crossed = qdate(day)
    assert crossed == QtCore.QDate(day.year, day.month, day.day)
    assert pydate(crossed) == day


# -- days said as people write them: "6 December", never "06 December" (issue 21, item 18) ------

SIXTH = dt.date(2026, 12, 6)
_PADDED_DAY = re.compile(r"%d %[Bb]|\bdd MMMM|\bdd MMM\b|:%d %[Bb]")


def test_the_ways_to_say_a_day_do_not_pad_it() -> None:
    assert day_and_month(SIXTH) == "6 December"
    assert day_month_year(SIXTH) == "6 December 2026"
    assert weekday_and_date(SIXTH) == "Sunday, 6 December 2026"
    assert date_and_time(dt.datetime(2026, 12, 6, 9, 5)) == "6 December 2026 at 09:05"


def test_the_calendar_and_the_entry_list_say_the_sixth_unpadded(qtbot: QtBot) -> None:
    cell = DayCell()
    qtbot.addWidget(cell)
    cell.show_day(SIXTH, (2, 5), True, SIXTH)
    assert cell.toolTip().startswith("6 December:")
    noon = dt.datetime(2026, 12, 6, 12, 0)
    entry = Entry(1, SIXTH, noon, noon, "Walk", "", 3, (), (), (), False)
    assert spoken_summary(entry).startswith("Sunday, 6 December 2026. ")


def test_no_screen_pads_a_day_with_a_zero() -> None:
    padded = [
        f"{path.relative_to(SCREENS)}:{number}"
        for path in sorted(SCREENS.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _PADDED_DAY.search(line)
    ]
    assert padded == []


# -- numbers as the person's locale writes them (issue 22) ------------------------------


@pytest.fixture
def default_locale() -> Iterator[None]:
    kept = QtCore.QLocale()
    yield
    QtCore.QLocale.setDefault(kept)


@pytest.mark.usefixtures("default_locale")
def test_a_number_is_grouped_as_the_locale_groups_it() -> None:
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.German))
    assert whole_number(3000) == "3.000"
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.English))
    assert whole_number(3000) == "3,000"
    QtCore.QLocale.setDefault(QtCore.QLocale.c())  # no preference: as English groups it
    assert whole_number(1_200_000) == "1,200,000"
