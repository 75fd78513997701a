"""SQL for the hard days: support contacts, hard dates with their plans, and the few rows
"on this day" reads. Every query here is bounded by a few days or a few rows, never by
the size of the journal."""

from __future__ import annotations

import datetime as dt

from trustjournal.core import texts
from trustjournal.core.clock import to_iso
from trustjournal.core.records.care import (
    HardDate,
    HardDateDraft,
    HardDatePlan,
    SupportContact,
    SupportContactDraft,
)
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.rows import Table, links_must_hold, require_changed

_CONTACT_COLUMNS = "id, name, reach, note"


class SupportContactStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "support_contacts", _CONTACT_COLUMNS)

    def insert(self, draft: SupportContactDraft, now: dt.datetime) -> int:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO support_contacts (name, reach, note, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (draft.name, draft.reach, draft.note, to_iso(now), to_iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def update(self, contact_id: int, draft: SupportContactDraft, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE support_contacts SET name = ?, reach = ?, note = ?, updated_at = ?"
                " WHERE id = ?",
                (draft.name, draft.reach, draft.note, to_iso(now), contact_id),
            )
            require_changed(cursor)

    def delete(self, contact_id: int) -> None:
        self._table.delete(contact_id)

    def get(self, contact_id: int) -> SupportContact:
        return _contact(self._table.one(contact_id))

    def listed(self) -> list[SupportContact]:
        rows = self._db.query(
            f"SELECT {_CONTACT_COLUMNS} FROM support_contacts ORDER BY id"  # noqa: S608
        )
        return [_contact(row) for row in rows]


def _contact(row: Row) -> SupportContact:
    contact_id, name, reach, note = row
    return SupportContact(id=int(contact_id), name=name, reach=reach, note=note)


# A hard date linked to a moment reads the moment's day and title. Discoveries count as
# hard dates (always) even before a plan is written for them (they come back with no id).
_HARD_DATES = """
    SELECT h.id, h.event_id, coalesce(e.day, h.day), coalesce(e.title, h.title),
           h.place, h.reminder, h.plan_will_do, h.plan_reach, h.plan_partner
      FROM hard_dates AS h LEFT JOIN events AS e ON e.id = h.event_id
    UNION ALL
    SELECT NULL, e.id, e.day, e.title, '', '', '', '', ''
      FROM events AS e
     WHERE e.kind = 'discovery'
       AND NOT EXISTS (SELECT 1 FROM hard_dates AS h WHERE h.event_id = e.id)
"""


class HardDateStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "hard_dates", "id")

    def insert(self, draft: HardDateDraft, now: dt.datetime) -> int:
        with links_must_hold(texts.MOMENT_GONE), self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO hard_dates (event_id, day, title, place, reminder, plan_will_do,"
                " plan_reach, plan_partner, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.event_id, *_written(draft), to_iso(now), to_iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def update(self, hard_date_id: int, draft: HardDateDraft, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE hard_dates SET day = ?, title = ?, place = ?, reminder = ?,"
                " plan_will_do = ?, plan_reach = ?, plan_partner = ?, updated_at = ?"
                " WHERE id = ?",
                (*_written(draft), to_iso(now), hard_date_id),
            )
            require_changed(cursor)

    def delete(self, hard_date_id: int) -> None:
        self._table.delete(hard_date_id)

    def listed(self) -> list[HardDate]:
        """Every hard date, oldest first (a person has a handful, never thousands)."""
        rows = self._db.query(f"{_HARD_DATES} ORDER BY 3, 2")
        return [_hard_date(row) for row in rows]

    def get(self, hard_date_id: int) -> HardDate:
        self._table.one(hard_date_id)
        return next(h for h in self.listed() if h.id == hard_date_id)

    def for_event(self, event_id: int) -> HardDate | None:
        return next((h for h in self.listed() if h.event_id == event_id), None)


def _written(draft: HardDateDraft) -> tuple[str, ...]:
    plan = draft.plan
    return (
        draft.day.isoformat(),
        draft.title,
        draft.place,
        draft.reminder,
        plan.will_do,
        plan.can_reach,
        plan.from_partner,
    )


def _hard_date(row: Row) -> HardDate:
    hard_id, event_id, day, title, place, reminder, will_do, reach, partner = row
    return HardDate(
        id=None if hard_id is None else int(hard_id),
        day=dt.date.fromisoformat(day),
        title=title,
        place=place,
        reminder=reminder,
        plan=HardDatePlan(will_do=will_do, can_reach=reach, from_partner=partner),
        event_id=None if event_id is None else int(event_id),
    )


def good_entry_ids_on(
    database: Database, days: list[dt.date], least_mood: int, with_private: bool, most: int
) -> list[int]:
    """At most `most` entries on exactly these days with at least this mood, newest first;
    read through the list index, which holds day, mood and the private flag."""
    if not days:
        return []
    marks = ", ".join("?" * len(days))
    private = "" if with_private else " AND private = 0"
    rows = database.query(
        f"SELECT id FROM entries WHERE day IN ({marks}) AND mood >= ?{private}"  # noqa: S608
        " ORDER BY day DESC, id DESC LIMIT ?",
        [*(day.isoformat() for day in days), least_mood, most],
    )
    return [int(row[0]) for row in rows]


def first_day_written(database: Database) -> dt.date | None:
    """The earliest day any entry or moment is about (each read off an index's first row)."""
    row = database.query_one(
        "SELECT min(first) FROM (SELECT min(day) AS first FROM entries"
        " UNION ALL SELECT min(day) FROM events)"
    )
    return dt.date.fromisoformat(row[0]) if row and row[0] else None
