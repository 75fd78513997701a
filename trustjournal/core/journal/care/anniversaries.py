"""When a hard date comes round again: pure calendar arithmetic, no storage.

A date on 29 February is kept on 28 February in years that have no 29th, so it is
never skipped and never pushed into March.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from trustjournal.core.records.care import Anniversary, HardDate

COMING_DAYS = 7  # "within the coming week": today and the seven days after it


def falls_on(day: dt.date, year: int) -> dt.date:
    """The day's anniversary in `year` (29 February becomes the 28th in common years)."""
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return dt.date(year, day.month, day.day)


def next_anniversary(day: dt.date, today: dt.date) -> tuple[dt.date, int] | None:
    """The first anniversary on or after `today` and how many years it marks; None when
    the date itself has not come yet, or the calendar ends first."""
    for year in (today.year, today.year + 1):
        if year <= day.year or year > dt.MAXYEAR:
            continue
        on = falls_on(day, year)
        if on >= today:
            return on, year - day.year
    return None


def next_time(day: dt.date, today: dt.date) -> tuple[dt.date, int] | None:
    """When a hard date next comes: the day itself while it is today or ahead (a hearing,
    the first holiday apart: the dialog offers future days, so they must be seen), else
    its next anniversary."""
    if day >= today:
        return day, 0
    return next_anniversary(day, today)


def coming(
    hard_dates: Iterable[HardDate], today: dt.date, within: int = COMING_DAYS
) -> list[Anniversary]:
    """Hard dates from today to `within` days ahead, soonest first: a date still to come
    itself (0 years), or else its anniversary."""
    found: list[Anniversary] = []
    for hard_date in hard_dates:
        upcoming = next_time(hard_date.day, today)
        if upcoming is None:
            continue
        on, years = upcoming
        days_until = (on - today).days
        if days_until <= within:
            found.append(Anniversary(hard_date, on, years, days_until))
    return sorted(found, key=lambda a: (a.days_until, a.hard_date.day))


def same_day_in_earlier_years(today: dt.date, since: dt.date) -> list[dt.date]:
    """The days in earlier years, back to `since`'s year, that count as "this day": on
    28 February in a common year, that includes 29 February of the leap years before
    (in a leap year the 29th has its own day)."""
    days: list[dt.date] = []
    leap_now = calendar.isleap(today.year)
    for year in range(today.year - 1, since.year - 1, -1):
        if today.month == 2 and today.day == 29 and not calendar.isleap(year):
            continue  # that year's 28th was its own "this day"
        days.append(falls_on(today, year))
        if (today.month, today.day) == (2, 28) and calendar.isleap(year) and not leap_now:
            days.append(dt.date(year, 2, 29))
    return [day for day in days if day >= since]
