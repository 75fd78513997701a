"""The database schema as ordered migrations; `PRAGMA user_version` counts those applied.

A migration is never edited once released: add a new one at the end instead.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: entries with their emotions, tags and activities, full-text search, settings.
    """
    CREATE TABLE entries (
        id          INTEGER PRIMARY KEY,
        day         TEXT    NOT NULL,
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL,
        title       TEXT    NOT NULL DEFAULT '',
        body        TEXT    NOT NULL DEFAULT '',
        mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
        private     INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
        prompt_id   TEXT
    );
    CREATE INDEX entries_by_day ON entries (day DESC, id DESC);
    CREATE INDEX entries_by_mood ON entries (mood, day);
    CREATE INDEX entries_by_prompt ON entries (prompt_id) WHERE prompt_id IS NOT NULL;

    CREATE TABLE entry_emotions (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        PRIMARY KEY (entry_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entry_emotions_by_name ON entry_emotions (name, entry_id);

    CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        PRIMARY KEY (entry_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entry_tags_by_name ON entry_tags (name, entry_id);

    CREATE TABLE entry_activities (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        PRIMARY KEY (entry_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entry_activities_by_name ON entry_activities (name, entry_id);

    CREATE VIRTUAL TABLE entries_fts USING fts5 (
        title, body,
        content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    -- Deleted words must not linger in the index's pages either.
    INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);

    CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF title, body ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;

    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
