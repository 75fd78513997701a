"""Questionnaire totals: a name, a total and its day; never an item's text.

The four questionnaires the app knows come with their range and the cut-off their
authors publish (docs/recovery-path.md cites each); a questionnaire of the person's own
needs its range, once. A total past a cut-off brings a gentle pointer, never an alarm,
and the numbers are for talking with a therapist, not a diagnosis.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.path import texts
from trustjournal.core.journal.path.days import FirstDay, checked_day
from trustjournal.core.records.path import Questionnaire, Score, ScoreSummary
from trustjournal.core.vault.stores.recovery.path import ScoreStore

# PCL-5: 31-33 suggested by the National Center for PTSD (the lowest is used);
# PHQ-9 and GAD-7: 10, "moderate" (Kroenke 2001; Spitzer 2006); CSI-16: below 51.5
# marks notable dissatisfaction (Funk and Rogge 2007), so 51 and lower.
QUESTIONNAIRES: tuple[Questionnaire, ...] = (
    Questionnaire("pcl5", "PCL-5", 0, 80, cutoff=31),
    Questionnaire("phq9", "PHQ-9", 0, 27, cutoff=10),
    Questionnaire("gad7", "GAD-7", 0, 21, cutoff=10),
    Questionnaire("csi16", "CSI-16", 0, 81, cutoff=51, cutoff_high=False),
)
LONGEST_NAME = 60


def known(name: str) -> Questionnaire | None:
    """The questionnaire `name` means however it is written ("PHQ-9", "phq9", "Phq 9")."""
    key = "".join(ch for ch in name.lower() if ch.isalnum())
    return next((q for q in QUESTIONNAIRES if q.key == key), None)


class Scores:
    def __init__(
        self, store: ScoreStore, changes: ChangeHub, clock: Clock, first_day: FirstDay
    ) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock
        self._first_day = first_day

    def add(
        self,
        name: str,
        total: int,
        day: dt.date | None = None,
        span: tuple[int, int] | None = None,
    ) -> Score:
        """Record a total; `span` (lowest, highest) only for a questionnaire of one's own,
        and only the first time. Bad values are InvalidInput and nothing is stored."""
        questionnaire = self._questionnaire(name, span)
        if not questionnaire.low <= total <= questionnaire.high:
            raise InvalidInput(
                texts.SCORE_OUT_OF_RANGE.format(
                    name=questionnaire.name,
                    low=questionnaire.low,
                    high=questionnaire.high,
                    total=total,
                )
            )
        checked = checked_day(day, self._clock.today(), self._first_day)
        span = (questionnaire.low, questionnaire.high)
        score_id = self._store.insert(checked, questionnaire.name, total, span, self._clock.now())
        self._changes.publish(Change(Topic.SCORES, Action.ADDED, ids=(score_id,)))
        return self._store.get(score_id)

    def delete(self, score_id: int) -> Score:
        score = self._store.get(score_id)
        self._store.delete(score_id)
        self._changes.publish(Change(Topic.SCORES, Action.DELETED, ids=(score_id,)))
        return score

    def listed(self, name: str | None = None) -> list[Score]:
        return self._store.listed(name)

    def between(self, start: dt.date, end: dt.date) -> list[Score]:
        return self._store.between(start, end)

    def summaries(self) -> list[ScoreSummary]:
        """Each questionnaire's first and latest total, and whether the latest is past its
        published cut-off, in the order each was first recorded."""
        by_name: dict[str, list[Score]] = {}
        for score in self._store.listed():
            by_name.setdefault(score.name, []).append(score)
        return [summary_of(scores) for scores in by_name.values()]

    def _questionnaire(self, name: str, span: tuple[int, int] | None) -> Questionnaire:
        tidy = " ".join(name.split())
        if not tidy or len(tidy) > LONGEST_NAME:
            raise InvalidInput(texts.SCORE_NEEDS_NAME)
        fixed = known(tidy)
        if fixed is not None:
            if span is not None and span != (fixed.low, fixed.high):
                raise InvalidInput(
                    texts.SCORE_RANGE_FIXED.format(name=fixed.name, low=fixed.low, high=fixed.high)
                )
            return fixed
        earlier = self._store.listed(tidy)
        if earlier:
            kept = (earlier[0].low, earlier[0].high)
            if span is not None and span != kept:
                raise InvalidInput(
                    texts.SCORE_RANGE_FIXED.format(name=tidy, low=kept[0], high=kept[1])
                )
            span = kept
        if span is None:
            raise InvalidInput(texts.SCORE_NEEDS_RANGE.format(name=tidy))
        if span[0] >= span[1]:
            raise InvalidInput(texts.SCORE_RANGE_BACKWARDS)
        return Questionnaire(key=tidy.lower(), name=tidy, low=span[0], high=span[1])


def summary_of(scores: list[Score]) -> ScoreSummary:
    """The summary of one questionnaire's totals, oldest first."""
    first, latest = scores[0], scores[-1]
    questionnaire = known(first.name)
    past = questionnaire is not None and questionnaire.past_cutoff(latest.total)
    return ScoreSummary(
        name=first.name,
        low=latest.low,
        high=latest.high,
        first=first,
        latest=latest,
        past_cutoff=past,
    )


def pointer_for(score: Score) -> str | None:
    """The gentle pointer a total past its published cut-off brings, or None."""
    questionnaire = known(score.name)
    if questionnaire is None or not questionnaire.past_cutoff(score.total):
        return None
    return texts.PAST_CUTOFF
