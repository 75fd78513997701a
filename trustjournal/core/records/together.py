"""Plain dataclasses for a check-in two partners do together. No storage, no Qt.

Each person answers for themselves; the partner's answers are theirs, and they
leave the journal in a therapy export only when the partner said yes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# The dimensions each partner rates, in the order the issue names them (keys as in
# records.trust, so labels and colours are shared with the person's own check-ins).
TOGETHER_DIMENSIONS: tuple[str, ...] = (
    "safety",
    "honesty",
    "closeness",
    "affection",
    "communication",
    "sexual",
)
OWNER = "owner"
PARTNER = "partner"
PEOPLE: tuple[str, ...] = (OWNER, PARTNER)
NEEDS_MET_KEY = "needs_met"  # the starters' key for "are my needs being met?"


@dataclass(frozen=True)
class TogetherAnswers:
    """What one person wrote, for themselves. Every part may be left empty."""

    needs_met: str | None = None  # yes, partly or no
    scores: dict[str, int] = field(default_factory=dict, hash=False)
    helped: str = ""  # one thing that helped lately
    need_more: str = ""  # one thing I need more of
    appreciations: str = ""
    try_this: str = ""  # one small thing I want to try
    closing: str = ""  # what the other could do this week to help me feel cared for

    def is_empty(self) -> bool:
        texts = (self.helped, self.need_more, self.appreciations, self.try_this, self.closing)
        return self.needs_met is None and not self.scores and not any(t.strip() for t in texts)


@dataclass(frozen=True)
class TogetherDraft:
    day: dt.date
    owner: TogetherAnswers = TogetherAnswers()
    partner: TogetherAnswers = TogetherAnswers()
    went_well: str = ""  # said together: what went well this week
    talk_about: str = ""  # at most one thing to talk about
    partner_consents: bool = False  # the partner's answers may appear in therapy exports


@dataclass(frozen=True)
class TogetherCheckin:
    id: int
    day: dt.date
    owner: TogetherAnswers
    partner: TogetherAnswers
    went_well: str
    talk_about: str
    partner_consents: bool
    created_at: dt.datetime

    def answers(self, person: str) -> TogetherAnswers:
        return self.owner if person == OWNER else self.partner


@dataclass(frozen=True)
class Difference:
    key: str  # a dimension, or "needs_met"
    owner: float
    partner: float

    @property
    def size(self) -> float:
        return abs(self.owner - self.partner)


@dataclass(frozen=True)
class Comparison:
    """Where the two agree (close scores) and where they differ most, largest first."""

    agree: tuple[str, ...]
    differ: tuple[Difference, ...]
