"""SQL for trust check-ins: one row each, one nullable column per dimension."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.records.trust import DIMENSIONS, Checkin, CheckinDraft
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.rows import Table, require_changed

_DIMENSION_COLUMNS = ", ".join(DIMENSIONS)
_COLUMNS = f"id, day, created_at, needs_met, note, {_DIMENSION_COLUMNS}"
_SCORE_MARKS = ", ".join("?" * len(DIMENSIONS))
_SCORE_SETS = ", ".join(f"{name} = ?" for name in DIMENSIONS)
# Column names come from DIMENSIONS, never from input.
_INSERT = (
    f"INSERT INTO checkins (day, created_at, updated_at, needs_met, note, {_DIMENSION_COLUMNS})"  # noqa: S608
    f" VALUES (?, ?, ?, ?, ?, {_SCORE_MARKS})"
)
_UPDATE = (
    f"UPDATE checkins SET day = ?, updated_at = ?, needs_met = ?, note = ?, {_SCORE_SETS}"  # noqa: S608
    " WHERE id = ?"
)


class CheckinStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "checkins", _COLUMNS)

    def insert(self, draft: CheckinDraft, now: dt.datetime) -> int:
        with self._db.transaction() as cursor:
            day, stamp = draft.day.isoformat(), to_iso(now)
            cursor.execute(
                _INSERT, (day, stamp, stamp, draft.needs_met, draft.note, *_scores(draft))
            )
            return int(cursor.lastrowid or 0)

    def update(self, checkin_id: int, draft: CheckinDraft, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                _UPDATE,
                (
                    draft.day.isoformat(),
                    to_iso(now),
                    draft.needs_met,
                    draft.note,
                    *_scores(draft),
                    checkin_id,
                ),
            )
            require_changed(cursor)

    def delete(self, checkin_id: int) -> None:
        self._table.delete(checkin_id)

    def get(self, checkin_id: int) -> Checkin:
        return _checkin(self._table.one(checkin_id))

    def between(self, start: dt.date, end: dt.date) -> list[Checkin]:
        return [_checkin(row) for row in self._table.between(start, end)]

    def last_day(self) -> dt.date | None:
        row = self._db.query_one("SELECT max(day) FROM checkins")
        return dt.date.fromisoformat(row[0]) if row and row[0] else None


def _scores(draft: CheckinDraft) -> tuple[int | None, ...]:
    return tuple(draft.scores.get(name) for name in DIMENSIONS)


def _checkin(row: Row) -> Checkin:
    checkin_id, day, created, needs_met, note, *scores = row
    return Checkin(
        id=int(checkin_id),
        day=dt.date.fromisoformat(day),
        scores={name: int(s) for name, s in zip(DIMENSIONS, scores, strict=True) if s is not None},
        needs_met=needs_met,
        note=note,
        created_at=from_iso(created),
    )
