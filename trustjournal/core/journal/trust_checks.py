"""Checking what the person gives for check-ins, events and agreements.

Each problem is InvalidInput with one sentence that names what fits, so the
app and the command line can show it as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from trustjournal.core import texts
from trustjournal.core.errors import InvalidInput
from trustjournal.core.records.trust import (
    AGREEMENT_STATUSES,
    DIMENSIONS,
    EVENT_KINDS,
    INTENSITY_MAX,
    INTENSITY_MIN,
    NEEDS_MET,
    SCORE_MAX,
    SCORE_MIN,
    AgreementDraft,
    CheckinDraft,
    EventDraft,
)


def one_of(value: str, allowed: Iterable[str], what: str) -> str:
    """The value if it is allowed, else InvalidInput listing what is."""
    allowed = tuple(allowed)
    if value not in allowed:
        raise InvalidInput(
            texts.NOT_ONE_OF.format(value=value, what=what, allowed=", ".join(allowed))
        )
    return value


def in_range(value: int, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(texts.GOES_FROM.format(what=what, low=low, high=high))
    return value


def checked_dimension(name: str) -> str:
    return one_of(name, DIMENSIONS, "a check-in dimension")


def checked_score(score: int) -> int:
    return in_range(score, SCORE_MIN, SCORE_MAX, "A score")


def checked_status(status: str) -> str:
    return one_of(status, AGREEMENT_STATUSES, "an agreement status")


def checked_checkin(draft: CheckinDraft) -> CheckinDraft:
    scores = {checked_dimension(k): checked_score(v) for k, v in draft.scores.items()}
    if draft.needs_met is not None:
        one_of(draft.needs_met, NEEDS_MET, "an answer to 'are my needs being met?'")
    # Kept in the order dimensions are shown, whatever order they were given in.
    ordered = {name: scores[name] for name in DIMENSIONS if name in scores}
    return dataclasses.replace(draft, scores=ordered, note=draft.note.strip())


def checked_event(draft: EventDraft) -> EventDraft:
    one_of(draft.kind, EVENT_KINDS, "a kind of event")
    title = _needed_title(draft.title, "An event")
    if draft.kind != "trigger" and (
        draft.intensity is not None or draft.minutes_to_calm is not None
    ):
        raise InvalidInput(texts.TRIGGERS_ONLY)
    if draft.intensity is not None:
        in_range(draft.intensity, INTENSITY_MIN, INTENSITY_MAX, "Intensity")
    if draft.minutes_to_calm is not None:
        in_range(draft.minutes_to_calm, 0, 10_000, "Minutes to calm")
    return dataclasses.replace(draft, title=title, note=draft.note.strip())


def checked_agreement(draft: AgreementDraft) -> AgreementDraft:
    title = _needed_title(draft.title, "An agreement")
    if draft.review is not None and draft.review < draft.made:
        raise InvalidInput(texts.REVIEW_BEFORE_MADE)
    return dataclasses.replace(draft, title=title, details=draft.details.strip())


def _needed_title(title: str, what: str) -> str:
    tidy = " ".join(title.split())
    if not tidy:
        raise InvalidInput(texts.NEEDS_A_TITLE.format(what=what))
    return tidy
