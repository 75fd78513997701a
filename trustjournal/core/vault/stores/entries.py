"""SQL for entries and their emotions, tags and activities."""
# size: all the SQL of the entries table and what hangs off it (emotions, tags, activities,
# the word list, the search index kept in step), run by one writer in one transaction.
# The bulk import path in it is being reworked (issue 19, point 4); the word list and the
# index upkeep are the parts to move out once that has landed.

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import sqlcipher3

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.errors import NotFound
from trustjournal.core.records.entries import Entry, EntryDraft, EntryFilter
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.search_query import (
    MAX_EXPANSION,
    match_expression,
    needs_expansion,
    parse_search,
    words_of,
)

_COLUMNS = "id, day, created_at, updated_at, title, body, mood, private, prompt_id, discuss"
_WRITTEN = "day, mood, private, discuss, prompt_id, title, body"  # what a person's edit sets
_WRITTEN_MARKS = ", ".join("?" * len(_WRITTEN.split(", ")))
_WRITTEN_SET = ", ".join(f"{column} = ?" for column in _WRITTEN.split(", "))
_LINK_TABLES = {
    "emotions": "entry_emotions",
    "tags": "entry_tags",
    "activities": "entry_activities",
}
_IN_CHUNK = 500  # stay well below SQLite's limit on bound parameters
_BATCH = 500  # entries an import writes at a time (held in memory: a few hundred kB)
_ID_SPAN = 2**32
_JULIAN_DAY_OF_ORDINAL_ZERO = 1_721_424  # SQLite's CAST(julianday(day) AS INTEGER) - toordinal


class EntryStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing --------------------------------------------------------------------

    def insert(self, draft: EntryDraft, now: dt.datetime) -> int:
        return self.insert_many([draft], now)[0]

    def insert_many(
        self,
        drafts: Iterable[EntryDraft],
        now: dt.datetime,
        on_inserted: Callable[[sqlcipher3.Cursor, int], None] | None = None,
        index_at_end: bool = False,
        on_batch: Callable[[sqlcipher3.Cursor, Sequence[int]], None] | None = None,
    ) -> list[int]:
        """Several entries in one transaction (imports): all of them land, or none.

        `drafts` may be a stream, so an import never holds a whole file's entries; they
        are written a batch at a time, each table's rows in one `executemany` (a
        statement per row was most of the Python time of an import).
        `on_batch(cursor, ids)` runs after each batch, then `on_inserted(cursor, id)`
        for each of its entries, inside the transaction, for what belongs with them;
        raising there (a cancel) undoes every one.
        `index_at_end` (for thousands of entries) fills the search index once, after
        the last entry, instead of entry by entry: half the cost (see _index_at_end).
        """
        ids: list[int] = []
        words: set[str] = set()
        stamp = to_iso(now)
        stream = iter(drafts)
        with self._db.transaction() as cursor:
            if index_at_end:
                trigger = _suspend_index_trigger(cursor)
            while batch := list(itertools.islice(stream, _BATCH)):
                batch_ids = _insert_batch(cursor, batch, stamp)
                ids += batch_ids
                words |= _words_of_all(batch)
                if on_batch is not None:
                    on_batch(cursor, batch_ids)
                if on_inserted is not None:
                    for entry_id in batch_ids:
                        on_inserted(cursor, entry_id)
            if index_at_end:
                _index_at_end(cursor, ids, trigger)
            _remember_word_set(cursor, words)
        return ids

    def update(self, entry_id: int, draft: EntryDraft, now: dt.datetime) -> None:
        """Write only what changed, so an autosave of a few typed words stays cheap.

        Columns that did not change are left out of the UPDATE (the search index
        is rewritten only when the day, title or text changed), links only when
        they changed, and only new or vanished words touch the word list.
        """
        before = self.get(entry_id)
        old_values, new_values = _written_values(before), _written_values(draft)
        changed = [i for i, (a, b) in enumerate(zip(old_values, new_values, strict=True)) if a != b]
        links_changed = _link_key(before) != _link_key(draft)
        if not changed and not links_changed:
            return
        columns = _WRITTEN.split(", ")
        assignments = "".join(f"{columns[i]} = ?, " for i in changed)
        with self._db.transaction() as cursor:
            cursor.execute(
                f"UPDATE entries SET {assignments}updated_at = ? WHERE id = ?",  # noqa: S608
                (*(new_values[i] for i in changed), to_iso(now), entry_id),
            )
            if cursor.rowcount == 0:
                raise NotFound()
            if links_changed:
                for table in _LINK_TABLES.values():
                    cursor.execute(f"DELETE FROM {table} WHERE entry_id = ?", (entry_id,))  # noqa: S608
                _write_links(cursor, entry_id, draft)
            old_words, new_words = _text_words(before), _text_words(draft)
            _remember_word_set(cursor, new_words - old_words)
            forget_unused_words(cursor, old_words - new_words)

    def restore(self, entry: Entry) -> None:
        """Put a deleted entry back exactly as it was, id and timestamps included."""
        with self._db.transaction() as cursor:
            cursor.execute(
                f"INSERT INTO entries (id, {_WRITTEN}, created_at, updated_at)"  # noqa: S608
                f" VALUES (?, {_WRITTEN_MARKS}, ?, ?)",
                (
                    entry.id,
                    *_written_values(entry),
                    to_iso(entry.created_at),
                    to_iso(entry.updated_at),
                ),
            )
            _write_links(cursor, entry.id, entry.draft())
            _remember_words(cursor, [entry])

    def delete(self, entry_id: int) -> None:
        before = self.get(entry_id)
        with self._db.transaction() as cursor:
            captions = cursor.execute(
                "SELECT caption FROM attachments WHERE entry_id = ?", (entry_id,)
            ).fetchall()
            cursor.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            # Its attachments go with it (the cascade), and their captions' words too.
            caption_words = words_of(" ".join(str(row[0]) for row in captions))
            forget_unused_words(cursor, _text_words(before) | caption_words)

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
        sql, parameters = self._ordered_ids(where)
        rows = self._db.query(f"{sql} LIMIT ? OFFSET ?", [*parameters, limit, offset])
        return self.get_many([int(row[0]) for row in rows])

    def ids(self, where: EntryFilter) -> list[int]:
        """Every matching id, newest first: cheap, so lists can load the rest lazily."""
        sql, parameters = self._ordered_ids(where)
        return [int(row[0]) for row in self._db.query(sql, parameters)]

    def count(self, where: EntryFilter) -> int:
        sql, parameters = self._ordered_ids(where)
        row = self._db.query_one(f"SELECT count(*) FROM ({sql})", parameters)  # noqa: S608
        return int(row[0]) if row else 0

    def _ordered_ids(self, where: EntryFilter) -> tuple[str, list[Any]]:
        words = parse_search(where.search)
        match = None
        if words is not None:
            expansion = self._expand(words.typing) if needs_expansion(words) else None
            match = match_expression(words, expansion)
        return _ordered_ids(where, match)

    def _expand(self, prefix: str | None) -> list[str]:
        """The known words starting with `prefix`, a few more than can be used."""
        if not prefix:
            return []
        rows = self._db.query(
            "SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_EXPANSION + 1),
        )
        return [str(row[0]) for row in rows]

    def used_names(self, kind: str) -> list[str]:
        """Every distinct tag (or emotion, activity) in use, in alphabetical order.

        A loose index scan: one index seek per distinct name, so completion lists
        cost the same however many entries carry those names.
        """
        table = _LINK_TABLES[kind]
        rows = self._db.query(
            f"WITH RECURSIVE names (name) AS ("  # noqa: S608
            f" SELECT min(name) FROM {table}"
            f" UNION ALL SELECT (SELECT min(name) FROM {table} WHERE name > names.name)"
            " FROM names WHERE names.name IS NOT NULL)"
            " SELECT name FROM names WHERE name IS NOT NULL"
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


def _link_key(entry: Entry | EntryDraft) -> tuple[object, ...]:
    """What the link tables hold of an entry (they carry its day too)."""
    return (
        entry.day,
        frozenset(entry.emotions),
        frozenset(entry.tags),
        frozenset(entry.activities),
    )


def _written_values(entry: Entry | EntryDraft) -> tuple[Any, ...]:
    """The values of the columns in _WRITTEN, in that order."""
    return (
        entry.day.isoformat(),
        entry.mood,
        int(entry.private),
        int(entry.discuss),
        entry.prompt_id,
        entry.title,
        entry.body,
    )


def _insert_batch(cursor: sqlcipher3.Cursor, batch: Sequence[EntryDraft], stamp: str) -> list[int]:
    """Write a batch of new entries and their links; their ids, in order.

    The ids are the ones SQLite would give (the table has no AUTOINCREMENT: max(id) + 1
    on), taken inside the caller's write transaction, so each link can be written with
    its entry's id in one `executemany` per table.
    """
    row = cursor.execute("SELECT coalesce(max(id), 0) FROM entries").fetchone()
    first = int(row[0]) + 1
    ids = list(range(first, first + len(batch)))
    cursor.executemany(
        f"INSERT INTO entries (id, {_WRITTEN}, created_at, updated_at)"  # noqa: S608
        f" VALUES (?, {_WRITTEN_MARKS}, ?, ?)",
        [
            (entry_id, *_written_values(draft), stamp, stamp)
            for entry_id, draft in zip(ids, batch, strict=True)
        ],
    )
    for kind, table in _LINK_TABLES.items():
        rows = [
            (entry_id, name, draft.day.isoformat())
            for entry_id, draft in zip(ids, batch, strict=True)
            for name in getattr(draft, kind)
        ]
        if rows:
            _insert_links(cursor, table, rows)
    return ids


def _insert_links(cursor: sqlcipher3.Cursor, table: str, rows: list[tuple[int, str, str]]) -> None:
    if table == "entry_activities":  # carries no day
        cursor.executemany(
            "INSERT OR IGNORE INTO entry_activities (entry_id, name) VALUES (?, ?)",
            [(entry_id, name) for entry_id, name, _day in rows],
        )
    else:
        cursor.executemany(
            f"INSERT OR IGNORE INTO {table} (entry_id, name, day) VALUES (?, ?, ?)",  # noqa: S608
            rows,
        )


def _words_of_all(drafts: Sequence[EntryDraft]) -> set[str]:
    """The words of many entries; ASCII texts, most of them, in one pass together."""
    plain: list[str] = []
    words: set[str] = set()
    for draft in drafts:
        for text in (draft.title, draft.body):
            if text.isascii():
                plain.append(text)
            else:
                words |= words_of(text)
    return words | words_of(" ".join(plain))  # the space keeps two texts' words apart


def _write_links(cursor: sqlcipher3.Cursor, entry_id: int, draft: EntryDraft) -> None:
    day = draft.day.isoformat()
    for name in draft.emotions:
        cursor.execute(
            "INSERT OR IGNORE INTO entry_emotions (entry_id, name, day) VALUES (?, ?, ?)",
            (entry_id, name, day),
        )
    for name in draft.tags:
        cursor.execute(
            "INSERT OR IGNORE INTO entry_tags (entry_id, name, day) VALUES (?, ?, ?)",
            (entry_id, name, day),
        )
    cursor.executemany(
        "INSERT OR IGNORE INTO entry_activities (entry_id, name) VALUES (?, ?)",
        [(entry_id, name) for name in draft.activities],
    )


_INDEX_TRIGGER = "entries_fts_after_insert"
# How much FTS5 gathers in memory before writing a segment: SQLite's default, and
# 64 MiB while an import indexes at its end (fewer, larger segments to merge: 100,000
# entries index in 16 s of CPU instead of 20 s at 16 MiB; memory is bounded by it,
# whatever the file's size; see benchmarks/RESULTS.md, Import).
_FTS_HASH_SIZE = 1024 * 1024
_BULK_HASH_SIZE = 64 * 1024 * 1024
# SQLite's page cache (in KiB, hence negative) while that statement runs, then back to
# what it was: the segments FTS5 writes and merges stay in memory instead of being
# encrypted, dropped and read back (10,000 entries: 0.70 -> 0.57 s of CPU for the index,
# the whole command 0.1 s less for 10 MB more at its peak; bounded, whatever the size).
_BULK_CACHE_SIZE = -32 * 1024
# The new entries in the index's own order (FTS5 also writes a segment whenever a rowid
# comes before the last one, and Daylio and Day One list the newest first). Only the
# small (rowid, id) pairs are sorted, in memory; each text is read after, in that
# order, so memory does not grow with the texts' size. The rowid is the trigger's:
# the entry's place in the list (schema, migration 1).
_INDEX_NEW_ENTRIES = """
    INSERT INTO entries_fts (rowid, title, body)
    SELECT place.rowid_in_index, entry.title, entry.body
    FROM (SELECT CAST(julianday(day) AS INTEGER) * 4294967296 + id AS rowid_in_index, id
          FROM entries WHERE id BETWEEN ? AND ?
          ORDER BY rowid_in_index LIMIT -1) AS place  -- LIMIT: sorted, never flattened
    CROSS JOIN entries AS entry ON entry.id = place.id
"""


def _suspend_index_trigger(cursor: sqlcipher3.Cursor) -> str:
    """Drop the trigger that indexes each new entry, inside the caller's transaction
    (a rollback or a kill brings it back with everything else); returns its SQL."""
    row = cursor.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_INDEX_TRIGGER,)
    ).fetchone()
    cursor.execute(f"DROP TRIGGER {_INDEX_TRIGGER}")
    return str(row[0])


