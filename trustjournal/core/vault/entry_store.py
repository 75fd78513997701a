"""SQL for entries and their emotions, tags and activities."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import sqlcipher3

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.errors import NotFound
from trustjournal.core.journal.models import Entry, EntryDraft, EntryFilter
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.search_query import fts_query

_COLUMNS = "id, day, created_at, updated_at, title, body, mood, private, prompt_id"
_LINK_TABLES = {
    "emotions": "entry_emotions",
    "tags": "entry_tags",
    "activities": "entry_activities",
}
_IN_CHUNK = 500  # stay well below SQLite's limit on bound parameters


class EntryStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing --------------------------------------------------------------------

    def insert(self, draft: EntryDraft, now: dt.datetime) -> int:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO entries (day, created_at, updated_at, title, body, mood, private,"
                " prompt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    draft.day.isoformat(),
                    to_iso(now),
                    to_iso(now),
                    draft.title,
                    draft.body,
                    draft.mood,
                    int(draft.private),
                    draft.prompt_id,
                ),
            )
            entry_id = int(cursor.lastrowid or 0)
            _write_links(cursor, entry_id, draft)
        return entry_id

    def update(self, entry_id: int, draft: EntryDraft, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE entries SET day = ?, updated_at = ?, title = ?, body = ?, mood = ?,"
                " private = ?, prompt_id = ? WHERE id = ?",
                (
                    draft.day.isoformat(),
                    to_iso(now),
                    draft.title,
                    draft.body,
                    draft.mood,
                    int(draft.private),
                    draft.prompt_id,
                    entry_id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFound()
            for table in _LINK_TABLES.values():
                cursor.execute(f"DELETE FROM {table} WHERE entry_id = ?", (entry_id,))  # noqa: S608
            _write_links(cursor, entry_id, draft)

    def restore(self, entry: Entry) -> None:
        """Put a deleted entry back exactly as it was, id and timestamps included."""
        with self._db.transaction() as cursor:
            cursor.execute(
                f"INSERT INTO entries ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                (
                    entry.id,
                    entry.day.isoformat(),
                    to_iso(entry.created_at),
                    to_iso(entry.updated_at),
                    entry.title,
                    entry.body,
                    entry.mood,
                    int(entry.private),
                    entry.prompt_id,
                ),
            )
            _write_links(cursor, entry.id, entry.draft())

    def delete(self, entry_id: int) -> None:
        with self._db.transaction() as cursor:
            cursor.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            if cursor.rowcount == 0:
                raise NotFound()

    # -- reading --------------------------------------------------------------------

    def get(self, entry_id: int) -> Entry:
        found = self.get_many([entry_id])
        if not found:
            raise NotFound()
        return found[0]

    def get_many(self, ids: Sequence[int]) -> list[Entry]:
        """The entries with these ids, in the order of `ids` (missing ones left out)."""
        rows: dict[int, Row] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self._db.query(
                f"SELECT {_COLUMNS} FROM entries WHERE id IN ({marks})",  # noqa: S608
                chunk,
            ):
                rows[int(row[0])] = row
        return self._entries([rows[i] for i in ids if i in rows])

    def page(self, where: EntryFilter, limit: int = 50, offset: int = 0) -> list[Entry]:
        """Entries matching `where`, newest day first, a page at a time."""
        clause, parameters = _where(where)
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM entries {clause}"  # noqa: S608
            " ORDER BY day DESC, id DESC LIMIT ? OFFSET ?",
            [*parameters, limit, offset],
        )
        return self._entries(rows)

    def ids(self, where: EntryFilter) -> list[int]:
        """Every matching id, newest first: cheap, so lists can load the rest lazily."""
        clause, parameters = _where(where)
        rows = self._db.query(
            f"SELECT id FROM entries {clause} ORDER BY day DESC, id DESC",  # noqa: S608
            parameters,
        )
        return [int(row[0]) for row in rows]

    def count(self, where: EntryFilter) -> int:
        clause, parameters = _where(where)
        row = self._db.query_one(f"SELECT count(*) FROM entries {clause}", parameters)  # noqa: S608
        return int(row[0]) if row else 0

    def used_names(self, kind: str) -> list[str]:
        """Every tag (or emotion, activity) in use, most used first, for completion."""
        table = _LINK_TABLES[kind]
        rows = self._db.query(
            f"SELECT name FROM {table} GROUP BY name ORDER BY count(*) DESC, name"  # noqa: S608
        )
        return [str(row[0]) for row in rows]

    def _entries(self, rows: Iterable[Row]) -> list[Entry]:
        rows = list(rows)
        ids = [int(row[0]) for row in rows]
        links = {kind: self._links(table, ids) for kind, table in _LINK_TABLES.items()}
        return [
            _entry_from_row(
                row,
                emotions=links["emotions"].get(int(row[0]), ()),
                tags=links["tags"].get(int(row[0]), ()),
                activities=links["activities"].get(int(row[0]), ()),
            )
            for row in rows
        ]

    def _links(self, table: str, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        found: dict[int, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for entry_id, name in self._db.query(
                f"SELECT entry_id, name FROM {table} WHERE entry_id IN ({marks})",  # noqa: S608
                chunk,
            ):
                found[int(entry_id)].append(str(name))
        return {entry_id: tuple(names) for entry_id, names in found.items()}


def _write_links(cursor: sqlcipher3.Cursor, entry_id: int, draft: EntryDraft) -> None:
    for kind, table in _LINK_TABLES.items():
        names: tuple[str, ...] = getattr(draft, kind)
        cursor.executemany(
            f"INSERT OR IGNORE INTO {table} (entry_id, name) VALUES (?, ?)",  # noqa: S608
            [(entry_id, name) for name in names],
        )


def _where(where: EntryFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    parameters: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause)
        parameters.extend(values)

    if where.date_from is not None:
        add("day >= ?", where.date_from.isoformat())
    if where.date_to is not None:
        add("day <= ?", where.date_to.isoformat())
    if where.mood_min is not None:
        add("mood >= ?", where.mood_min)
    if where.mood_max is not None:
        add("mood <= ?", where.mood_max)
    if not where.include_private:
        add("private = 0")
    for tag in where.tags:
        add("id IN (SELECT entry_id FROM entry_tags WHERE name = ?)", tag)
    for emotion in where.emotions:
        add("id IN (SELECT entry_id FROM entry_emotions WHERE name = ?)", emotion)
    match = fts_query(where.search)
    if match is not None:
        add("id IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)", match)
    if where.ids is not None:
        add(f"id IN ({','.join('?' * len(where.ids))})", *where.ids)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), parameters


def _entry_from_row(
    row: Row,
    emotions: tuple[str, ...],
    tags: tuple[str, ...],
    activities: tuple[str, ...],
) -> Entry:
    entry_id, day, created, updated, title, body, mood, private, prompt_id = row
    return Entry(
        id=int(entry_id),
        day=dt.date.fromisoformat(day),
        created_at=from_iso(created),
        updated_at=from_iso(updated),
        title=title,
        body=body,
        mood=mood,
        emotions=emotions,
        tags=tags,
        activities=activities,
        private=bool(private),
        prompt_id=prompt_id,
    )


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield list(ids[start : start + _IN_CHUNK])
