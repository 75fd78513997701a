"""When the next trust check-in is due, on the cadence the person chose."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.records.trust import CheckinDue


def checkin_due(last: dt.date | None, cadence_days: int, today: dt.date) -> CheckinDue:
    """Due `cadence_days` after the last check-in; with none yet, due today.

    A check-in dated ahead of today still counts as the last one, so the next
    is due a full cadence after it.
    """
    next_due = today if last is None else _days_after(last, cadence_days)
    return CheckinDue(
        cadence_days=cadence_days, last=last, next_due=next_due, is_due=today >= next_due
    )


def _days_after(day: dt.date, days: int) -> dt.date:
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:  # a check-in dated at the very end of the calendar
        return dt.date.max
