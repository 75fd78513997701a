"""Plain dataclasses for the disclosure workspace, unsent letters and transparency
arrangements (issue 24). No storage, no Qt.

The workspace is for preparing a disclosure, never a store of the disclosure itself:
questions parked with how far they are answered, "no details, please" topics, the
planned and held days with a private note after, a ledger of what was told when, and
the involved partner's preparation (a checklist of facts, the topics typed in, a
letter draft).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# How far a parked question is answered.
QUESTION_STATES: tuple[str, ...] = ("open", "partly", "answered")
# Whose "no details, please" list a topic is on: the hurt partner's own, or typed in by
# the involved partner from their partner's list (nothing is synced between journals).
MINE = "mine"
FROM_PARTNER = "partner"
TOPIC_SOURCES: tuple[str, ...] = (MINE, FROM_PARTNER)
# Unsent letters: impact, amends or restitution, to yourself, and the involved
# partner's disclosure letter draft (a preparation note, deleted with the others).
DISCLOSURE_LETTER = "disclosure"
LETTER_KINDS: tuple[str, ...] = ("impact", "amends", "self", DISCLOSURE_LETTER)
# What a transparency arrangement opens: location sharing, phone openness, daily
# check-in calls, passwords shared.
ARRANGEMENT_KINDS: tuple[str, ...] = ("location", "phone", "calls", "passwords")
# Where an arrangement stands on a given day.
WAITING = "waiting"  # one of the two has not said yes
NOT_YET = "not_yet"  # both said yes; it starts later
RUNNING = "running"
PAUSED = "paused"
ENDED = "ended"


@dataclass(frozen=True)
class Question:
    id: int
    text: str
    state: str
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class NoDetailsTopic:
    """A topic marked "no details, please"."""

    id: int
    text: str
    source: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Meeting:
    """A disclosure: the day it is planned for, the day it was held, a note after."""

    id: int
    planned: dt.date | None
    held: dt.date | None
    note: str
    created_at: dt.datetime


@dataclass(frozen=True)
class LedgerLine:
    """What was told on a day, in a sentence or two, and whether it was new."""

    id: int
    day: dt.date
    told: str
    new: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class ChecklistItem:
    """One step of the involved partner's preparation (facts only)."""

    id: int
    text: str
    done: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class Letter:
    """An unsent letter: a draft kept in the journal, in no export unless chosen."""

    id: int
    kind: str
    title: str
    body: str
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class Cleared:
    """What "Delete the preparation notes" removed."""

    checklist: int
    topics: int
    letters: int

    @property
    def total(self) -> int:
        return self.checklist + self.topics + self.letters


@dataclass(frozen=True)
class ArrangementDraft:
    """An agreement that opens something up for a while: its kind, its start, an end
    (a day, or a length in days), and each partner's yes."""

    kind: str
    starts: dt.date
    ends: dt.date | None = None
    days: int | None = None
    my_yes: bool = False
    partner_yes: bool = False


@dataclass(frozen=True)
class Arrangement:
    agreement_id: int
    kind: str
    starts: dt.date
    ends: dt.date
    # The day each partner said yes; None while they have not.
    my_yes: dt.date | None
    partner_yes: dt.date | None
    paused_on: dt.date | None
    ended_on: dt.date | None

    def state(self, today: dt.date) -> str:
        """Ended (by choice, or its end has passed), paused, waiting for a yes, not
        started yet, or running."""
        if self.ended_on is not None or today > self.ends:
            return ENDED
        if self.paused_on is not None:
            return PAUSED
        if self.my_yes is None or self.partner_yes is None:
            return WAITING
        return NOT_YET if today < self.starts else RUNNING

    def ended(self, today: dt.date) -> dt.date | None:
        """The day it ended, once it has."""
        if self.ended_on is not None:
            return self.ended_on
        return self.ends if today > self.ends else None
