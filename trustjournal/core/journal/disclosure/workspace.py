"""The disclosure workspace: questions parked with how far they are answered, "no
details, please" topics, the planned and held days with a private note after, a ledger
of what was told when, and the involved partner's preparation checklist.

A workspace, not a store of the disclosure itself (texts.WARNING says why). The
preparation notes go in one action, `delete_preparation`, which also takes the
disclosure letter drafts (Letters, kind "disclosure").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock, to_iso
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.disclosure import texts
from trustjournal.core.journal.path.days import FirstDay, checked_day
from trustjournal.core.journal.trust_checks import one_of
from trustjournal.core.records.disclosure import (
    MINE,
    QUESTION_STATES,
    TOPIC_SOURCES,
    ChecklistItem,
    Cleared,
    LedgerLine,
    Meeting,
    NoDetailsTopic,
    Question,
)
from trustjournal.core.vault.database import Row
from trustjournal.core.vault.stores.recovery import disclosure as rows
from trustjournal.core.vault.stores.recovery.disclosure import DisclosureStore
from trustjournal.core.vault.stores.rows import Table

# "In a sentence or two": the ledger makes trickle truth visible without the details.
TOLD_LIMIT = 400
ItemT = TypeVar("ItemT")


class Disclosure:
    def __init__(
        self, store: DisclosureStore, changes: ChangeHub, clock: Clock, first_day: FirstDay
    ) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock
        self._first_day = first_day

    # -- questions ----------------------------------------------------------------------

    def ask(self, text: str) -> Question:
        now = to_iso(self._clock.now())
        values = {"text": _words(text, texts.WHAT_QUESTION), "created_at": now, "updated_at": now}
        return self._added("disclosure_questions", values, self._store.questions, rows.question_of)

    def mark(self, question_id: int, state: str) -> Question:
        """Open, partly answered or answered."""
        one_of(state, QUESTION_STATES, "open, partly or answered")
        values = {"state": state, "updated_at": to_iso(self._clock.now())}
        return self._updated(
            "disclosure_questions", question_id, values, self._store.questions, rows.question_of
        )

    def questions(self) -> list[Question]:
        return [rows.question_of(row) for row in self._store.questions.listed()]

    def remove_question(self, question_id: int) -> None:
        self._removed(self._store.questions, question_id)

    # -- "no details, please" ------------------------------------------------------------

    def add_topic(self, text: str, source: str = MINE) -> NoDetailsTopic:
        """A topic on the hurt partner's own list, or typed in from it by the involved
        partner (`source` "partner"; nothing is synced between journals)."""
        one_of(source, TOPIC_SOURCES, "mine or partner")
        values = {
            "text": _words(text, texts.WHAT_TOPIC),
            "source": source,
            "created_at": to_iso(self._clock.now()),
        }
        return self._added("disclosure_topics", values, self._store.topics, rows.topic_of)

    def topics(self, source: str | None = None) -> list[NoDetailsTopic]:
        listed = (
            self._store.topics.listed("source", source) if source else self._store.topics.listed()
        )
        return [rows.topic_of(row) for row in listed]

    def remove_topic(self, topic_id: int) -> None:
        self._removed(self._store.topics, topic_id)

    # -- the days and the note after ------------------------------------------------------

    def plan(self, planned: dt.date | None, held: dt.date | None = None, note: str = "") -> Meeting:
        values = self._meeting_values(planned, held, note)
        values["created_at"] = to_iso(self._clock.now())
        return self._added("disclosure_meetings", values, self._store.meetings, rows.meeting_of)

    def update_meeting(
        self, meeting_id: int, planned: dt.date | None, held: dt.date | None, note: str
    ) -> Meeting:
        values = self._meeting_values(planned, held, note)
        return self._updated(
            "disclosure_meetings", meeting_id, values, self._store.meetings, rows.meeting_of
        )

    def meetings(self) -> list[Meeting]:
        return [rows.meeting_of(row) for row in self._store.meetings.listed()]

    def _meeting_values(
        self, planned: dt.date | None, held: dt.date | None, note: str
    ) -> dict[str, Any]:
        if planned is not None:
            self._not_before_first(planned)
        if held is not None:
            if held > self._clock.today():
                raise InvalidInput(texts.HELD_NOT_YET)
            checked_day(held, self._clock.today(), self._first_day)
        return {
            "planned": planned.isoformat() if planned else None,
            "held": held.isoformat() if held else None,
            "note": note.strip(),
        }

    def _not_before_first(self, day: dt.date) -> None:
        today = self._clock.today()
        checked_day(min(day, today), today, self._first_day)

    # -- the ledger of what was told when --------------------------------------------------

    def tell(self, told: str, day: dt.date | None = None, new: bool = True) -> LedgerLine:
        told = _words(told, texts.WHAT_TOLD)
        if len(told) > TOLD_LIMIT:
            raise InvalidInput(texts.TOLD_TOO_LONG.format(limit=TOLD_LIMIT))
        values = {
            "day": checked_day(day, self._clock.today(), self._first_day).isoformat(),
            "told": told,
            "new": int(new),
            "created_at": to_iso(self._clock.now()),
        }
        return self._added("disclosure_ledger", values, self._store.ledger, rows.ledger_line_of)

    def ledger(self) -> list[LedgerLine]:
        """Oldest first, so what came out when reads as it happened."""
        return [rows.ledger_line_of(row) for row in self._store.ledger.listed()]

    def remove_ledger_line(self, line_id: int) -> None:
        self._removed(self._store.ledger, line_id)

    # -- the involved partner's preparation ------------------------------------------------

    def add_step(self, text: str) -> ChecklistItem:
        values = {"text": _words(text, texts.WHAT_STEP), "created_at": to_iso(self._clock.now())}
        return self._added(
            "disclosure_checklist", values, self._store.checklist, rows.checklist_item_of
        )

    def tick(self, item_id: int, done: bool = True) -> ChecklistItem:
        return self._updated(
            "disclosure_checklist",
            item_id,
            {"done": int(done)},
            self._store.checklist,
            rows.checklist_item_of,
        )

    def checklist(self) -> list[ChecklistItem]:
        return [rows.checklist_item_of(row) for row in self._store.checklist.listed()]

    def delete_preparation(self) -> Cleared:
        """The checklist, the topics typed in from a partner's list and the disclosure
        letter drafts, gone in one action; texts.EARLIER_BACKUPS_KEEP says what stays."""
        cleared = self._store.delete_preparation()
        if cleared.total:
            self._changes.publish(Change(Topic.DISCLOSURE, Action.DELETED))
        if cleared.letters:
            self._changes.publish(Change(Topic.LETTERS, Action.DELETED))
        return cleared

    # -- shared -----------------------------------------------------------------------------

    def _added(
        self, table: str, values: dict[str, Any], rows_of: Table, made: Callable[[Row], ItemT]
    ) -> ItemT:
        row_id = self._store.insert(table, values)
        self._changes.publish(Change(Topic.DISCLOSURE, Action.ADDED, ids=(row_id,), keys=(table,)))
        return made(rows_of.one(row_id))

    def _updated(
        self,
        table: str,
        row_id: int,
        values: dict[str, Any],
        rows_of: Table,
        made: Callable[[Row], ItemT],
    ) -> ItemT:
        self._store.update(table, row_id, values)
        self._changes.publish(
            Change(Topic.DISCLOSURE, Action.UPDATED, ids=(row_id,), keys=(table,))
        )
        return made(rows_of.one(row_id))

    def _removed(self, rows_of: Table, row_id: int) -> None:
        rows_of.delete(row_id)
        self._changes.publish(Change(Topic.DISCLOSURE, Action.DELETED, ids=(row_id,)))


def _words(text: str, what: str) -> str:
    """The text with its ends trimmed, or one sentence when nothing is left."""
    tidy = text.strip()
    if not tidy:
        raise InvalidInput(texts.NEEDS_WORDS.format(what=what))
    return tidy
