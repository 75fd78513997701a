"""Changing and reading check-ins, timeline events and agreements.

Each part checks its input, writes through its vault store, and publishes a
`Change` so that views refresh from one place, like the journal's entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.cadence import checkin_due
from trustjournal.core.journal.trust_checks import (
    checked_agreement,
    checked_checkin,
    checked_event,
    checked_status,
)
from trustjournal.core.records.disclosure import Arrangement
from trustjournal.core.records.trust import (
    Agreement,
    AgreementDraft,
    Checkin,
    CheckinDraft,
    CheckinDue,
    Event,
    EventDraft,
    StatusChange,
)
from trustjournal.core.settings import Settings
from trustjournal.core.vault.stores.agreements import AgreementStore
from trustjournal.core.vault.stores.checkins import CheckinStore
from trustjournal.core.vault.stores.events import EventStore

DraftT = TypeVar("DraftT")
ItemT = TypeVar("ItemT")
DraftIn = TypeVar("DraftIn", contravariant=True)
ItemOut = TypeVar("ItemOut", covariant=True)


class _Part:
    topic: Topic

    def __init__(self, changes: ChangeHub, clock: Clock) -> None:
        self._changes = changes
        self._clock = clock

    def _publish(self, action: Action, item_id: int, topic: Topic | None = None) -> None:
        self._changes.publish(Change(topic or self.topic, action, ids=(item_id,)))


class DatedStore(Protocol[DraftIn, ItemOut]):
    def insert(self, draft: DraftIn, now: dt.datetime) -> int: ...
    def update(self, item_id: int, draft: DraftIn, now: dt.datetime) -> None: ...
    def delete(self, item_id: int) -> None: ...
    def get(self, item_id: int) -> ItemOut: ...
    def between(self, start: dt.date, end: dt.date) -> Sequence[ItemOut]: ...


class _DatedPart(_Part, Generic[DraftT, ItemT]):
    """Add, change, delete and read dated items (check-ins, events) the same way."""

    def __init__(
        self,
        store: DatedStore[DraftT, ItemT],
        check: Callable[[DraftT], DraftT],
        changes: ChangeHub,
        clock: Clock,
    ) -> None:
        super().__init__(changes, clock)
        self._store = store
        self._check = check

    def add(self, draft: DraftT) -> ItemT:
        item_id = self._store.insert(self._check(draft), self._clock.now())
        self._publish(Action.ADDED, item_id)
        return self._store.get(item_id)

    def update(self, item_id: int, draft: DraftT) -> ItemT:
        self._store.update(item_id, self._check(draft), self._clock.now())
        self._publish(Action.UPDATED, item_id)
        return self._store.get(item_id)

    def delete(self, item_id: int) -> ItemT:
        """Delete and return the item as it was, so the app can say what went."""
        item = self._store.get(item_id)
        self._store.delete(item_id)
        self._publish(Action.DELETED, item_id)
        return item

    def get(self, item_id: int) -> ItemT:
        return self._store.get(item_id)

    def between(self, start: dt.date, end: dt.date) -> list[ItemT]:
        """Those dated from `start` to `end` inclusive, oldest first."""
        return list(self._store.between(start, end))


class Checkins(_DatedPart[CheckinDraft, Checkin]):
    topic = Topic.CHECKINS

    def __init__(
        self, store: CheckinStore, changes: ChangeHub, clock: Clock, settings: Settings
    ) -> None:
        super().__init__(store, checked_checkin, changes, clock)
        self._last_day = store.last_day
        self._settings = settings

    def due(self) -> CheckinDue:
        """Whether a check-in is due today, and the day the next one is due."""
        cadence = self._settings.checkin_cadence_days
        return checkin_due(self._last_day(), cadence, self._clock.today())


class Events(_DatedPart[EventDraft, Event]):
    topic = Topic.EVENTS

    def __init__(self, store: EventStore, changes: ChangeHub, clock: Clock) -> None:
        super().__init__(store, checked_event, changes, clock)
        self._events = store

    def latest_day(self, kind: str, on_or_before: dt.date) -> dt.date | None:
        """The most recent day a moment of this kind happened, from the kind index."""
        return self._events.latest_of_kind(kind, on_or_before)


class Agreements(_Part):
    topic = Topic.AGREEMENTS

    def __init__(
        self, store: AgreementStore, events: EventStore, changes: ChangeHub, clock: Clock
    ) -> None:
        super().__init__(changes, clock)
        self._store = store
        self._events = events

    def add(self, draft: AgreementDraft, arrangement: Arrangement | None = None) -> Agreement:
        """Making an agreement also marks the day on the timeline with an `agreement` event;
        a transparency arrangement (checked already) is written in the same transaction."""
        draft = checked_agreement(draft)
        event = EventDraft(day=draft.made, kind="agreement", title=draft.title)
        agreement_id = self._store.insert(draft, event, self._clock.now(), arrangement)
        self._publish(Action.ADDED, agreement_id)
        for linked in self._events.for_agreement(agreement_id):
            self._publish(Action.ADDED, linked.id, topic=Topic.EVENTS)
        return self._store.get(agreement_id)

    def update(self, agreement_id: int, draft: AgreementDraft) -> Agreement:
        self._store.update(agreement_id, checked_agreement(draft), self._clock.now())
        self._publish(Action.UPDATED, agreement_id)
        for linked in self._events.for_agreement(agreement_id):
            self._publish(Action.UPDATED, linked.id, topic=Topic.EVENTS)
        return self._store.get(agreement_id)

    def set_status(self, agreement_id: int, status: str) -> Agreement:
        """Keep, revise or retire an agreement; every change is kept in its history."""
        checked_status(status)
        if self._store.get(agreement_id).status != status:
            self._store.set_status(agreement_id, status, self._clock.now())
            self._publish(Action.UPDATED, agreement_id)
        return self._store.get(agreement_id)

    def delete(self, agreement_id: int) -> Agreement:
        agreement = self._store.get(agreement_id)
        linked = self._events.for_agreement(agreement_id)
        self._store.delete(agreement_id)
        self._publish(Action.DELETED, agreement_id)
        for event in linked:
            self._publish(Action.DELETED, event.id, topic=Topic.EVENTS)
        return agreement

    def get(self, agreement_id: int) -> Agreement:
        return self._store.get(agreement_id)

    def listed(self, status: str | None = None) -> list[Agreement]:
        return self._store.listed(checked_status(status) if status is not None else None)

    def due_for_review(self) -> list[Agreement]:
        """Active agreements whose review date is today or has passed."""
        return self._store.review_due(self._clock.today())

    def history(self, agreement_id: int) -> list[StatusChange]:
        """Every status the agreement has had, oldest first, from the day it was made."""
        self._store.get(agreement_id)
        return self._store.history(agreement_id)
