"""What the timeline chart draws, read once from a core `Timeline` and kept sorted by day.

Every check-in score, daily mood and event becomes a `ChartItem`; items are
found for a range of days by bisection, so a ten-year history costs no more
to look at than a month of it. The app's chart and the PDF's are built from it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from trustjournal.core.journal.timeline import Timeline
from trustjournal.core.journal.trends import MOOD, Point
from trustjournal.core.records.disclosure import Arrangement
from trustjournal.core.records.path import Score
from trustjournal.core.records.together import PEOPLE, TogetherCheckin
from trustjournal.core.records.trust import DIMENSIONS, Checkin, Event

CHECKIN = "checkin"
MOOD_KIND = "mood"
EVENT = "event"
TOGETHER = "together"
SCORE = "score"
# The questionnaire totals: one tick box shows them all, each questionnaire its own line
# (named with this prefix), off at first.
SCORES = "scores"
SCORE_PREFIX = "score:"
# Each person's answers in check-ins done together: a line each (the mean of their scores).
TOGETHER_SERIES = ("together_owner", "together_partner")


class PhaseSpan(NamedTuple):
    """A phase of the recovery path on the chart: from `start` until the day before `end`
    (None: until now), as a band behind the lines with its name."""

    start: dt.date
    end: dt.date | None
    name: str


def phase_spans(steps: Sequence[tuple[dt.date, str]]) -> list[PhaseSpan]:
    """The path's history (each step's day and its phase's name, oldest first) as bands:
    each phase lasts until the next step. Steps on the same day leave only the last."""
    spans: list[PhaseSpan] = []
    for number, (day, name) in enumerate(steps):
        end = steps[number + 1][0] if number + 1 < len(steps) else None
        if end is None or end > day:
            spans.append(PhaseSpan(day, end, name))
    return spans


class ArrangementSpan(NamedTuple):
    """A transparency arrangement on the chart: from `start` to `last` (its end, the day
    it ended, or today while it runs), as a strip along the bottom of the plot with its
    name."""

    start: dt.date
    last: dt.date
    name: str


def arrangement_spans(
    arrangements: Iterable[Arrangement], today: dt.date, name: Callable[[str], str]
) -> list[ArrangementSpan]:
    """The days each arrangement ran, from its start to its end (or the day it ended, or
    today while it runs), named by `name` from its kind; one not started yet, or never
    said yes to by both, ran no day and has no strip."""
    spans = []
    for arrangement in arrangements:
        if arrangement.my_yes is None or arrangement.partner_yes is None:
            continue
        last = min(arrangement.ended(today) or today, arrangement.ends)
        if last >= arrangement.starts:
            spans.append(ArrangementSpan(arrangement.starts, last, name(arrangement.kind)))
    return spans


class ChartItem(NamedTuple):
    """One thing on the chart: a check-in score, a day's mood or an event."""

    kind: str  # CHECKIN, MOOD_KIND, EVENT, TOGETHER or SCORE
    series: str  # a dimension, "mood", or the event's kind
    day: dt.date
    value: float | None  # a score 0-10, a mood 1-5, None for events
    ref: int | None  # the check-in's or event's id; None for moods


def height(item: ChartItem) -> float:
    """Where on the 0 to 10 scale an item sits: a score as it is, a mood 1 to 5 spread out."""
    if item.kind in (CHECKIN, TOGETHER, SCORE):
        return item.value or 0.0
    return ((item.value or 1.0) - 1.0) * 2.5


class Means(NamedTuple):
    """A line's points averaged over runs of `size` calendar days: each run's number
    (its first day // size), and the mean day and height of the points in it."""

    runs: list[int]
    days: list[float]
    heights: list[float]


KEPT_MEANS = 4  # run sizes kept per series: a few chart widths and zooms


@dataclass
class Sorted:
    items: list[ChartItem] = field(default_factory=list)
    days: list[int] = field(default_factory=list)
    # Made when first asked for and forgotten on every add: each view of a decade reads them.
    _heights: list[float] | None = field(default=None, repr=False, compare=False)
    _means: dict[int, Means] = field(default_factory=dict, repr=False, compare=False)
    _rows: dict[float, list[int]] | None = field(default=None, repr=False, compare=False)

    def add(self, item: ChartItem) -> None:
        self.items.append(item)
        self.days.append(item.day.toordinal())
        self._heights = None
        self._means.clear()
        self._rows = None

    def between(self, first: int, last: int) -> list[ChartItem]:
        low, high = self.indices(first, last)
        return self.items[low:high]

    def indices(self, first: int, last: int) -> tuple[int, int]:
        """Where the items on day numbers first..last start and end."""
        return bisect.bisect_left(self.days, first), bisect.bisect_right(self.days, last)

    def slice(self, start: int, stop: int) -> tuple[list[int], list[float]]:
        """The days and heights of items start..stop - 1."""
        return self.days[start:stop], self.heights()[start:stop]

    def heights(self) -> list[float]:
        """Each item's height on the 0 to 10 scale, in day order."""
        if self._heights is None:
            self._heights = [height(item) for item in self.items]
        return self._heights

    def rows(self) -> dict[float, list[int]]:
        """The days of the items by height (a mood's row), each in day order."""
        if self._rows is None:
            self._rows = {}
            for day, at in zip(self.days, self.heights(), strict=True):
                self._rows.setdefault(at, []).append(day)
        return self._rows

    def means(self, size: int) -> Means:
        """The whole line averaged over runs of `size` days, fixed to the calendar so that
        panning never reshapes it: made once per size (a pan keeps the size)."""
        found = self._means.get(size)
        if found is None:
            if len(self._means) >= KEPT_MEANS:
                del self._means[next(iter(self._means))]
            found = self._means[size] = calendar_means(self.days, self.heights(), size)
        return found


