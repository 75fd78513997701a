"""The hard days in the domain: the person's own support contacts, and hard dates with
a plan written ahead. Each change publishes a `Change`, like every other part."""

from __future__ import annotations

import dataclasses

from trustjournal.core import texts
from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.care import anniversaries
from trustjournal.core.records.care import (
    Anniversary,
    HardDate,
    HardDateDraft,
    HardDatePlan,
    SupportContact,
    SupportContactDraft,
)
from trustjournal.core.vault.stores.care import HardDateStore, SupportContactStore
from trustjournal.core.vault.stores.events import EventStore

LONGEST_FIELD = 2000  # a plan or a note is a few lines, not a journal entry


def _tidy(text: str, what: str) -> str:
    tidy = text.strip()
    if len(tidy) > LONGEST_FIELD:
        raise InvalidInput(texts.FIELD_TOO_LONG.format(what=what, most=LONGEST_FIELD))
    return tidy


def _one_line(text: str, what: str) -> str:
    return " ".join(_tidy(text, what).split())


class SupportContacts:
    def __init__(self, store: SupportContactStore, changes: ChangeHub, clock: Clock) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock

    def add(self, draft: SupportContactDraft) -> SupportContact:
        contact_id = self._store.insert(checked_contact(draft), self._clock.now())
        self._publish(Action.ADDED, contact_id)
        return self._store.get(contact_id)

    def update(self, contact_id: int, draft: SupportContactDraft) -> SupportContact:
        self._store.update(contact_id, checked_contact(draft), self._clock.now())
        self._publish(Action.UPDATED, contact_id)
        return self._store.get(contact_id)

    def delete(self, contact_id: int) -> SupportContact:
        contact = self._store.get(contact_id)
        self._store.delete(contact_id)
        self._publish(Action.DELETED, contact_id)
        return contact

    def get(self, contact_id: int) -> SupportContact:
        return self._store.get(contact_id)

    def listed(self) -> list[SupportContact]:
        return self._store.listed()

    def _publish(self, action: Action, contact_id: int) -> None:
        self._changes.publish(Change(Topic.SUPPORT_CONTACTS, action, ids=(contact_id,)))


def checked_contact(draft: SupportContactDraft) -> SupportContactDraft:
    name = _one_line(draft.name, "A name")
    if not name:
        raise InvalidInput(texts.CONTACT_NEEDS_NAME)
    reach = _one_line(draft.reach, "How to reach them")
    return SupportContactDraft(name=name, reach=reach, note=_tidy(draft.note, "A note"))


def checked_hard_date(draft: HardDateDraft) -> HardDateDraft:
    title = _one_line(draft.title, "A title")
    if not title:
        raise InvalidInput(texts.HARD_DATE_NEEDS_WORDS)
    plan = draft.plan
    return dataclasses.replace(
        draft,
        title=title,
        place=_one_line(draft.place, "A place"),
        reminder=_one_line(draft.reminder, "A kind of reminder"),
        plan=HardDatePlan(
            will_do=_tidy(plan.will_do, "What you will do"),
            can_reach=_tidy(plan.can_reach, "Who you can reach"),
            from_partner=_tidy(plan.from_partner, "What you need from your partner"),
        ),
    )


class HardDates:
    """The discovery and every moment or day the person marks as hard, each with a plan."""

    def __init__(
        self, store: HardDateStore, events: EventStore, changes: ChangeHub, clock: Clock
    ) -> None:
        self._store = store
        self._events = events
        self._changes = changes
        self._clock = clock

    def listed(self) -> list[HardDate]:
        return self._store.listed()

    def get(self, hard_date_id: int) -> HardDate:
        return self._store.get(hard_date_id)

    def save(self, draft: HardDateDraft, hard_date_id: int | None = None) -> HardDate:
        """Add a hard date, change one (`hard_date_id`), or keep the plan for a moment
        (`draft.event_id`: made the first time, changed after)."""
        draft = checked_hard_date(self._with_moment(draft))
        if hard_date_id is None and draft.event_id is not None:
            existing = self._store.for_event(draft.event_id)
            hard_date_id = existing.id if existing is not None else None
        now = self._clock.now()
        if hard_date_id is None:
            hard_date_id = self._store.insert(draft, now)
            action = Action.ADDED
        else:
            self._store.update(hard_date_id, draft, now)
            action = Action.UPDATED
        self._changes.publish(Change(Topic.HARD_DATES, action, ids=(hard_date_id,)))
        return self._store.get(hard_date_id)

    def for_moment(self, event_id: int) -> HardDate | None:
        """The moment's hard date, if it is one (a discovery always is)."""
        return self._store.for_event(event_id)

    def mark_moment(self, event_id: int, hard: bool) -> HardDate | None:
        """Mark a moment as a hard date (a plan can follow), or unmark it (its plan goes
        too). A discovery always stays a hard date."""
        existing = self._store.for_event(event_id)
        if hard and existing is None:
            moment = self._events.get(event_id)
            return self.save(HardDateDraft(day=moment.day, title=moment.title, event_id=event_id))
        if not hard and existing is not None and existing.id is not None:
            if self._events.get(event_id).kind != "discovery":
                self.delete(existing.id)
            return self._store.for_event(event_id)
        return existing

    def delete(self, hard_date_id: int) -> HardDate:
        """Forget a hard date (a discovery stays one, with no plan)."""
        hard_date = self._store.get(hard_date_id)
        self._store.delete(hard_date_id)
        self._changes.publish(Change(Topic.HARD_DATES, Action.DELETED, ids=(hard_date_id,)))
        return hard_date

    def coming(self, within: int = anniversaries.COMING_DAYS) -> list[Anniversary]:
        """Hard dates still to come and anniversaries, from today to a week ahead, soonest
        first."""
        return anniversaries.coming(self.listed(), self._clock.today(), within)

    def _with_moment(self, draft: HardDateDraft) -> HardDateDraft:
        """A plan for a moment carries the moment's own day and title."""
        if draft.event_id is None:
            return draft
        moment = self._events.get(draft.event_id)
        return dataclasses.replace(draft, day=moment.day, title=moment.title)
