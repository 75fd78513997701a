"""Dates, times and numbers are said in the person's locale (issue 22, item 5): one helper,
ui/widgets/dates.py, for every screen."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import trustjournal
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.widgets import dates

EIGHTH = dt.date(2026, 3, 8)  # a Sunday
EVENING = dt.datetime(2026, 3, 8, 21, 5)


def speak(code: str) -> None:
    QtCore.QLocale.setDefault(QtCore.QLocale(code))  # the conftest puts English back


SAID = {
    "de_DE": (
        "Sonntag, 8. März 2026",
        "8. März 2026",
        "8. März",
        "März 2026",
        "8. März 2026 at 21:05",
        "3,5",
        "12.345",
    ),
    "en_US": (
        "Sunday, March 8, 2026",
        "March 8, 2026",
        "March 8",
        "March 2026",
        "March 8, 2026 at 9:05\u202fPM",
        "3.5",
        "12,345",
    ),
    "es_ES": (
        "domingo, 8 de marzo de 2026",
        "8 de marzo de 2026",
        "8 de marzo",
        "marzo de 2026",
        "8 de marzo de 2026 at 21:05",
        "3,5",
        "12.345",
    ),
    "pl_PL": (
        "niedziela, 8 marca 2026",
        "8 marca 2026",
        "8 marca",
        "marzec 2026",  # a month alone takes its own form
        "8 marca 2026 at 21:05",
        "3,5",
        "12\u00a0345",
    ),
}


@pytest.mark.parametrize("code", sorted(SAID))
def test_a_day_a_time_and_a_number_are_said_as_the_locale_writes_them(code: str) -> None:
    speak(code)
    said = (
        dates.weekday_and_date(EIGHTH),
        dates.day_month_year(EIGHTH),
        dates.day_and_month(EIGHTH),
        dates.month_and_year(EIGHTH),
        dates.date_and_time(EVENING),
        dates.number(3.5),
        dates.whole_number(12345),
    )
    assert said == SAID[code]


def test_a_day_is_never_padded_even_where_the_locale_pads_it() -> None:
    speak("de_DE")
    assert dates.short_date(dt.date(2026, 3, 1)) == "1. März 2026"
    assert dates.short_weekday_date(dt.date(2026, 3, 1)) == "So., 1. März 2026"


def test_the_week_starts_on_the_locales_first_day() -> None:
    speak("de_DE")
    assert dates.first_weekday() == 0
    assert dates.week_days()[0] == ("Mo", "M", "Montag")
    speak("en_US")
    assert dates.first_weekday() == 6
    assert dates.week_days()[0] == ("Sun", "S", "Sunday")


def test_date_fields_show_the_locales_order(qapp: QtWidgets.QApplication) -> None:
    speak("en_US")
    field = QtWidgets.QDateEdit(QtCore.QDate(2026, 3, 8))
    field.setDisplayFormat(dates.short_date_pattern())
    assert field.text() == "Mar 8, 2026"


SCREENS = Path(trustjournal.__file__).parent / "ui"
# An English-only way to say a day: strftime's names, or a fixed Qt pattern with month names.
_FIXED_DATE = re.compile(r"strftime|%[aAbB]|:%[aAbBY]|\"[dM ]*MMMM?[^\"]*\"|\"ddd")


def test_no_screen_says_a_date_in_fixed_english() -> None:
    fixed = [
        f"{path.relative_to(SCREENS)}:{number}"
        for path in sorted(SCREENS.rglob("*.py"))
        if path.name != "dates.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _FIXED_DATE.search(line)
    ]
    assert fixed == []
