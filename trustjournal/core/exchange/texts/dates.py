"""The exchange room's words for days (docs/words.md): how an export or the command line
says a date or a time, in the language spoken. The pattern and the names of months and
weekdays are translated, so a German export says "Sonntag, 8. März 2026" whatever the
computer's locale, and the command line needs no Qt for it (the app's screens use
QLocale: ui/widgets/dates.py).
Stored data and JSON exports stay ISO and never come here.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.language.speaking import N_, _, spoken
from trustjournal.core.texts import day_in_words, month_name

WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


def long_date(day: dt.date) -> str:
    """'Sunday 8 March 2026'; German writes the pattern "{weekday}, {day}. {month} {year}"."""
    return _("{weekday} {day} {month} {year}").format(
        weekday=_(WEEKDAYS[day.weekday()]),
        day=day.day,
        month=month_name(day.month),
        year=day.year,
    )


def short_date(day: dt.date) -> str:
    """'8 March 2026'; Spanish writes the pattern "{day} de {month} de {year}" (the core's
    refusals say their days the same way: one pattern, one translation)."""
    return day_in_words(day)


def month_and_year(month: int, year: int) -> str:
    """'March 2026'; Spanish writes the pattern "{month} de {year}"."""
    # Translators: a month of a year, as in "Triggers in March 2026"; {month} is its name.
    return _("{month} {year}").format(month=month_name(month), year=year)


def time_of_day(moment: dt.datetime | dt.time) -> str:
    """'14:05': the 24-hour clock, which every shipped language reads (the pattern is
    translated, so a language may add its word for o'clock)."""
    # Translators: a time of day on the 24-hour clock; {minute} always has two digits.
    return _("{hour}:{minute}").format(hour=moment.hour, minute=f"{moment.minute:02d}")


def day_and_time(moment: dt.datetime) -> str:
    """'8 March 2026, 14:05', in the moment's own time zone (give it local time)."""
    # Translators: a day and a time in a listing, as in "8 March 2026, 14:05".
    return _("{day}, {time}").format(day=short_date(moment.date()), time=time_of_day(moment))


spoken(__name__)
