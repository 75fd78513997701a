"""The chart as numbers to read or hear instead of see: a row for each day in view, and
what a one-sentence summary of the period rests on (the latest check-in's scores, the
trend). Both are made from the items the chart draws, so they cannot tell another story;
the words are the app's (ui/trust/timeline/reading.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from trustjournal.core.chart.data import CHECKIN, EVENT, MOOD_KIND, ChartItem
from trustjournal.core.journal.trends import mean
from trustjournal.core.records.trust import DIMENSIONS

# Overall trust first: what a summary names first and follows when it can.
IN_ORDER = ("overall", *(name for name in DIMENSIONS if name != "overall"))
STEADY_WITHIN = 0.5  # a change of the trend's averages smaller than this is "steady"


@dataclass
class DayRow:
    """One day of the chart: each series' values that day (two check-ins on one day give
    two), and the events' ids."""

    day: dt.date
    values: dict[str, list[float]] = field(default_factory=dict)
    events: list[int] = field(default_factory=list)


def day_rows(items: Iterable[ChartItem]) -> list[DayRow]:
    """The items as a row per day with anything on it, in time order."""
    rows: dict[dt.date, DayRow] = {}
    for item in sorted(items, key=lambda i: (i.day, i.ref or 0)):
        row = rows.setdefault(item.day, DayRow(item.day))
        if item.kind == EVENT:
            row.events.append(item.ref or 0)
        elif item.value is not None:
            row.values.setdefault(item.series, []).append(item.value)
    return list(rows.values())


@dataclass(frozen=True)
class Summary:
    """What the period in view says, as numbers."""

    checkins: int  # check-ins with a score of a shown part of trust
    latest_day: dt.date | None
    latest: dict[str, float]  # the latest check-in's shown scores, overall first
    trend_series: str | None  # "overall" when shown and scored twice, else the first such
    before: float | None  # its average over the first half of its scores in view
    after: float | None  # and over the second half
    mood_days: int
    mood_average: float | None

    @property
    def direction(self) -> int:
        """1 rising, -1 falling, 0 steady (or no trend)."""
        if self.before is None or self.after is None:
            return 0
        change = self.after - self.before
        return 0 if abs(change) < STEADY_WITHIN else 1 if change > 0 else -1


def summarise(items: Iterable[ChartItem]) -> Summary:
    """The summary of the items in view (those of the shown series)."""
    scores: dict[str, list[ChartItem]] = {}
    moods: list[float] = []
    for item in items:
        if item.kind == CHECKIN:
            scores.setdefault(item.series, []).append(item)
        elif item.kind == MOOD_KIND and item.value is not None:
            moods.append(item.value)
    checkins = {i.ref for found in scores.values() for i in found}
    latest = max((i for found in scores.values() for i in found), default=None, key=_in_time)
    latest_scores = {
        name: i.value or 0.0
        for name in IN_ORDER
        for i in scores.get(name, [])
        if latest is not None and i.ref == latest.ref
    }
    trend = _trend_series(scores)
    followed = sorted(scores.get(trend or "", []), key=_in_time)
    before, after = _halves([i.value or 0.0 for i in followed])
    return Summary(
        checkins=len(checkins),
        latest_day=latest.day if latest else None,
        latest=latest_scores,
        trend_series=trend,
        before=before,
        after=after,
        mood_days=len(moods),
        mood_average=mean(moods),
    )


def _in_time(item: ChartItem) -> tuple[dt.date, int]:
    return item.day, item.ref or 0


def _trend_series(scores: dict[str, list[ChartItem]]) -> str | None:
    """The series the trend speaks of: overall trust when it was scored at least twice in
    view, else the first part of trust that was."""
    for name in IN_ORDER:
        if len(scores.get(name, [])) >= 2:
            return name
    return None


def _halves(values: list[float]) -> tuple[float | None, float | None]:
    """The averages of the first and the second half of `values` (the middle one of an
    odd count in the second)."""
    if len(values) < 2:
        return None, None
    middle = len(values) // 2
    return mean(values[:middle]), mean(values[middle:])
