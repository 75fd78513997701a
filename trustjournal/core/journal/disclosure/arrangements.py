"""Transparency arrangements: agreements that open something up for a while (location
sharing, phone openness, daily check-in calls, passwords shared), with a start, an end,
each partner's yes, and a review day.

They end: an arrangement has an end from the day it is made, pauses in one step, and
at each review asks whether it is still wanted. texts.ABOUT_ARRANGEMENTS says why.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.disclosure import texts
from trustjournal.core.journal.path.days import FirstDay
from trustjournal.core.journal.trust import Agreements
from trustjournal.core.journal.trust_checks import one_of
from trustjournal.core.records.disclosure import (
    ARRANGEMENT_KINDS,
    ENDED,
    PAUSED,
    Arrangement,
    ArrangementDraft,
)
from trustjournal.core.records.trust import Agreement, AgreementDraft
from trustjournal.core.texts import day_in_words
from trustjournal.core.vault.stores.recovery.disclosure import ArrangementStore

LONGEST_DAYS = 365
WHOSE_YES = {"mine": "my_yes", "partner": "partner_yes"}


class Arrangements:
    def __init__(
        self,
        store: ArrangementStore,
        agreements: Agreements,
        changes: ChangeHub,
        clock: Clock,
        first_day: FirstDay,
    ) -> None:
        self._store = store
        self._agreements = agreements
        self._changes = changes
        self._clock = clock
        self._first_day = first_day

    def make(
        self, agreement: AgreementDraft, draft: ArrangementDraft
    ) -> tuple[Agreement, Arrangement]:
        """The agreement and its arrangement, in one transaction; bad values are one
        sentence each and nothing is stored."""
        made = self._agreements.add(agreement, arrangement=self.checked(draft))
        self._publish(Action.ADDED, made.id)
        return made, self.get(made.id)

    def mark(self, agreement_id: int, draft: ArrangementDraft) -> Arrangement:
        """An agreement already made becomes a transparency arrangement, once; bad values
        are one sentence each and nothing is stored."""
        self._agreements.get(agreement_id)  # NotFound when there is no such agreement
        if self._store.get(agreement_id) is not None:
            raise InvalidInput(texts.ALREADY_AN_ARRANGEMENT)
        checked = dataclasses.replace(self.checked(draft), agreement_id=agreement_id)
        self._store.add(checked)
        self._publish(Action.ADDED, agreement_id)
        return self.get(agreement_id)

    def checked(self, draft: ArrangementDraft) -> Arrangement:
        """The draft as an arrangement (its id still 0), or InvalidInput."""
        one_of(draft.kind, ARRANGEMENT_KINDS, "a kind of arrangement")
        today = self._clock.today()
        first = min(self._first_day() or today, today)
        if draft.starts < first:
            raise InvalidInput(texts.STARTS_BEFORE_FIRST.format(first=day_in_words(first)))
        ends = _end_of(draft)
        return Arrangement(
            agreement_id=0,
            kind=draft.kind,
            starts=draft.starts,
            ends=ends,
            my_yes=today if draft.my_yes else None,
            partner_yes=today if draft.partner_yes else None,
            paused_on=None,
            ended_on=None,
        )

    def get(self, agreement_id: int) -> Arrangement:
        arrangement = self._store.get(agreement_id)
        if arrangement is None:
            self._agreements.get(agreement_id)  # NotFound when there is no such agreement
            raise NotFound(texts.NOT_AN_ARRANGEMENT.format(id=agreement_id))
        return arrangement

    def listed(self) -> list[Arrangement]:
        return self._store.listed()

    def between(self, start: dt.date, end: dt.date) -> list[Arrangement]:
        """Those running at some point from `start` to `end`: the timeline's bands."""
        return self._store.between(start, end)

    def say_yes(self, agreement_id: int, whose: str, yes: bool = True) -> Arrangement:
        """Record a partner's yes ("mine" or "partner") with today's day, or take it back."""
        column = WHOSE_YES[one_of(whose, tuple(WHOSE_YES), "mine or partner")]
        self._still_on(agreement_id)
        return self._set(agreement_id, column, self._clock.today() if yes else None)

    def pause(self, agreement_id: int) -> Arrangement:
        self._still_on(agreement_id)
        return self._set(agreement_id, "paused_on", self._clock.today())

    def resume(self, agreement_id: int) -> Arrangement:
        self._still_on(agreement_id)
        return self._set(agreement_id, "paused_on", None)

    def end(self, agreement_id: int) -> Arrangement:
        """Ended today, by choice; its agreement is retired (kept in its history)."""
        self._still_on(agreement_id)
        ended = self._set(agreement_id, "ended_on", self._clock.today())
        self._agreements.set_status(agreement_id, "retired")
        return ended

    def due_for_review(self) -> list[tuple[Agreement, Arrangement]]:
        """Arrangements not ended whose review day has come."""
        today = self._clock.today()
        due = []
        for agreement in self._agreements.due_for_review():
            arrangement = self._store.get(agreement.id)
            if arrangement is not None and arrangement.state(today) != ENDED:
                due.append((agreement, arrangement))
        return due

    def next_review(self) -> dt.date | None:
        """The soonest review day of an arrangement still running (neither paused nor
        ended), past or to come: the day its reminder is due from. None when there is none."""
        reviews = self._running_reviews()
        return reviews[0][0] if reviews else None

    def first_to_review(self) -> int | None:
        """The agreement id of the running arrangement whose review day came first, if one
        has come: what a review's reminder opens."""
        reviews = self._running_reviews()
        if not reviews or reviews[0][0] > self._clock.today():
            return None
        return reviews[0][1]

    def _running_reviews(self) -> list[tuple[dt.date, int]]:
        """(review day, agreement id) of each running arrangement with a review, soonest first."""
        today = self._clock.today()
        return sorted(
            (agreement.review, agreement.id)
            for agreement in self._agreements.listed("active")
            if agreement.review is not None and self._runs(agreement.id, today)
        )

    def _runs(self, agreement_id: int, today: dt.date) -> bool:
        arrangement = self._store.get(agreement_id)
        return arrangement is not None and arrangement.state(today) not in (PAUSED, ENDED)

    def review(
        self, agreement_id: int, keep: bool, next_review: dt.date | None = None
    ) -> Arrangement:
        """The answer to texts.REVIEW_QUESTION: kept, with the day to ask again, or ended."""
        if not keep:
            return self.end(agreement_id)
        if next_review is None or next_review <= self._clock.today():
            raise InvalidInput(texts.KEEP_NEEDS_REVIEW)
        self._still_on(agreement_id)
        agreement = self._agreements.get(agreement_id)
        self._agreements.update(
            agreement_id, dataclasses.replace(agreement.draft(), review=next_review)
        )
        self._publish(Action.UPDATED, agreement_id)
        return self.get(agreement_id)

    def _still_on(self, agreement_id: int) -> None:
        """Nothing changes an ended arrangement; a new one starts again."""
        ended = self.get(agreement_id).ended(self._clock.today())
        if ended is not None:
            raise InvalidInput(texts.ALREADY_ENDED.format(day=day_in_words(ended)))

    def _set(self, agreement_id: int, column: str, day: dt.date | None) -> Arrangement:
        self._store.set_day(agreement_id, column, day)
        self._publish(Action.UPDATED, agreement_id)
        return self.get(agreement_id)

    def _publish(self, action: Action, agreement_id: int) -> None:
        self._changes.publish(Change(Topic.ARRANGEMENTS, action, ids=(agreement_id,)))


def _end_of(draft: ArrangementDraft) -> dt.date:
    """The last day: given, or the start plus its length."""
    if draft.ends is not None and draft.days is not None:
        raise InvalidInput(texts.END_AND_LENGTH)
    if draft.days is not None:
        if not 1 <= draft.days <= LONGEST_DAYS:
            raise InvalidInput(texts.LENGTH_RANGE.format(most=LONGEST_DAYS))
        return draft.starts + dt.timedelta(days=draft.days - 1)
    if draft.ends is None:
        raise InvalidInput(texts.NEEDS_AN_END)
    if draft.ends < draft.starts:
        raise InvalidInput(texts.ENDS_BEFORE_START)
    return draft.ends
