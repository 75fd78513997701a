"""Trend arithmetic for the timeline: moving averages, period changes, trigger statistics.

Pure functions over plain values (no storage), so each can be checked by hand.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from trustjournal.core.records.entries import DayMood
from trustjournal.core.records.trust import DIMENSIONS, Checkin, Event

MOOD = "mood"
# Every series the timeline draws: each check-in dimension, then mood.
SERIES: tuple[str, ...] = (*DIMENSIONS, MOOD)


class Point(NamedTuple):
    """One value of a series on one day. A named tuple rather than a dataclass because
    a ten-year timeline makes tens of thousands of them, and tuples are quicker to make."""

    day: dt.date
    value: float


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
    # One total per day, in day order (sorting what the stores give is a single pass).
    days: list[dt.date] = []
    sums: list[float] = []
    counts: list[int] = []
    for day, value in sorted(points):
        if days and days[-1] == day:
            sums[-1] += value
            counts[-1] += 1
        else:
            days.append(day)
            sums.append(value)
            counts.append(1)
    first = since if since is not None else dt.date.min
    # Day numbers, not dates, for the window's edge: no date arithmetic can overflow.
    numbers = [day.toordinal() for day in days]
    # One sliding pass: each day enters the window once and leaves it once, so ten
    # years of daily moods cost little more than reading them.
    total, count, oldest = 0.0, 0, 0
    averages: list[Point] = []
    for index, day in enumerate(days):
        total += sums[index]
        count += counts[index]
        edge = numbers[index] - window_days
        while numbers[oldest] <= edge:
            total -= sums[oldest]
            count -= counts[oldest]
            oldest += 1
        if day >= first:
            averages.append(Point(day, total / count))
    return averages


def days_before(day: dt.date, days: int) -> dt.date:
    """`days` before `day`, or the first day the calendar has when that is further back."""
    try:
        return day - dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min


def previous_period(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """The period of the same number of days that ends the day before `start` (None when
    `start` is the first day the calendar has)."""
    if start == dt.date.min:
        return None
    return days_before(start, (end - start).days + 1), start - dt.timedelta(days=1)


def period_change(points: Iterable[Point], start: dt.date, end: dt.date) -> PeriodChange:
    points = list(points)
    before = previous_period(start, end)
    return PeriodChange(
        current=mean(p.value for p in points if start <= p.day <= end),
        previous=mean(p.value for p in points if before and before[0] <= p.day <= before[1]),
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
