"""Plain dataclasses for the hard days: support contacts, hard dates with their plans, and
what "on this day" brings back. No storage, no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from trustjournal.core.records.entries import Entry
from trustjournal.core.records.trust import Event

# "On this day" brings back only days the person rated good or better, and these moments.
GOOD_MOOD = 4
GOOD_MOMENT_KINDS: tuple[str, ...] = ("milestone", "breakthrough")
# A trigger this strong or stronger is followed by an offer of the hard-days place.
STRONG_TRIGGER = 7


@dataclass(frozen=True)
class SupportContactDraft:
    name: str
    reach: str = ""  # how to reach them: a number, an address, "ask at the front desk"
    note: str = ""


@dataclass(frozen=True)
class SupportContact:
    id: int
    name: str
    reach: str
    note: str

    def draft(self) -> SupportContactDraft:
        return SupportContactDraft(name=self.name, reach=self.reach, note=self.note)


@dataclass(frozen=True)
class HardDatePlan:
    """Written ahead, on a calm day, for the day itself."""

    will_do: str = ""  # what I will do that day
    can_reach: str = ""  # who I can reach
    from_partner: str = ""  # what I need from my partner, if anyone

    @property
    def is_empty(self) -> bool:
        return not (self.will_do or self.can_reach or self.from_partner)


@dataclass(frozen=True)
class HardDateDraft:
    """A hard date of its own (`day`, `title`), or the plan for a moment on the timeline
    (`event_id`; the day and title are then the moment's)."""

    day: dt.date
    title: str
    place: str = ""
    reminder: str = ""  # a kind of reminder: a song, a restaurant, a time of year
    plan: HardDatePlan = field(default_factory=HardDatePlan)
    event_id: int | None = None


@dataclass(frozen=True)
class HardDate:
    id: int | None  # None: a discovery on the timeline with no plan written yet
    day: dt.date
    title: str
    place: str
    reminder: str
    plan: HardDatePlan
    event_id: int | None

    def draft(self) -> HardDateDraft:
        return HardDateDraft(
            day=self.day,
            title=self.title,
            place=self.place,
            reminder=self.reminder,
            plan=self.plan,
            event_id=self.event_id,
        )


@dataclass(frozen=True)
class Anniversary:
    hard_date: HardDate
    on: dt.date  # the day it falls on this time
    years: int  # how many years since
    days_until: int  # 0 is today


@dataclass(frozen=True)
class OnThisDay:
    entries: list[Entry]
    moments: list[Event]

    @property
    def is_empty(self) -> bool:
        return not (self.entries or self.moments)
