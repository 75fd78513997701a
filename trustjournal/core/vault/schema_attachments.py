"""Migration 10: pictures and files attached to entries (docs/decisions/0007-attachments.md).

Kept apart from schema.py so that file stays under the house's 400 lines; schema.py
puts it in its place in the ordered tuple.
"""

from __future__ import annotations

_ATTACHMENTS = """
    -- The bytes live inside the encrypted database, in 1 MiB chunks, so backups, restore,
    -- rekey, doctor and every transaction's all-or-nothing cover them as they cover words.
    -- One stored copy per content (its SHA-256, readable only inside the database):
    -- the same picture attached twice is kept once, while anything still uses it.
    CREATE TABLE attachment_blobs (
        id      INTEGER PRIMARY KEY,
        digest  BLOB    NOT NULL UNIQUE,
        size    INTEGER NOT NULL CHECK (size >= 0)
    );
    CREATE TABLE attachment_chunks (
        blob_id  INTEGER NOT NULL REFERENCES attachment_blobs (id) ON DELETE CASCADE,
        seq      INTEGER NOT NULL,
        data     BLOB    NOT NULL,
        UNIQUE (blob_id, seq)
    );

    -- Small columns first, the caption last; the bytes are never in this row.
    CREATE TABLE attachments (
        id          INTEGER PRIMARY KEY,
        entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        blob_id     INTEGER NOT NULL REFERENCES attachment_blobs (id),
        thumb_id    INTEGER REFERENCES attachment_blobs (id),
        size        INTEGER NOT NULL,
        width       INTEGER,
        height      INTEGER,
        taken       TEXT,
        added_at    TEXT    NOT NULL,
        media_type  TEXT    NOT NULL,
        name        TEXT    NOT NULL,
        caption     TEXT    NOT NULL DEFAULT ''
    );
    CREATE INDEX attachments_by_entry ON attachments (entry_id, id);
    CREATE INDEX attachments_by_blob ON attachments (blob_id);
    CREATE INDEX attachments_by_thumb ON attachments (thumb_id) WHERE thumb_id IS NOT NULL;

    -- Bytes leave with the last attachment that used them (a removal, a rotation, or
    -- the entry's deletion through the cascade), in the same transaction.
    CREATE TRIGGER attachments_release_after_delete AFTER DELETE ON attachments BEGIN
        DELETE FROM attachment_blobs
            WHERE id IN (old.blob_id, old.thumb_id)
              AND NOT EXISTS (SELECT 1 FROM attachments
                              WHERE blob_id = attachment_blobs.id
                                 OR thumb_id = attachment_blobs.id);
    END;
    CREATE TRIGGER attachments_release_after_update AFTER UPDATE OF blob_id, thumb_id
    ON attachments BEGIN
        DELETE FROM attachment_blobs
            WHERE id IN (old.blob_id, old.thumb_id)
              AND NOT EXISTS (SELECT 1 FROM attachments
                              WHERE blob_id = attachment_blobs.id
                                 OR thumb_id = attachment_blobs.id);
    END;

    -- Captions are searched like the text: the entry's row in the search index holds
    -- its body followed by its captions, rewritten when either changes.
    DROP TRIGGER entries_fts_after_update;
    CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF day, title, body ON entries BEGIN
        DELETE FROM entries_fts
            WHERE rowid = CAST(julianday(old.day) AS INTEGER) * 4294967296 + old.id;
        INSERT INTO entries_fts (rowid, title, body)
            VALUES (CAST(julianday(new.day) AS INTEGER) * 4294967296 + new.id, new.title,
                    new.body || coalesce(char(10) || (SELECT group_concat(caption, char(10))
                                                      FROM attachments
                                                      WHERE entry_id = new.id), ''));
    END;
    CREATE TRIGGER attachments_fts_after_insert AFTER INSERT ON attachments
    WHEN new.caption != '' BEGIN
{reindex_new}    END;
    CREATE TRIGGER attachments_fts_after_caption AFTER UPDATE OF caption ON attachments BEGIN
{reindex_new}    END;
    CREATE TRIGGER attachments_fts_after_delete AFTER DELETE ON attachments
    WHEN old.caption != '' BEGIN
{reindex_old}    END;
"""


# Rewrites the search row of the entry that `ROW` (new or old) belongs to: its body
# followed by its attachments' captions. Three triggers share it.
_REINDEX = """        DELETE FROM entries_fts WHERE rowid = (
            SELECT CAST(julianday(day) AS INTEGER) * 4294967296 + id
            FROM entries WHERE id = ROW.entry_id);
        INSERT INTO entries_fts (rowid, title, body)
            SELECT CAST(julianday(day) AS INTEGER) * 4294967296 + id, title,
                   body || coalesce(char(10) || (SELECT group_concat(caption, char(10))
                                                 FROM attachments
                                                 WHERE entry_id = ROW.entry_id), '')
            FROM entries WHERE id = ROW.entry_id;
"""

# Written out once here, the same text every time: a migration never changes once released.
ATTACHMENTS = _ATTACHMENTS.replace("{reindex_new}", _REINDEX.replace("ROW.", "new.")).replace(
    "{reindex_old}", _REINDEX.replace("ROW.", "old.")
)