def _index_at_end(cursor: sqlcipher3.Cursor, ids: Sequence[int], trigger: str) -> None:
    """Index the new entries in one statement, then put the trigger back.

    FTS5 writes what it has gathered to disk at the end of every statement, so
    a trigger indexing entry by entry leaves one small segment per entry that
    must then be merged again and again; one INSERT ... SELECT leaves a few large
    ones. New ids are all above those before (SQLite gives max(id) + 1 and the
    transaction holds the write lock), so the range finds exactly them.
    """
    if ids:
        hash_size = _fts_setting(cursor, "hashsize", _FTS_HASH_SIZE)
        cache_size = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {_BULK_CACHE_SIZE}")
        try:
            _set_fts_setting(cursor, "hashsize", _BULK_HASH_SIZE)
            cursor.execute(_INDEX_NEW_ENTRIES, (min(ids), max(ids)))
            _set_fts_setting(cursor, "hashsize", hash_size)  # writes out what it gathered
        finally:
            cursor.execute(f"PRAGMA cache_size = {cache_size}")
    cursor.execute(trigger)


def _fts_setting(cursor: sqlcipher3.Cursor, name: str, default: int) -> int:
    row = cursor.execute("SELECT v FROM entries_fts_config WHERE k = ?", (name,)).fetchone()
    return default if row is None else int(row[0])


