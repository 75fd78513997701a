"""An injectable clock, so nothing in the core reads the real time directly.

Tests pass a `ManualClock` and move it forward; the app passes `SystemClock`.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    def today(self) -> dt.date:
        """The person's current local calendar day."""
        ...


class SystemClock:
    """The real clock of the computer."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return dt.date.today()


class ManualClock:
    """A clock that only moves when told to; its local day is the UTC day."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
        if self._now.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")

    def now(self) -> dt.datetime:
        return self._now

    def today(self) -> dt.date:
        return self._now.date()

    def advance(self, **delta: float) -> None:
        self._now += dt.timedelta(**delta)

    def set(self, moment: dt.datetime) -> None:
        self._now = moment


def to_iso(moment: dt.datetime) -> str:
    """Timestamps are stored as ISO 8601 in UTC with microseconds."""
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
