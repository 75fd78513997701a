"""Plain dataclasses for the recovery path and the questionnaire totals. No storage, no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The two paths and their phases, in order. A couple who stay together (either partner)
# walk atone, attune, attach (Gottman); someone healing on their own walks safety, grief,
# rebuilding (APSATS). docs/recovery-path.md says why.
TOGETHER = "together"
ALONE = "alone"
PHASES_OF: dict[str, tuple[str, ...]] = {
    TOGETHER: ("atone", "attune", "attach"),
    ALONE: ("safety", "grief", "rebuilding"),
}
# How a move came about, as kept in its history.
START = "start"  # where the path begins (or the old "roughly where you are")
FORWARD = "forward"
BACK = "back"
PARTNER_READY = "partner_ready"  # the involved partner's record: "my partner said they are ready"
SEPARATED = "separated"  # "we separated": a together path becomes the on-your-own path
LEFT = "left"  # "I left": the same move, in the person's own words
MOVE_KINDS: tuple[str, ...] = (START, FORWARD, BACK, PARTNER_READY, SEPARATED, LEFT)
PARTINGS: tuple[str, ...] = (SEPARATED, LEFT)


@dataclass(frozen=True)
class PathMove:
    """One step in the path's history: from `day` on, the person is in `phase`."""

    id: int
    day: dt.date
    route: str
    phase: str
    kind: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Signpost:
    """A marker a person can answer for themselves; `checked` is the day they said so."""

    id: str
    route: str
    phase: str
    text: str
    checked: dt.date | None = None


@dataclass(frozen=True)
class WhereYouAre:
    """The path as it stands: the phase, since when, what it means, and its signposts."""

    route: str
    phase: str
    since: dt.date | None
    name: str
    explanation: str
    # Who decides a move on: "self", or "partner" in the involved partner's journal.
    decides: str
    signposts: tuple[Signpost, ...]
    history: tuple[PathMove, ...]

    @property
    def next_phase(self) -> str | None:
        phases = PHASES_OF[self.route]
        place = phases.index(self.phase)
        return phases[place + 1] if place + 1 < len(phases) else None


@dataclass(frozen=True)
class Questionnaire:
    """A questionnaire the app knows by name: its range and its authors' cut-off.

    `cutoff_high` says which side is of concern: True when a total at or above `cutoff`
    is (symptom scales), False when a total at or below it is (satisfaction scales)."""

    key: str
    name: str
    low: int
    high: int
    cutoff: int | None = None
    cutoff_high: bool = True

    def past_cutoff(self, total: int) -> bool:
        if self.cutoff is None:
            return False
        return total >= self.cutoff if self.cutoff_high else total <= self.cutoff


@dataclass(frozen=True)
class Score:
    """One questionnaire's total on one day, with the range it was given in."""

    id: int
    day: dt.date
    name: str
    total: int
    low: int
    high: int
    created_at: dt.datetime


@dataclass(frozen=True)
class ScoreSummary:
    """A questionnaire's totals over time: the first, the latest and the change between."""

    name: str
    low: int
    high: int
    first: Score
    latest: Score
    past_cutoff: bool

    @property
    def change(self) -> int:
        return self.latest.total - self.first.total