def _set_fts_setting(cursor: sqlcipher3.Cursor, name: str, value: int) -> None:
    cursor.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES (?, ?)", (name, value))


def _text_words(entry: Entry | EntryDraft) -> set[str]:
    return words_of(entry.title) | words_of(entry.body)


def _remember_words(cursor: sqlcipher3.Cursor, entries: Iterable[Entry | EntryDraft]) -> None:
    words: set[str] = set()
    for entry in entries:
        words |= _text_words(entry)
    _remember_word_set(cursor, words)


def _remember_word_set(cursor: sqlcipher3.Cursor, words: set[str]) -> None:
    cursor.executemany(
        "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(w,) for w in words]
    )


def forget_unused_words(cursor: sqlcipher3.Cursor, words: set[str]) -> None:
    """Drop words no entry holds any more, so a deleted word leaves no trace."""
    for word in words:
        still_used = cursor.execute(
            "SELECT 1 FROM entries_fts WHERE entries_fts MATCH ? LIMIT 1", (f'"{word}"',)
        ).fetchone()
        if still_used is None:
            cursor.execute("DELETE FROM search_terms WHERE term = ?", (word,))


def list_key(day: dt.date, entry_id: int) -> int:
    """An entry's place in the list, as the search index's rowid (see schema, migration 1)."""
    return (day.toordinal() + _JULIAN_DAY_OF_ORDINAL_ZERO) * _ID_SPAN + entry_id


