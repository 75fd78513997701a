"""SQL for attachments: their rows, and their bytes in 1 MiB chunks (decision 0007)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Sequence

import sqlcipher3

from trustjournal.core.clock import to_iso
from trustjournal.core.errors import NotFound
from trustjournal.core.records.attachments import Attachment, Intake
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.entries import forget_unused_words
from trustjournal.core.vault.stores.search_query import words_of

CHUNK = 1 << 20  # a chunk is read and written whole; 1 MiB keeps a picture's memory small
_COLUMNS = "id, entry_id, name, media_type, size, caption, width, height, taken, thumb_id"
_IN_CHUNK = 500


class AttachmentStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- writing --------------------------------------------------------------------

    def add(self, entry_id: int, intake: Intake, now: dt.datetime) -> int:
        """The bytes, the thumbnail and the row in one transaction: all of it, or nothing."""
        with self._db.transaction() as cursor:
            _require_entry(cursor, entry_id)
            return insert_attachment(cursor, entry_id, intake, now)

    def replace_bytes(self, attachment_id: int, intake: Intake) -> None:
        """New bytes for an attachment (a rotated picture); the old go if nothing uses them."""
        with self._db.transaction() as cursor:
            blob_id = _keep_bytes(cursor, intake.data)
            thumb_id = None if intake.thumbnail is None else _keep_bytes(cursor, intake.thumbnail)
            cursor.execute(
                "UPDATE attachments SET blob_id = ?, thumb_id = ?, size = ?, width = ?,"
                " height = ? WHERE id = ?",
                (blob_id, thumb_id, len(intake.data), intake.width, intake.height, attachment_id),
            )
            _require_changed(cursor)

    def set_caption(self, attachment_id: int, caption: str) -> None:
        with self._db.transaction() as cursor:
            old_caption = _caption_of(cursor, attachment_id)
            cursor.execute(
                "UPDATE attachments SET caption = ? WHERE id = ?", (caption, attachment_id)
            )
            _remember_words(cursor, words_of(caption))
            forget_unused_words(cursor, words_of(old_caption) - words_of(caption))

    def remove(self, attachment_id: int) -> None:
        """The row goes; its bytes go too unless another attachment uses them (a trigger)."""
        with self._db.transaction() as cursor:
            old_caption = _caption_of(cursor, attachment_id)
            cursor.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            forget_unused_words(cursor, words_of(old_caption))

    # -- reading --------------------------------------------------------------------

    def get(self, attachment_id: int) -> Attachment:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",  # noqa: S608
            (attachment_id,),
        )
        if row is None:
            raise NotFound()
        return _attachment(row)

    def of_entry(self, entry_id: int) -> list[Attachment]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM attachments WHERE entry_id = ? ORDER BY id",  # noqa: S608
            (entry_id,),
        )
        return [_attachment(row) for row in rows]

    def of_entries(self, entry_ids: Sequence[int]) -> dict[int, list[Attachment]]:
        """Each entry's attachments, read a few hundred entries at a time."""
        found: dict[int, list[Attachment]] = {}
        for start in range(0, len(entry_ids), _IN_CHUNK):
            part = list(entry_ids[start : start + _IN_CHUNK])
            marks = ", ".join("?" * len(part))
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM attachments"  # noqa: S608
                f" WHERE entry_id IN ({marks}) ORDER BY entry_id, id",
                part,
            )
            for row in rows:
                found.setdefault(int(row[1]), []).append(_attachment(row))
        return found

    def counts(self, entry_ids: Sequence[int]) -> dict[int, int]:
        """How many attachments each of these entries has (entries with none left out):
        the list's mark, read with each batch of rows (the index on entry_id answers it)."""
        found: dict[int, int] = {}
        for start in range(0, len(entry_ids), _IN_CHUNK):
            part = list(entry_ids[start : start + _IN_CHUNK])
            marks = ", ".join("?" * len(part))
            rows = self._db.query(
                "SELECT entry_id, count(*) FROM attachments"  # noqa: S608
                f" WHERE entry_id IN ({marks}) GROUP BY entry_id",
                part,
            )
            found.update((int(row[0]), int(row[1])) for row in rows)
        return found

    def content(self, attachment_id: int) -> bytes:
        return b"".join(self.chunks(attachment_id))

    def chunks(self, attachment_id: int) -> Iterator[bytes]:
        """The attachment's bytes a chunk at a time, so saving one out holds 1 MiB."""
        yield from self._chunks_of("blob_id", attachment_id)

    def thumbnail(self, attachment_id: int) -> bytes | None:
        data = b"".join(self._chunks_of("thumb_id", attachment_id))
        return data or None

    def _chunks_of(self, column: str, attachment_id: int) -> Iterator[bytes]:
        row = self._db.query_one(
            f"SELECT {column} FROM attachments WHERE id = ?",  # noqa: S608
            (attachment_id,),
        )
        if row is None:
            raise NotFound()
        if row[0] is None:
            return
        count = self._db.query_one(
            "SELECT count(*) FROM attachment_chunks WHERE blob_id = ?", (row[0],)
        )
        for seq in range(int(count[0]) if count else 0):
            chunk = self._db.query_one(
                "SELECT data FROM attachment_chunks WHERE blob_id = ? AND seq = ?", (row[0], seq)
            )
            if chunk is not None:
                yield bytes(chunk[0])


