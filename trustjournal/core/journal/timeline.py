"""The timeline query: what happened in a date range, and how trust and mood are trending."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from trustjournal.core import texts
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.trends import TrendInputs, Trends, compute_trends, days_before
from trustjournal.core.records.entries import DayMood
from trustjournal.core.records.together import TogetherCheckin
from trustjournal.core.records.trust import Agreement, Checkin, Event
from trustjournal.core.settings import Settings
from trustjournal.core.vault.stores.agreements import AgreementStore
from trustjournal.core.vault.stores.checkins import CheckinStore
from trustjournal.core.vault.stores.events import EventStore
from trustjournal.core.vault.stores.moods import MoodStore
from trustjournal.core.vault.stores.together import TogetherStore

# A check-in average spans about four check-ins on the person's cadence; mood spans a week.
CHECKINS_PER_WINDOW = 4
MOOD_WINDOW_DAYS = 7


@dataclass(frozen=True)
class Timeline:
    """Everything from `start` to `end` inclusive, each list oldest first."""

    start: dt.date
    end: dt.date
    checkins: tuple[Checkin, ...]
    events: tuple[Event, ...]
    agreements: tuple[Agreement, ...]
    moods: tuple[DayMood, ...]
    trends: Trends
    together: tuple[TogetherCheckin, ...] = ()  # check-ins the two partners did together


@dataclass(frozen=True)
class TimelineStores:
    checkins: CheckinStore
    events: EventStore
    agreements: AgreementStore
    moods: MoodStore
    together: TogetherStore | None = None


def read_timeline(
    stores: TimelineStores, settings: Settings, start: dt.date, end: dt.date
) -> Timeline:
    if start > end:
        raise InvalidInput(texts.TIMELINE_BACKWARDS)
    checkin_window = CHECKINS_PER_WINDOW * settings.checkin_cadence_days
    # Trends need a little history from before the range: the previous period of equal
    # length, and enough days to fill the first moving-average window.
    back = max((end - start).days + 1, checkin_window, MOOD_WINDOW_DAYS)
    reach = days_before(start, back)
    checkins = stores.checkins.between(reach, end)
    moods = stores.moods.daily(reach, end)
    events = stores.events.between(start, end)
    trends = compute_trends(
        TrendInputs(
            start=start,
            end=end,
            checkins=checkins,
            moods=moods,
            events=events,
            discovery=stores.events.latest_of_kind("discovery", end),
            checkin_window_days=checkin_window,
            mood_window_days=MOOD_WINDOW_DAYS,
        )
    )
    return Timeline(
        start=start,
        end=end,
        checkins=tuple(c for c in checkins if c.day >= start),
        events=tuple(events),
        agreements=tuple(stores.agreements.between(start, end)),
        moods=tuple(m for m in moods if m.day >= start),
        trends=trends,
        together=tuple(stores.together.between(start, end)) if stores.together else (),
    )
