"""Plain dataclasses for trust check-ins, timeline events and agreements. No storage, no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from trustjournal.core.language.speaking import N_, _

# Keys exactly as the issue names them; the order is the order they are shown in.
DIMENSIONS: tuple[str, ...] = (
    "safety",
    "honesty",
    "communication",
    "respect",
    "closeness",
    "affection",
    "sexual",
    "overall",
)
DIMENSION_LABELS: dict[str, str] = {
    "safety": N_("Feeling safe and secure"),
    "honesty": N_("Honesty and transparency"),
    "communication": N_("Communication"),
    "respect": N_("Feeling respected and valued"),
    "closeness": N_("Emotional closeness"),
    "affection": N_("Physical affection (non-sexual)"),
    "sexual": N_("Sexual trust"),
    "overall": N_("Overall"),
}
# Where space is short (chart legends, tables).
DIMENSION_SHORT_LABELS: dict[str, str] = {
    "overall": N_("Overall"),
    "safety": N_("Safety"),
    "honesty": N_("Honesty"),
    "communication": N_("Communication"),
    "respect": N_("Respect"),
    "closeness": N_("Closeness"),
    "affection": N_("Affection"),
    "sexual": N_("Sexual trust"),
}
# The short names inside a sentence ("safety 4 of 10"): their own entries, since German
# capitalises nouns there too (never `.lower()` a translated label).
DIMENSION_WORDS: dict[str, str] = {
    "overall": N_("overall"),
    "safety": N_("safety"),
    "honesty": N_("honesty"),
    "communication": N_("communication"),
    "respect": N_("respect"),
    "closeness": N_("closeness"),
    "affection": N_("affection"),
    "sexual": N_("sexual trust"),
}
SCORE_MIN = 0
SCORE_MAX = 10

NEEDS_MET: tuple[str, ...] = ("yes", "partly", "no")

EVENT_KINDS: tuple[str, ...] = (
    "discovery",
    "therapy",
    "agreement",
    "setback",
    "trigger",
    "breakthrough",
    "milestone",
    "other",
)
EVENT_KIND_LABELS: dict[str, str] = {
    "discovery": N_("Discovery or disclosure"),
    "therapy": N_("Therapy session"),
    "agreement": N_("Agreement"),
    "setback": N_("Setback"),
    "trigger": N_("Trigger"),
    "breakthrough": N_("Breakthrough"),
    "milestone": N_("Milestone"),
    "other": N_("Other"),
}
# A kind of moment inside a sentence or a list line ("therapy session").
EVENT_KIND_WORDS: dict[str, str] = {
    "discovery": N_("discovery or disclosure"),
    "therapy": N_("therapy session"),
    "agreement": N_("agreement"),
    "setback": N_("setback"),
    "trigger": N_("trigger"),
    "breakthrough": N_("breakthrough"),
    "milestone": N_("milestone"),
    "other": N_("other"),
}


def dimension_label(key: str) -> str:
    """A part of trust's name, said in the chosen language (its key stays English)."""
    return _(DIMENSION_LABELS[key])


def dimension_short_label(key: str) -> str:
    """A part of trust's short name (legends, tables), said in the chosen language."""
    return _(DIMENSION_SHORT_LABELS[key])


def dimension_word(key: str) -> str:
    """A part of trust's short name as said inside a sentence, in the chosen language."""
    return _(DIMENSION_WORDS[key])


def event_kind_word(kind: str) -> str:
    """A kind of moment's name inside a sentence; an unknown kind is shown as stored."""
    return _(EVENT_KIND_WORDS[kind]) if kind in EVENT_KIND_WORDS else kind


def event_kind_label(kind: str) -> str:
    """A kind of moment's name in the chosen language; an unknown kind is shown as stored."""
    return _(EVENT_KIND_LABELS[kind]) if kind in EVENT_KIND_LABELS else kind


INTENSITY_MIN = 0
INTENSITY_MAX = 10

AGREEMENT_STATUSES: tuple[str, ...] = ("active", "revised", "retired")


@dataclass(frozen=True)
class CheckinDraft:
    """What the person fills in; any dimension may be left out."""

    day: dt.date
    scores: dict[str, int] = field(default_factory=dict, hash=False)
    needs_met: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Checkin:
    id: int
    day: dt.date
    scores: dict[str, int] = field(hash=False)
    needs_met: str | None
    note: str
    created_at: dt.datetime

    def draft(self) -> CheckinDraft:
        return CheckinDraft(
            day=self.day, scores=dict(self.scores), needs_met=self.needs_met, note=self.note
        )


@dataclass(frozen=True)
class CheckinDue:
    """When the next check-in is due, on the cadence the person chose."""

    cadence_days: int
    last: dt.date | None
    next_due: dt.date
    is_due: bool


@dataclass(frozen=True)
class EventDraft:
    day: dt.date
    kind: str
    title: str
    note: str = ""
    entry_id: int | None = None
    # Only triggers carry these, so the person can watch triggers fade over time.
    intensity: int | None = None
    minutes_to_calm: int | None = None


@dataclass(frozen=True)
class Event:
    id: int
    day: dt.date
    kind: str
    title: str
    note: str
    entry_id: int | None
    intensity: int | None
    minutes_to_calm: int | None
    agreement_id: int | None
    created_at: dt.datetime

    def draft(self) -> EventDraft:
        return EventDraft(
            day=self.day,
            kind=self.kind,
            title=self.title,
            note=self.note,
            entry_id=self.entry_id,
            intensity=self.intensity,
            minutes_to_calm=self.minutes_to_calm,
        )


@dataclass(frozen=True)
class AgreementDraft:
    title: str
    made: dt.date
    details: str = ""
    review: dt.date | None = None


@dataclass(frozen=True)
class StatusChange:
    status: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class Agreement:
    id: int
    title: str
    details: str
    made: dt.date
    review: dt.date | None
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            title=self.title, made=self.made, details=self.details, review=self.review
        )
