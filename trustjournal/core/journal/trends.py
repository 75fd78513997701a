"""Trend arithmetic for the timeline: moving averages, period changes, trigger statistics.

Pure functions over plain values (no storage), so each can be checked by hand.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trustjournal.core.journal.trust_models import DIMENSIONS, Checkin, Event

MOOD = "mood"
# Every series the timeline draws: each check-in dimension, then mood.
SERIES: tuple[str, ...] = (*DIMENSIONS, MOOD)


@dataclass(frozen=True)
class Point:
    day: dt.date
    value: float


@dataclass(frozen=True)
class DayMood:
    """A day's mood: the average of the moods of that day's entries."""

    day: dt.date
    mood: float
    entries: int


@dataclass(frozen=True)
class PeriodChange:
    """The average over a period and over the period of equal length just before it."""

    current: float | None
    previous: float | None

    @property
    def change(self) -> float | None:
        if self.current is None or self.previous is None:
            return None
        return self.current - self.previous


@dataclass(frozen=True)
class MonthTriggers:
    month: str  # "YYYY-MM"
    count: int
    average_intensity: float | None
    average_minutes_to_calm: float | None


@dataclass(frozen=True)
class Trends:
    moving_averages: dict[str, tuple[Point, ...]]  # keyed by SERIES
    changes: dict[str, PeriodChange]  # keyed by SERIES
    days_since_discovery: int | None
    triggers_by_month: tuple[MonthTriggers, ...]


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return math.fsum(values) / len(values) if values else None


def moving_average(
    points: Sequence[Point], window_days: int, since: dt.date | None = None
) -> list[Point]:
    """For each day with a point (from `since` on), the mean of all points in the
    `window_days` days that end on that day. Points before `since` still count
    towards the first windows, so a range starts with a true average."""
    if window_days < 1:
        raise ValueError("a window is at least one day")
    by_day: dict[dt.date, list[float]] = defaultdict(list)
    for point in points:
        by_day[point.day].append(point.value)
    days = sorted(by_day)
    window = dt.timedelta(days=window_days)
    # One pass with a sliding window: each day enters once and leaves once, so ten
    # years of daily moods cost no more than reading them.
    total, count, oldest = 0.0, 0, 0
    averages: list[Point] = []
    for day in days:
        total += math.fsum(by_day[day])
        count += len(by_day[day])
        while days[oldest] <= day - window:
            total -= math.fsum(by_day[days[oldest]])
            count -= len(by_day[days[oldest]])
            oldest += 1
        if since is None or day >= since:
            averages.append(Point(day, total / count))
    return averages


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period of the same number of days that ends the day before `start`."""
    length = (end - start).days + 1
    return start - dt.timedelta(days=length), start - dt.timedelta(days=1)


def period_change(points: Iterable[Point], start: dt.date, end: dt.date) -> PeriodChange:
    points = list(points)
    before_start, before_end = previous_period(start, end)
    return PeriodChange(
        current=mean(p.value for p in points if start <= p.day <= end),
        previous=mean(p.value for p in points if before_start <= p.day <= before_end),
    )


def days_since(day: dt.date | None, reference: dt.date) -> int | None:
    return (reference - day).days if day is not None else None


def triggers_by_month(events: Iterable[Event]) -> list[MonthTriggers]:
    """Per calendar month with triggers: how many, and their average intensity and
    minutes to calm (each average over the triggers that recorded it)."""
    months: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.kind == "trigger":
            months[event.day.strftime("%Y-%m")].append(event)
    return [
        MonthTriggers(
            month=month,
            count=len(triggers),
            average_intensity=mean(t.intensity for t in triggers if t.intensity is not None),
            average_minutes_to_calm=mean(
                t.minutes_to_calm for t in triggers if t.minutes_to_calm is not None
            ),
        )
        for month, triggers in sorted(months.items())
    ]


def dimension_points(checkins: Iterable[Checkin], dimension: str) -> list[Point]:
    return [Point(c.day, float(c.scores[dimension])) for c in checkins if dimension in c.scores]


def mood_points(moods: Iterable[DayMood]) -> list[Point]:
    return [Point(m.day, m.mood) for m in moods]


@dataclass(frozen=True)
class TrendInputs:
    """What trends are computed from; check-ins and moods reach back before `start`."""

    start: dt.date
    end: dt.date
    checkins: Sequence[Checkin]
    moods: Sequence[DayMood]
    events: Sequence[Event]  # those from start to end
    discovery: dt.date | None
    checkin_window_days: int
    mood_window_days: int


def compute_trends(inputs: TrendInputs) -> Trends:
    series = {name: dimension_points(inputs.checkins, name) for name in DIMENSIONS}
    series[MOOD] = mood_points(inputs.moods)
    windows = {name: inputs.checkin_window_days for name in DIMENSIONS}
    windows[MOOD] = inputs.mood_window_days
    return Trends(
        moving_averages={
            name: tuple(
                p
                for p in moving_average(points, windows[name], since=inputs.start)
                if p.day <= inputs.end
            )
            for name, points in series.items()
        },
        changes={
            name: period_change(points, inputs.start, inputs.end) for name, points in series.items()
        },
        days_since_discovery=days_since(inputs.discovery, inputs.end),
        triggers_by_month=tuple(triggers_by_month(inputs.events)),
    )
