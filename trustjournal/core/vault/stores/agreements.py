"""SQL for agreements, the history of their status, and the timeline event each one adds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import sqlcipher3

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.records.disclosure import Arrangement
from trustjournal.core.records.trust import (
    Agreement,
    AgreementDraft,
    EventDraft,
    StatusChange,
)
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.events import insert_event
from trustjournal.core.vault.stores.recovery.disclosure import insert_arrangement
from trustjournal.core.vault.stores.rows import Table, require_changed

_COLUMNS = "id, title, details, made, review, status, created_at, updated_at"
FIRST_STATUS = "active"


class AgreementStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "agreements", _COLUMNS, day="made")

    def insert(
        self,
        draft: AgreementDraft,
        event: EventDraft,
        now: dt.datetime,
        arrangement: Arrangement | None = None,
    ) -> int:
        """The agreement, its first status and its timeline event, in one transaction;
        with a transparency arrangement, that too (its agreement id filled in here)."""
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO agreements (title, details, made, review, status, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.title,
                    draft.details,
                    draft.made.isoformat(),
                    _day_or_none(draft.review),
                    FIRST_STATUS,
                    to_iso(now),
                    to_iso(now),
                ),
            )
            agreement_id = int(cursor.lastrowid or 0)
            _add_history(cursor, agreement_id, FIRST_STATUS, now)
            insert_event(cursor, event, now, agreement_id=agreement_id)
            if arrangement is not None:
                insert_arrangement(cursor, replace(arrangement, agreement_id=agreement_id))
        return agreement_id

    def update(self, agreement_id: int, draft: AgreementDraft, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE agreements SET title = ?, details = ?, made = ?, review = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    draft.title,
                    draft.details,
                    draft.made.isoformat(),
                    _day_or_none(draft.review),
                    to_iso(now),
                    agreement_id,
                ),
            )
            require_changed(cursor)
            # Its event on the timeline follows the agreement's title and day.
            cursor.execute(
                "UPDATE events SET title = ?, day = ?, updated_at = ? WHERE agreement_id = ?",
                (draft.title, draft.made.isoformat(), to_iso(now), agreement_id),
            )

    def set_status(self, agreement_id: int, status: str, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE agreements SET status = ?, updated_at = ? WHERE id = ?",
                (status, to_iso(now), agreement_id),
            )
            require_changed(cursor)
            _add_history(cursor, agreement_id, status, now)

    def delete(self, agreement_id: int) -> None:
        """The agreement goes, with its history and its event (by the foreign keys)."""
        self._table.delete(agreement_id)

    def get(self, agreement_id: int) -> Agreement:
        return _agreement(self._table.one(agreement_id))

    def listed(self, status: str | None = None) -> list[Agreement]:
        """All agreements, or those with one status, in the order they were made."""
        rows = self._table.listed("status", status) if status is not None else self._table.listed()
        return [_agreement(row) for row in rows]

    def between(self, start: dt.date, end: dt.date) -> list[Agreement]:
        """Agreements made, or due for review, from `start` to `end` inclusive."""
        bounds = (start.isoformat(), end.isoformat())
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM agreements"  # noqa: S608
            " WHERE made BETWEEN ? AND ? OR review BETWEEN ? AND ? ORDER BY made, id",
            bounds + bounds,
        )
        return [_agreement(row) for row in rows]

    def review_due(self, on_or_before: dt.date) -> list[Agreement]:
        """Active agreements whose review date has come, soonest first (by the review index)."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM agreements"  # noqa: S608
            " WHERE review <= ? AND status = 'active' ORDER BY review, id",
            (on_or_before.isoformat(),),
        )
        return [_agreement(row) for row in rows]

    def history(self, agreement_id: int) -> list[StatusChange]:
        rows = self._db.query(
            "SELECT status, changed_at FROM agreement_history WHERE agreement_id = ? ORDER BY id",
            (agreement_id,),
        )
        return [StatusChange(status=status, changed_at=from_iso(at)) for status, at in rows]


def _add_history(
    cursor: sqlcipher3.Cursor, agreement_id: int, status: str, now: dt.datetime
) -> None:
    cursor.execute(
        "INSERT INTO agreement_history (agreement_id, status, changed_at) VALUES (?, ?, ?)",
        (agreement_id, status, to_iso(now)),
    )


def _day_or_none(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _agreement(row: Row) -> Agreement:
    agreement_id, title, details, made, review, status, created, updated = row
    return Agreement(
        id=int(agreement_id),
        title=title,
        details=details,
        made=dt.date.fromisoformat(made),
        review=dt.date.fromisoformat(review) if review else None,
        status=status,
        created_at=from_iso(created),
        updated_at=from_iso(updated),
    )
