"""Days, times and numbers as a person reads them, in their locale, and days between
Python and Qt, typed.

Every date, time and number the app shows goes through here, so every screen says them
the same way and in the person's locale (`QLocale()`, which the app sets to the chosen
language at start): "Sunday, 6 December 2026" in English, "Sonntag, 6. Dezember 2026"
in German, "6 de diciembre de 2026" in Spanish, 12 or 24 hours as the locale writes
them. Stored data and JSON exports stay ISO and never come here.

Qt has only a long and a short date format per locale, and no "day and month" or
"month and year": those are the locale's long pattern with the weekday, the year or the
day left out (`_without`), which keeps each language's order and words ("8. März",
"March 8", "8 de marzo", "marzo de 2026"). Days are never padded ("6 December").

PySide converts a `datetime.date` where a QDate is wanted and gives one back from
`QDate.toPython()`, but its stubs know neither, so the app's days cross over here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtCore

_LONG = QtCore.QLocale.FormatType.LongFormat
_SHORT = QtCore.QLocale.FormatType.ShortFormat
_NARROW = QtCore.QLocale.FormatType.NarrowFormat
# A part of a date pattern and the separators that belong to it (its own side only).
_WEEKDAY = re.compile(r"dddd[\s,،]*|[\s,،]*dddd")
_YEAR = re.compile(r"^y+(?:\s*'[^']*'\.?)?[年년\s./-]*|[\s,]*(?:'[^']*'\s*)?y+(?:\s*'[^']*'\.?)?")
_DAY_FIRST = re.compile(r"(?<![dM])d{1,2}(?!d)[.日]?\s*(?:'[^']*'\s*|ב)?")
_DAY_AFTER = re.compile(r"\s*(?<!d)d{1,2}(?!d)(?:\s*'[^']*')?[日일.,]*")


def qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def pydate(day: QtCore.QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def locale() -> QtCore.QLocale:
    """The locale the app speaks (set with `QLocale.setDefault` when it starts). The C
    locale (no preference said) is English, the language the app speaks then: C's own
    dates ("20 12 2025") and ungrouped numbers read as no language at all."""
    said = QtCore.QLocale()
    if said.language() == QtCore.QLocale.Language.C:
        return QtCore.QLocale(QtCore.QLocale.Language.English)
    return said


def _long_pattern() -> str:
    """The locale's long date pattern, with the day unpadded ("6", not "06")."""
    return re.sub(r"(?<!d)dd(?!d)", "d", locale().dateFormat(_LONG))


def _without(pattern: str, *parts: re.Pattern[str]) -> str:
    for part in parts:
        pattern = part.sub("", pattern, count=1)
    return pattern.strip(" ,،")


def _day_out(pattern: str) -> str:
    first = pattern.find("d") < pattern.find("M")
    return (_DAY_FIRST if first else _DAY_AFTER).sub("", pattern, count=1)


def _said(day: dt.date, pattern: str) -> str:
    return locale().toString(qdate(day), pattern)


def weekday_and_date(day: dt.date) -> str:
    """'Sunday, 6 December 2026' (the locale's long date)."""
    return _said(day, _long_pattern())


def day_month_year(day: dt.date) -> str:
    """'6 December 2026'."""
    return _said(day, day_month_year_pattern())


def day_month_year_pattern() -> str:
    return _without(_long_pattern(), _WEEKDAY)


def day_and_month(day: dt.date) -> str:
    """'6 December'."""
    return _said(day, _without(_long_pattern(), _WEEKDAY, _YEAR))


def weekday_day_and_month(day: dt.date) -> str:
    """'Sunday, 6 December': a day this year or next, named."""
    return _said(day, _without(_long_pattern(), _YEAR))


def month_and_year(day: dt.date) -> str:
    """'December 2026' (a calendar's month, a table's row)."""
    pattern = _day_out(_without(_long_pattern(), _WEEKDAY)).strip(" ,،")
    # Alone, a month takes its own form (Polish "marzec 2026", not "marca 2026").
    alone = locale().standaloneMonthName(day.month).replace("'", "''")
    return _said(day, re.sub(r"(?<!M)MMMM(?!M)", f"'{alone}'", pattern))


def short_date_pattern() -> str:
    """'6 Dec 2026': the long pattern without the weekday, the month abbreviated; also
    the display format of date fields."""
    return re.sub(r"(?<!M)MMMM(?!M)", "MMM", day_month_year_pattern())


def short_date(day: dt.date) -> str:
    """'6 Dec 2026'."""
    return _said(day, short_date_pattern())


def short_weekday_date(day: dt.date) -> str:
    """'Sun, 6 Dec 2026': the entry list's line, weekday and month abbreviated."""
    pattern = re.sub(r"(?<!d)dddd(?!d)", "ddd", _long_pattern())
    return _said(day, re.sub(r"(?<!M)MMMM(?!M)", "MMM", pattern))


def time_of_day(moment: dt.datetime | dt.time) -> str:
    """'09:05' or '9:05 AM', as the locale writes the time."""
    time = QtCore.QTime(moment.hour, moment.minute)
    return locale().toString(time, locale().timeFormat(_SHORT))


def date_and_time(moment: dt.datetime) -> str:
    """'6 December 2026 at 09:05'."""
    return dates_and_times()(moment)


def dates_and_times() -> Callable[[dt.datetime], str]:
    """`date_and_time` for a long list: the locale and its patterns read once, not for
    every moment (a thousand notes in the review at unlock: 0.5 s -> 0.07 s, busy)."""
    said = locale()
    day_pattern = day_month_year_pattern()
    time_pattern = said.timeFormat(_SHORT)
    words = _("{date} at {time}")

    def tell(moment: dt.datetime) -> str:
        return words.format(
            date=said.toString(qdate(moment.date()), day_pattern),
            time=said.toString(QtCore.QTime(moment.hour, moment.minute), time_pattern),
        )

    return tell


def number(value: float, decimals: int = 1) -> str:
    """'3.5' or '3,5': a number with `decimals` places, as the locale writes it."""
    return locale().toString(float(value), "f", decimals)


def whole_number(value: int) -> str:
    """'12,345' or '12.345': a count with the locale's group separator."""
    return locale().toString(value)


def first_weekday() -> int:
    """The first day of the locale's week, as Python counts (Monday 0 … Sunday 6)."""
    return locale().firstDayOfWeek().value - 1


def week_days() -> list[tuple[str, str, str]]:
    """The week from the locale's first day: each day's short, narrowest and full name
    (("Mon", "M", "Monday") … in Germany, from ("Sun", "S", "Sunday") in the United States)."""
    first = first_weekday()
    days = [(first + step) % 7 + 1 for step in range(7)]  # Qt counts Monday 1 … Sunday 7
    said = locale()
    short = [said.standaloneDayName(day, _SHORT).rstrip(".") for day in days]
    narrow = [said.standaloneDayName(day, _NARROW) for day in days]
    whole = [said.dayName(day, _LONG) for day in days]
    return list(zip(short, narrow, whole, strict=True))
