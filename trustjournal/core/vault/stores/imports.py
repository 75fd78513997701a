"""SQL for imports: entries written with where they came from, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence

import sqlcipher3

from trustjournal.core.records.attachments import Intake
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.attachments import insert_attachment
from trustjournal.core.vault.stores.entries import EntryStore

_KEYS_A_QUERY = 500  # below SQLite's smallest limit of bound values (999)
SourcedDraft = tuple[str, EntryDraft]  # (the key the source knows it by, the entry)


class ImportStore:
    """Which entries came from which source, so importing a file again adds nothing."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._entries = EntryStore(database)

    def known(self, source: str, key: str) -> bool:
        """True when an entry imported from `source` under `key` is in the journal."""
        row = self._db.query_one(
            "SELECT 1 FROM import_sources WHERE source = ? AND key = ?", (source, key)
        )
        return row is not None

    def known_keys(self, source: str, keys: Sequence[str]) -> set[str]:
        """Which of `keys` were imported from `source`: a query per few hundred keys, not
        one per key (10,000 notes checked at a review)."""
        found: set[str] = set()
        for start in range(0, len(keys), _KEYS_A_QUERY):
            chunk = keys[start : start + _KEYS_A_QUERY]
            marks = ", ".join("?" * len(chunk))
            rows = self._db.query(
                f"SELECT key FROM import_sources WHERE source = ? AND key IN ({marks})",  # noqa: S608 (only ? marks)
                (source, *chunk),
            )
            found.update(str(row[0]) for row in rows)
        return found

    def has_source(self, source: str) -> bool:
        """True when anything imported from `source` is in the journal."""
        row = self._db.query_one("SELECT 1 FROM import_sources WHERE source = ? LIMIT 1", (source,))
        return row is not None

    def holds(self, entry_id: int, created_at: str) -> bool:
        """True when the journal holds this very entry (our own export brought back)."""
        row = self._db.query_one(
            "SELECT 1 FROM entries WHERE id = ? AND created_at = ?", (entry_id, created_at)
        )
        return row is not None

    def insert(
        self,
        source: str,
        drafts: Iterable[SourcedDraft],
        now: dt.datetime,
        after_each: Callable[[int], None] | None = None,
        attachments: Callable[[str], Iterable[Intake]] | None = None,
        source_of: Callable[[str], str] | None = None,
    ) -> list[int]:
        """Write every entry with its key, in one transaction: all of them, or none.

        `drafts` is read lazily inside the transaction; `after_each(count)` is told
        how many are written so far and may raise to undo them all (a cancel).
        `attachments(key)` gives an entry's prepared files, kept with it, one at a time.
        `source_of(key)`, when given, names the source each key is remembered under
        (asked after its draft is read), in place of `source`.
        """
        named = source_of or (lambda _key: source)
        keys: list[str] = []  # of the drafts read, not yet written with their entries
        keys_of: dict[int, str] = {}  # the batch just written: entry id -> key
        count = 0

        def remember(cursor: sqlcipher3.Cursor, ids: Sequence[int]) -> None:
            cursor.executemany(
                "INSERT INTO import_sources (source, key, entry_id) VALUES (?, ?, ?)",
                [(named(key), key, entry_id) for key, entry_id in zip(keys, ids, strict=True)],
            )
            keys_of.clear()
            keys_of.update(zip(ids, keys, strict=True))
            keys.clear()

        def counted(cursor: sqlcipher3.Cursor, entry_id: int) -> None:
            nonlocal count
            count += 1
            if attachments is not None:
                for intake in attachments(keys_of[entry_id]):
                    insert_attachment(cursor, entry_id, intake, now)
            if after_each is not None:
                after_each(count)

        def drafts_only() -> Iterator[EntryDraft]:
            for key, draft in drafts:
                keys.append(key)
                yield draft

        return self._entries.insert_many(
            drafts_only(), now, on_inserted=counted, index_at_end=True, on_batch=remember
        )