def _ordered_ids(where: EntryFilter, match: str | None) -> tuple[str, list[Any]]:
    """SQL for the ids matching `where`, newest first, that reads no entry's text.

    Without a search it walks the covering list index. With a search it walks
    the search index, whose rowids are already in list order, so the first
    page of matches costs the same however many entries match.
    """
    # With a search, the date range becomes a range of search-index rowids instead.
    conditions, parameters = _conditions(where, with_dates=match is None)
    if match is None and (where.tags or where.emotions):
        return _ordered_by_link(where)
    if match is None:
        clause = ("WHERE " + " AND ".join(conditions)) if conditions else ""
        return (
            f"SELECT id FROM entries INDEXED BY entries_listing {clause}"  # noqa: S608
            " ORDER BY day DESC, id DESC",
            parameters,
        )
    key_range, key_parameters = _key_range(where)
    if not conditions:
        return (
            "SELECT rowid & 4294967295 FROM entries_fts"  # noqa: S608
            f" WHERE entries_fts MATCH ?{key_range} ORDER BY rowid DESC",
            [match, *key_parameters],
        )
    return (
        "SELECT entries.id FROM entries_fts JOIN entries"  # noqa: S608
        " ON entries.id = (entries_fts.rowid & 4294967295)"
        f" WHERE entries_fts MATCH ?{key_range} AND {' AND '.join(conditions)}"
        " ORDER BY entries_fts.rowid DESC",
        [match, *key_parameters, *parameters],
    )


def _ordered_by_link(where: EntryFilter) -> tuple[str, list[Any]]:
    """Walk the first tag's (or emotion's) index in list order; check the rest per entry."""
    if where.tags:
        table, name = "entry_tags", where.tags[0]
        rest = dataclasses.replace(where, tags=where.tags[1:], date_from=None, date_to=None)
    else:
        table, name = "entry_emotions", where.emotions[0]
        rest = dataclasses.replace(where, emotions=where.emotions[1:], date_from=None, date_to=None)
    clauses, parameters = ["link.name = ?"], [name]
    if where.date_from is not None:
        clauses.append("link.day >= ?")
        parameters.append(where.date_from.isoformat())
    if where.date_to is not None:
        clauses.append("link.day <= ?")
        parameters.append(where.date_to.isoformat())
    conditions, more = _conditions(rest, with_dates=False)
    join = " JOIN entries ON entries.id = link.entry_id" if conditions else ""
    return (
        f"SELECT link.entry_id FROM {table} AS link INDEXED BY {table}_listing{join}"  # noqa: S608
        f" WHERE {' AND '.join(clauses + conditions)}"
        " ORDER BY link.day DESC, link.entry_id DESC",
        parameters + more,
    )


def _key_range(where: EntryFilter) -> tuple[str, list[Any]]:
    clause, parameters = "", []
    if where.date_from is not None:
        clause += " AND entries_fts.rowid >= ?"
        parameters.append(list_key(where.date_from, 0))
    if where.date_to is not None and where.date_to < dt.date.max:
        clause += " AND entries_fts.rowid < ?"
        parameters.append(list_key(where.date_to + dt.timedelta(days=1), 0))
    return clause, parameters


def _conditions(where: EntryFilter, with_dates: bool) -> tuple[list[str], list[Any]]:
    """Conditions on the entries table, each answerable from an index."""
    clauses: list[str] = []
    parameters: list[Any] = []

    def add(clause: str, *values: Any) -> None:
        clauses.append(clause)
        parameters.extend(values)

    if where.date_from is not None and with_dates:
        add("entries.day >= ?", where.date_from.isoformat())
    if where.date_to is not None and with_dates:
        add("entries.day <= ?", where.date_to.isoformat())
    if where.mood_min is not None:
        add("entries.mood >= ?", where.mood_min)
    if where.mood_max is not None:
        add("entries.mood <= ?", where.mood_max)
    if not where.include_private:
        add("entries.private = 0")
    if where.discuss_only:
        # From the small index of flagged entries: the flag is stored after the body.
        add(
            "entries.id IN (SELECT id FROM entries AS flagged INDEXED BY entries_to_discuss"
            " WHERE flagged.discuss = 1)"
        )
    for tag in where.tags:
        add("entries.id IN (SELECT entry_id FROM entry_tags WHERE name = ?)", tag)
    for emotion in where.emotions:
        add("entries.id IN (SELECT entry_id FROM entry_emotions WHERE name = ?)", emotion)
    if where.ids is not None:
        add(f"entries.id IN ({','.join('?' * len(where.ids))})", *where.ids)
    return clauses, parameters


def _entry_from_row(
    row: Row,
    emotions: tuple[str, ...],
    tags: tuple[str, ...],
    activities: tuple[str, ...],
) -> Entry:
    entry_id, day, created, updated, title, body, mood, private, prompt_id, discuss = row
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
        discuss=bool(discuss),
    )


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield list(ids[start : start + _IN_CHUNK])