def insert_attachment(
    cursor: sqlcipher3.Cursor, entry_id: int, intake: Intake, now: dt.datetime
) -> int:
    """Keep a prepared file with its entry inside a transaction already begun (an import
    writes an entry's pictures in the same transaction as the entry)."""
    blob_id = _keep_bytes(cursor, intake.data)
    thumb_id = None if intake.thumbnail is None else _keep_bytes(cursor, intake.thumbnail)
    cursor.execute(
        "INSERT INTO attachments (entry_id, blob_id, thumb_id, size, width, height,"
        " taken, added_at, media_type, name, caption) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry_id,
            blob_id,
            thumb_id,
            len(intake.data),
            intake.width,
            intake.height,
            None if intake.taken is None else intake.taken.isoformat(),
            to_iso(now),
            intake.media_type,
            intake.name,
            intake.caption,
        ),
    )
    _remember_words(cursor, words_of(intake.caption))  # found as typed, like set_caption's
    return int(cursor.lastrowid or 0)


def _require_entry(cursor: sqlcipher3.Cursor, entry_id: int) -> None:
    if cursor.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
        raise NotFound()


def _require_changed(cursor: sqlcipher3.Cursor) -> None:
    if cursor.rowcount == 0:
        raise NotFound()


def _keep_bytes(cursor: sqlcipher3.Cursor, data: bytes) -> int:
    """The id of a stored copy of `data`, storing it only when no copy is kept yet."""
    digest = hashlib.sha256(data).digest()
    row = cursor.execute("SELECT id FROM attachment_blobs WHERE digest = ?", (digest,)).fetchone()
    if row is not None:
        return int(row[0])
    cursor.execute("INSERT INTO attachment_blobs (digest, size) VALUES (?, ?)", (digest, len(data)))
    blob_id = int(cursor.lastrowid or 0)
    view = memoryview(data)
    cursor.executemany(
        "INSERT INTO attachment_chunks (blob_id, seq, data) VALUES (?, ?, ?)",
        (
            (blob_id, seq, view[start : start + CHUNK])
            for seq, start in enumerate(range(0, max(len(data), 1), CHUNK))
        ),
    )
    return blob_id


def _remember_words(cursor: sqlcipher3.Cursor, words: set[str]) -> None:
    cursor.executemany(
        "INSERT OR IGNORE INTO search_terms (term) VALUES (?)", [(word,) for word in words]
    )


def _attachment(row: Row) -> Attachment:
    return Attachment(
        id=int(row[0]),
        entry_id=int(row[1]),
        name=str(row[2]),
        media_type=str(row[3]),
        size=int(row[4]),
        caption=str(row[5]),
        width=None if row[6] is None else int(row[6]),
        height=None if row[7] is None else int(row[7]),
        taken=None if row[8] is None else dt.date.fromisoformat(str(row[8])),
        has_thumbnail=row[9] is not None,
    )


def _caption_of(cursor: sqlcipher3.Cursor, attachment_id: int) -> str:
    """The attachment's caption; NotFound when there is no such attachment."""
    row = cursor.execute(
        "SELECT caption FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    if row is None:
        raise NotFound()
    return str(row[0])
