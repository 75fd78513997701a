"""The exchange room's words for days (docs/words.md): how an export says a date, in the
export's language. The pattern and the names of months and weekdays are translated, so
a German export says "Sonntag, 8. März 2026" whatever the computer's locale, and the
command line needs no Qt for it (the app's screens use QLocale: ui/widgets/dates.py).
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


spoken(__name__)
