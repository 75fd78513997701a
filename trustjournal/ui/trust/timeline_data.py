"""What the timeline chart draws, read once from a core `Timeline` and kept sorted by day.

Every check-in score, daily mood and event becomes a `ChartItem`; items are
found for a range of days by bisection, so a ten-year history costs no more
to look at than a month of it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from trustjournal.core.exchange.wording import long_date, trigger_details
from trustjournal.core.journal.timeline import Timeline
from trustjournal.core.journal.trends import MOOD, Point
from trustjournal.core.records.entries import MOOD_LABELS
from trustjournal.core.records.together import PEOPLE, TogetherCheckin
from trustjournal.core.records.trust import (
    DIMENSION_LABELS,
    DIMENSIONS,
    EVENT_KIND_LABELS,
    Checkin,
    Event,
)

CHECKIN = "checkin"
MOOD_KIND = "mood"
EVENT = "event"
NEEDS_WORDS = {"yes": "yes", "partly": "partly", "no": "not yet"}
TOGETHER = "together"
# Each person's answers in check-ins done together: a line each (the mean of their scores).
TOGETHER_SERIES = ("together_owner", "together_partner")
TOGETHER_WHOSE = {"together_owner": "Your answers", "together_partner": "Your partner's answers"}


class ChartItem(NamedTuple):
    """One thing on the chart: a check-in score, a day's mood or an event."""

    kind: str  # CHECKIN, MOOD_KIND, EVENT or TOGETHER
    series: str  # a dimension, "mood", or the event's kind
    day: dt.date
    value: float | None  # a score 0-10, a mood 1-5, None for events
    ref: int | None  # the check-in's or event's id; None for moods


@dataclass
class _Sorted:
    items: list[ChartItem] = field(default_factory=list)
    days: list[int] = field(default_factory=list)

    def add(self, item: ChartItem) -> None:
        self.items.append(item)
        self.days.append(item.day.toordinal())

    def between(self, first: int, last: int) -> list[ChartItem]:
        low = bisect.bisect_left(self.days, first)
        high = bisect.bisect_right(self.days, last)
        return self.items[low:high]


class ChartData:
    """Items by series, sorted by day; and what each check-in and event said."""

    def __init__(self, timeline: Timeline | None = None) -> None:
        self.series: dict[str, _Sorted] = {
            name: _Sorted() for name in (*DIMENSIONS, MOOD, *TOGETHER_SERIES)
        }
        self.together: dict[int, TogetherCheckin] = {}
        self.events = _Sorted()
        self.average: list[Point] = []
        self.checkins: dict[int, Checkin] = {}
        self.event_by_id: dict[int, Event] = {}
        self.mood_entries: dict[dt.date, int] = {}
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
            scores = checkin.answers(person).scores
            if scores:
                mean = sum(scores.values()) / len(scores)
                self.series[name].add(ChartItem(TOGETHER, name, checkin.day, mean, checkin.id))

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

    def describe(self, item: ChartItem) -> str:
        """The words of a tooltip for `item`."""
        if item.kind == CHECKIN and item.ref is not None:
            return self._describe_checkin(item, self.checkins[item.ref])
        if item.kind == EVENT and item.ref is not None:
            return describe_event(self.event_by_id[item.ref])
        if item.kind == TOGETHER and item.ref is not None:
            return self._describe_together(item, self.together[item.ref])
        count = self.mood_entries.get(item.day, 1)
        mood = item.value or 0.0
        words = MOOD_LABELS.get(round(mood), "")
        entries = "1 entry" if count == 1 else f"{count} entries"
        return f"Mood on {long_day(item.day)}: {mood:.1f} of 5 ({words.lower()}), {entries}"

    @staticmethod
    def _describe_checkin(item: ChartItem, checkin: Checkin) -> str:
        lines = [
            f"Check-in on {long_day(checkin.day)}",
            f"{DIMENSION_LABELS[item.series]}: {item.value:.0f} of 10",
        ]
        if checkin.needs_met:
            lines.append(f"Needs met: {NEEDS_WORDS[checkin.needs_met]}")
        return "\n".join(lines)

    @staticmethod
    def _describe_together(item: ChartItem, checkin: TogetherCheckin) -> str:
        answers = checkin.answers(PEOPLE[TOGETHER_SERIES.index(item.series)])
        count = len(answers.scores)
        lines = [
            f"Checked in together on {long_day(checkin.day)}",
            f"{TOGETHER_WHOSE[item.series]}: {item.value:.1f} of 10 on average"
            f" ({count} {'question' if count == 1 else 'questions'})",
        ]
        if answers.needs_met:
            lines.append(f"Needs met: {NEEDS_WORDS[answers.needs_met]}")
        return "\n".join(lines)


def describe_event(event: Event) -> str:
    lines = [f"{EVENT_KIND_LABELS[event.kind]} on {long_day(event.day)}", event.title]
    details = trigger_details(event.intensity, event.minutes_to_calm)
    if details:
        lines.append(details.capitalize())
    return "\n".join(lines)


long_day = long_date  # one way to say a day in full, the app's and the exports'


def short_day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"