def calendar_means(days: Sequence[int], heights: Sequence[float], size: int) -> Means:
    """`heights` on `days` (in day order) averaged over runs of `size` calendar days; with
    one point a day and a size of 1, the points as they are."""
    means = Means([], [], [])
    start = 0
    while start < len(days):
        run = days[start] // size
        end = bisect.bisect_left(days, (run + 1) * size, start)
        count = end - start
        means.runs.append(run)
        means.days.append(sum(days[start:end]) / count)
        means.heights.append(sum(heights[start:end]) / count)
        start = end
    return means


class ChartData:
    """Items by series, sorted by day; and what each check-in and event said."""

    def __init__(self, timeline: Timeline | None = None) -> None:
        self.series: dict[str, Sorted] = {
            name: Sorted() for name in (*DIMENSIONS, MOOD, *TOGETHER_SERIES)
        }
        self.together: dict[int, TogetherCheckin] = {}
        self.events = Sorted()
        self.average: list[Point] = []
        self.checkins: dict[int, Checkin] = {}
        self.event_by_id: dict[int, Event] = {}
        self.mood_entries: dict[dt.date, int] = {}
        # The recovery path's phases, as bands behind the lines (none until it has a step).
        self.phases: list[PhaseSpan] = []
        # Transparency arrangements, as strips behind the lines (issue 24).
        self.arrangements: list[ArrangementSpan] = []
        self.scores: dict[int, Score] = {}
        if timeline is not None:
            self._read(timeline)

    def _read(self, timeline: Timeline) -> None:
        for checkin in timeline.checkins:
            self.checkins[checkin.id] = checkin
            for name, score in checkin.scores.items():
                self.series[name].add(ChartItem(CHECKIN, name, checkin.day, score, checkin.id))
        for mood in timeline.moods:
            self.series[MOOD].add(ChartItem(MOOD_KIND, MOOD, mood.day, mood.mood, None))
            self.mood_entries[mood.day] = mood.entries
        for event in sorted(timeline.events, key=lambda e: (e.day, e.id)):
            self.event_by_id[event.id] = event
            self.events.add(ChartItem(EVENT, event.kind, event.day, None, event.id))
        self.average = list(timeline.trends.moving_averages.get("overall", ()))
        for done_together in timeline.together:
            self._read_together(done_together)

    def _read_together(self, checkin: TogetherCheckin) -> None:
        self.together[checkin.id] = checkin
        for person, name in zip(PEOPLE, TOGETHER_SERIES, strict=True):
            self.add_together(name, checkin.day, checkin.answers(person).scores, checkin.id)

    def add_together(
        self, name: str, day: dt.date, scores: Mapping[str, int], ref: int | None
    ) -> None:
        """One person's answers in a check-in done together, as the mean of their scores
        (nothing when they rated nothing): the app's chart and the export's alike."""
        if scores:
            mean = sum(scores.values()) / len(scores)
            self.series[name].add(ChartItem(TOGETHER, name, day, mean, ref))

    def add_scores(self, scores: Iterable[Score]) -> None:
        """Each questionnaire's totals as a line of its own, its range spread over the left
        scale's 0 to 10 (ranges differ: a PHQ-9 goes to 27, a PCL-5 to 80)."""
        for score in sorted(scores, key=lambda s: (s.day, s.id)):
            self.add_total(score.name, score.day, score.total, (score.low, score.high), score.id)
            self.scores[score.id] = score

    def add_total(
        self, name: str, day: dt.date, total: float, scale: tuple[int, int], ref: int | None
    ) -> None:
        """One questionnaire's total on its own line, its range (`scale`: low, high) spread
        over 0 to 10: the app's chart (from the journal) and the export's (from the
        export's totals) alike. Totals come in day order."""
        low, high = scale
        value = (total - low) / (high - low) * 10
        item = ChartItem(SCORE, SCORE_PREFIX + name, day, value, ref)
        self.series.setdefault(SCORE_PREFIX + name, Sorted()).add(item)

    def score_names(self) -> list[str]:
        return [name for name in self.series if name.startswith(SCORE_PREFIX)]

    def extent(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day anything happened, or None for an empty timeline."""
        firsts = [s.items[0].day for s in (*self.series.values(), self.events) if s.items]
        lasts = [s.items[-1].day for s in (*self.series.values(), self.events) if s.items]
        return (min(firsts), max(lasts)) if firsts else None

    def in_series(self, name: str, first: int, last: int) -> list[ChartItem]:
        """Items of one series (a dimension or mood) on day numbers first..last."""
        return self.series[name].between(first, last)

    def events_between(self, first: int, last: int) -> list[ChartItem]:
        return self.events.between(first, last)
