"""Check-ins two partners do together: saving them, comparing the two sets of answers,
and choosing conversation starters for where they differ most.

Nothing here records a check-in that was declined or stopped: the app calls `add`
only when both chose to keep it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.trust_checks import checked_score, one_of
from trustjournal.core.language import content
from trustjournal.core.records.together import (
    NEEDS_MET_KEY,
    TOGETHER_DIMENSIONS,
    Comparison,
    Difference,
    TogetherAnswers,
    TogetherCheckin,
    TogetherDraft,
)
from trustjournal.core.records.trust import NEEDS_MET
from trustjournal.core.resources import load_json
from trustjournal.core.vault.stores.together import TogetherStore

STARTERS_FILE = "together_starters.json"
GENERAL = "general"
# "Are my needs being met?" on the same 0-10 scale as the dimensions, so it compares alike.
NEEDS_MET_SCORES = {"yes": 10, "partly": 5, "no": 0}
AGREE_WITHIN = 1  # scores this close read as agreeing
DIFFER_FROM = 2  # and this far apart as a difference worth a conversation
MOST_STARTERS = 3
FEWEST_STARTERS = 2


class Together:
    topic = Topic.TOGETHER

    def __init__(self, store: TogetherStore, changes: ChangeHub, clock: Clock) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock

    def add(self, draft: TogetherDraft) -> TogetherCheckin:
        checkin_id = self._store.insert(checked_together(draft), self._clock.now())
        self._publish(Action.ADDED, checkin_id)
        return self._store.get(checkin_id)

    def set_partner_consent(self, checkin_id: int, consents: bool) -> TogetherCheckin:
        """The partner changed their mind about therapy exports."""
        self._store.set_partner_consent(checkin_id, consents)
        self._publish(Action.UPDATED, checkin_id)
        return self._store.get(checkin_id)

    def delete(self, checkin_id: int) -> TogetherCheckin:
        checkin = self._store.get(checkin_id)
        self._store.delete(checkin_id)
        self._publish(Action.DELETED, checkin_id)
        return checkin

    def get(self, checkin_id: int) -> TogetherCheckin:
        return self._store.get(checkin_id)

    def between(self, start: dt.date, end: dt.date) -> list[TogetherCheckin]:
        return self._store.between(start, end)

    def _publish(self, action: Action, checkin_id: int) -> None:
        self._changes.publish(Change(self.topic, action, ids=(checkin_id,)))


def checked_answers(answers: TogetherAnswers) -> TogetherAnswers:
    scores = {
        one_of(name, TOGETHER_DIMENSIONS, "a dimension of a check-in together"): checked_score(
            score
        )
        for name, score in answers.scores.items()
    }
    if answers.needs_met is not None:
        one_of(answers.needs_met, NEEDS_MET, "an answer to 'are my needs being met?'")
    return dataclasses.replace(
        answers,
        scores={name: scores[name] for name in TOGETHER_DIMENSIONS if name in scores},
        helped=answers.helped.strip(),
        need_more=answers.need_more.strip(),
        appreciations=answers.appreciations.strip(),
        try_this=answers.try_this.strip(),
        closing=answers.closing.strip(),
    )


def checked_together(draft: TogetherDraft) -> TogetherDraft:
    return dataclasses.replace(
        draft,
        owner=checked_answers(draft.owner),
        partner=checked_answers(draft.partner),
        went_well=draft.went_well.strip(),
        talk_about=draft.talk_about.strip(),
    )


def _comparable(answers: TogetherAnswers) -> dict[str, float]:
    values: dict[str, float] = {}
    if answers.needs_met is not None:
        values[NEEDS_MET_KEY] = float(NEEDS_MET_SCORES[answers.needs_met])
    values.update({name: float(score) for name, score in answers.scores.items()})
    return values


def compare(owner: TogetherAnswers, partner: TogetherAnswers) -> Comparison:
    """Where both answered: which they see alike, and which differ most (largest first)."""
    mine, theirs = _comparable(owner), _comparable(partner)
    order = (NEEDS_MET_KEY, *TOGETHER_DIMENSIONS)
    both = [
        Difference(key, mine[key], theirs[key]) for key in order if key in mine and key in theirs
    ]
    differ = sorted((d for d in both if d.size >= DIFFER_FROM), key=lambda d: -d.size)
    return Comparison(
        agree=tuple(d.key for d in both if d.size <= AGREE_WITHIN), differ=tuple(differ)
    )


def starter_library() -> dict[str, tuple[str, ...]]:
    """The conversation starters by key (each dimension, needs met and general)."""
    data = load_json(STARTERS_FILE)["starters"]
    return {str(key): tuple(str(text) for text in texts) for key, texts in data.items()}


def choose_starters(comparison: Comparison, day: dt.date) -> tuple[str, ...]:
    """Two or three starters for the largest differences, one from each; general ones when
    the two answered alike. The day picks which, so they stay the same through a session."""
    library = starter_library()
    keys = [d.key for d in comparison.differ[:MOST_STARTERS]]
    while len(keys) < FEWEST_STARTERS:
        keys.append(keys[0] if keys else GENERAL)
    chosen: list[str] = []
    for key in keys:
        texts = library[key]
        turn = day.toordinal() + sum(1 for earlier in chosen if earlier in texts)
        chosen.append(texts[turn % len(texts)])
    # Chosen in English (the day picks the same ones in every language), said in the
    # person's.
    return tuple(content.starter(key, text) for key, text in zip(keys, chosen, strict=True))
