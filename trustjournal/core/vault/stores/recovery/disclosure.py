"""SQL for the disclosure workspace, unsent letters and transparency arrangements.

Each table is a handful of rows (questions, topics, a ledger of what was told, a
checklist, letters), so lists read them whole, in the order they were written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlcipher3

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.records.disclosure import (
    DISCLOSURE_LETTER,
    FROM_PARTNER,
    Arrangement,
    ChecklistItem,
    Cleared,
    LedgerLine,
    Letter,
    Meeting,
    NoDetailsTopic,
    Question,
)
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.rows import Table, require_changed

_ARRANGEMENT_COLUMNS = "agreement_id, kind, starts, ends, my_yes, partner_yes, paused_on, ended_on"


class DisclosureStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.questions = Table(
            database, "disclosure_questions", "id, text, state, created_at, updated_at", "id"
        )
        self.topics = Table(database, "disclosure_topics", "id, text, source, created_at", "id")
        self.meetings = Table(
            database, "disclosure_meetings", "id, planned, held, note, created_at", "id"
        )
        self.ledger = Table(database, "disclosure_ledger", "id, day, told, new, created_at")
        self.checklist = Table(database, "disclosure_checklist", "id, text, done, created_at", "id")

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """One row into one of the workspace's tables (names written here, never input)."""
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._db.transaction() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608
                tuple(values.values()),
            )
            return int(cursor.lastrowid or 0)

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        settings = ", ".join(f"{column} = ?" for column in values)
        with self._db.transaction() as cursor:
            cursor.execute(
                f"UPDATE {table} SET {settings} WHERE id = ?",  # noqa: S608
                (*values.values(), row_id),
            )
            require_changed(cursor)

    def delete_preparation(self) -> Cleared:
        """The checklist, the topics typed in from a partner's list and the disclosure
        letter drafts, in one transaction. secure_delete overwrites what they held."""
        with self._db.transaction() as cursor:
            checklist = _deleted(cursor, "DELETE FROM disclosure_checklist", ())
            topics = _deleted(
                cursor, "DELETE FROM disclosure_topics WHERE source = ?", (FROM_PARTNER,)
            )
            letters = _deleted(cursor, "DELETE FROM letters WHERE kind = ?", (DISCLOSURE_LETTER,))
        return Cleared(checklist=checklist, topics=topics, letters=letters)


class LetterStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self.table = Table(
            database, "letters", "id, kind, title, body, created_at, updated_at", "id"
        )

    def insert(self, kind: str, title: str, body: str, now: dt.datetime) -> int:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO letters (kind, title, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (kind, title, body, to_iso(now), to_iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def restore(self, letter: Letter) -> None:
        """Put a deleted letter back as it was: its id, its words and its days."""
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO letters (id, kind, title, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    letter.id,
                    letter.kind,
                    letter.title,
                    letter.body,
                    to_iso(letter.created_at),
                    to_iso(letter.updated_at),
                ),
            )

    def update(self, letter_id: int, title: str, body: str, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE letters SET title = ?, body = ?, updated_at = ? WHERE id = ?",
                (title, body, to_iso(now), letter_id),
            )
            require_changed(cursor)

    def get(self, letter_id: int) -> Letter:
        return letter_of(self.table.one(letter_id))

    def listed(self) -> list[Letter]:
        return [letter_of(row) for row in self.table.listed()]


class ArrangementStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def set_day(self, agreement_id: int, column: str, day: dt.date | None) -> None:
        """One of the days (my_yes, partner_yes, paused_on, ended_on) set or cleared."""
        with self._db.transaction() as cursor:
            cursor.execute(
                f"UPDATE arrangements SET {column} = ? WHERE agreement_id = ?",  # noqa: S608
                (_day(day), agreement_id),
            )
            require_changed(cursor)

    def add(self, arrangement: Arrangement) -> None:
        """An arrangement for an agreement already stored (a new agreement's is written in
        its own transaction: insert_arrangement)."""
        with self._db.transaction() as cursor:
            insert_arrangement(cursor, arrangement)

    def get(self, agreement_id: int) -> Arrangement | None:
        row = self._db.query_one(
            f"SELECT {_ARRANGEMENT_COLUMNS} FROM arrangements WHERE agreement_id = ?",  # noqa: S608
            (agreement_id,),
        )
        return arrangement_of(row) if row is not None else None

    def listed(self) -> list[Arrangement]:
        rows = self._db.query(
            f"SELECT {_ARRANGEMENT_COLUMNS} FROM arrangements"  # noqa: S608
            " ORDER BY starts, agreement_id"
        )
        return [arrangement_of(row) for row in rows]

    def between(self, start: dt.date, end: dt.date) -> list[Arrangement]:
        """Those that overlap `start` to `end`, as bands on a timeline."""
        rows = self._db.query(
            f"SELECT {_ARRANGEMENT_COLUMNS} FROM arrangements"  # noqa: S608
            " WHERE starts <= ? AND ends >= ? ORDER BY starts, agreement_id",
            (end.isoformat(), start.isoformat()),
        )
        return [arrangement_of(row) for row in rows]


def insert_arrangement(cursor: sqlcipher3.Cursor, arrangement: Arrangement) -> None:
    """Written inside the agreement's own transaction (AgreementStore.insert)."""
    cursor.execute(
        f"INSERT INTO arrangements ({_ARRANGEMENT_COLUMNS})"  # noqa: S608
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            arrangement.agreement_id,
            arrangement.kind,
            arrangement.starts.isoformat(),
            arrangement.ends.isoformat(),
            _day(arrangement.my_yes),
            _day(arrangement.partner_yes),
            _day(arrangement.paused_on),
            _day(arrangement.ended_on),
        ),
    )


def _deleted(cursor: sqlcipher3.Cursor, sql: str, parameters: tuple[Any, ...]) -> int:
    cursor.execute(sql, parameters)
    return max(int(cursor.rowcount), 0)


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def question_of(row: Row) -> Question:
    question_id, text, state, created, updated = row
    return Question(int(question_id), text, state, from_iso(created), from_iso(updated))


def topic_of(row: Row) -> NoDetailsTopic:
    topic_id, text, source, created = row
    return NoDetailsTopic(int(topic_id), text, source, from_iso(created))


def meeting_of(row: Row) -> Meeting:
    meeting_id, planned, held, note, created = row
    return Meeting(int(meeting_id), _date(planned), _date(held), note, from_iso(created))


def ledger_line_of(row: Row) -> LedgerLine:
    line_id, day, told, new, created = row
    return LedgerLine(int(line_id), dt.date.fromisoformat(day), told, bool(new), from_iso(created))


def checklist_item_of(row: Row) -> ChecklistItem:
    item_id, text, done, created = row
    return ChecklistItem(int(item_id), text, bool(done), from_iso(created))


def letter_of(row: Row) -> Letter:
    letter_id, kind, title, body, created, updated = row
    return Letter(int(letter_id), kind, title, body, from_iso(created), from_iso(updated))


def arrangement_of(row: Row) -> Arrangement:
    agreement_id, kind, starts, ends, my_yes, partner_yes, paused_on, ended_on = row
    return Arrangement(
        agreement_id=int(agreement_id),
        kind=kind,
        starts=dt.date.fromisoformat(starts),
        ends=dt.date.fromisoformat(ends),
        my_yes=_date(my_yes),
        partner_yes=_date(partner_yes),
        paused_on=_date(paused_on),
        ended_on=_date(ended_on),
    )
