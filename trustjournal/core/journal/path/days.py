"""The days the path and the scores accept: from the journal's first day to today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.path import texts
from trustjournal.core.texts import day_in_words

FirstDay = Callable[[], "dt.date | None"]


def checked_day(day: dt.date | None, today: dt.date, first_day: FirstDay) -> dt.date:
    """`day` (today when None) if it lies between the journal's first day and today.

    The journal's first day is the earliest day anything in it is about (an entry or a
    moment on the timeline); a journal with nothing in it yet begins today."""
    day = today if day is None else day
    if day > today:
        raise InvalidInput(texts.DAY_NOT_YET)
    first = min(first_day() or today, today)
    if day < first:
        raise InvalidInput(texts.DAY_BEFORE_FIRST.format(first=day_in_words(first)))
    return day
