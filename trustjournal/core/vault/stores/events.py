"""SQL for timeline events (discovery, therapy, triggers, …)."""

from __future__ import annotations

import datetime as dt

import sqlcipher3

from trustjournal.core import texts
from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.records.trust import Event, EventDraft
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.rows import Table, links_must_hold, require_changed

_COLUMNS = (
    "id, day, kind, title, note, entry_id, intensity, minutes_to_calm, agreement_id, created_at"
)


def insert_event(
    cursor: sqlcipher3.Cursor,
    draft: EventDraft,
    now: dt.datetime,
    agreement_id: int | None = None,
) -> int:
    """Inside a caller's transaction, so an agreement and its event land together."""
    cursor.execute(
        "INSERT INTO events (day, created_at, updated_at, kind, title, note, entry_id,"
        " agreement_id, intensity, minutes_to_calm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            draft.day.isoformat(),
            to_iso(now),
            to_iso(now),
            draft.kind,
            draft.title,
            draft.note,
            draft.entry_id,
            agreement_id,
            draft.intensity,
            draft.minutes_to_calm,
        ),
    )
    return int(cursor.lastrowid or 0)


class EventStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "events", _COLUMNS)

    # The only foreign key an event's writer can break is the link to an entry.
    def insert(self, draft: EventDraft, now: dt.datetime) -> int:
        with links_must_hold(texts.NO_SUCH_ENTRY_TO_LINK), self._db.transaction() as cursor:
            return insert_event(cursor, draft, now)

    def update(self, event_id: int, draft: EventDraft, now: dt.datetime) -> None:
        with links_must_hold(texts.NO_SUCH_ENTRY_TO_LINK), self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE events SET day = ?, updated_at = ?, kind = ?, title = ?, note = ?,"
                " entry_id = ?, intensity = ?, minutes_to_calm = ? WHERE id = ?",
                (
                    draft.day.isoformat(),
                    to_iso(now),
                    draft.kind,
                    draft.title,
                    draft.note,
                    draft.entry_id,
                    draft.intensity,
                    draft.minutes_to_calm,
                    event_id,
                ),
            )
            require_changed(cursor)

    def delete(self, event_id: int) -> None:
        self._table.delete(event_id)

    def get(self, event_id: int) -> Event:
        return _event(self._table.one(event_id))

    def between(self, start: dt.date, end: dt.date) -> list[Event]:
        return [_event(row) for row in self._table.between(start, end)]

    def for_agreement(self, agreement_id: int) -> list[Event]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM events WHERE agreement_id = ? ORDER BY day, id",  # noqa: S608
            (agreement_id,),
        )
        return [_event(row) for row in rows]

    def latest_of_kind(self, kind: str, on_or_before: dt.date) -> dt.date | None:
        """The most recent day an event of this kind happened (by the kind index)."""
        row = self._db.query_one(
            "SELECT max(day) FROM events WHERE kind = ? AND day <= ?",
            (kind, on_or_before.isoformat()),
        )
        return dt.date.fromisoformat(row[0]) if row and row[0] else None


def _event(row: Row) -> Event:
    event_id, day, kind, title, note, entry_id, intensity, minutes, agreement_id, created = row
    return Event(
        id=int(event_id),
        day=dt.date.fromisoformat(day),
        kind=kind,
        title=title,
        note=note,
        entry_id=entry_id,
        intensity=intensity,
        minutes_to_calm=minutes,
        agreement_id=agreement_id,
        created_at=from_iso(created),
    )


def events_of_kinds_on_days(
    database: Database, kinds: tuple[str, ...], days: list[dt.date], most: int
) -> list[Event]:
    """At most `most` events of these kinds on exactly these days, newest first, by the
    kind index."""
    if not kinds or not days:
        return []
    kind_marks = ", ".join("?" * len(kinds))
    day_marks = ", ".join("?" * len(days))
    rows = database.query(
        f"SELECT {_COLUMNS} FROM events WHERE kind IN ({kind_marks})"  # noqa: S608
        f" AND day IN ({day_marks}) ORDER BY day DESC, id DESC LIMIT ?",
        [*kinds, *(day.isoformat() for day in days), most],
    )
    return [_event(row) for row in rows]
