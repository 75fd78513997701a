"""The database schema as ordered migrations; `PRAGMA user_version` counts those applied.

A migration is never edited once released: add a new one at the end instead.
"""

from __future__ import annotations

from trustjournal.core.vault.disclosure_schema import DISCLOSURE_TABLES
from trustjournal.core.vault.schema_attachments import ATTACHMENTS

MIGRATIONS: tuple[str, ...] = (
    # 1: entries with their emotions, tags and activities, full-text search, settings.
    """
    -- Small columns first and the body last, so reading a row's date, mood or flags
    -- never has to decrypt the body's overflow pages.
    CREATE TABLE entries (
        id          INTEGER PRIMARY KEY,
        day         TEXT    NOT NULL,
        mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
        private     INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
        prompt_id   TEXT,
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL,
        title       TEXT    NOT NULL DEFAULT '',
        body        TEXT    NOT NULL DEFAULT ''
    );
    -- The list's order, covering the columns filters read, so lists never touch rows.
    CREATE INDEX entries_listing ON entries (day DESC, id DESC, mood, private);
    CREATE INDEX entries_by_mood ON entries (mood, day);
    CREATE INDEX entries_by_prompt ON entries (prompt_id) WHERE prompt_id IS NOT NULL;

    -- Emotions and tags carry the entry's day, so a list filtered by one of them is
    -- read in list order straight from its index, however many entries carry it.
    CREATE TABLE entry_emotions (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        day      TEXT    NOT NULL,  -- the entry's day, kept in step by the store
        PRIMARY KEY (entry_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entry_emotions_listing ON entry_emotions (name, day DESC, entry_id DESC);

    CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        day      TEXT    NOT NULL,  -- the entry's day, kept in step by the store
        PRIMARY KEY (entry_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entry_tags_listing ON entry_tags (name, day DESC, entry_id DESC);

    CREATE TABLE entry_activities (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        name     TEXT    NOT NULL,
        PRIMARY KEY (entry_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entry_activities_by_name ON entry_activities (name, entry_id);

    -- The search index keeps no copy of the text (contentless). Its rowid is the
    -- entry's place in the list, the day's number times 2^32 plus the id, so
    -- "newest matches first" is read straight off the index, however many match.
    CREATE VIRTUAL TABLE entries_fts USING fts5 (
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        -- Prefix indexes make the first keystrokes of search-as-you-type, when the
        -- most words match, as cheap as a whole word.
        prefix = '2 3 4'
    );
    -- Deleted words must not linger in the index's pages either.
    INSERT INTO entries_fts (entries_fts, rank) VALUES ('secure-delete', 1);

    CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, title, body)
            VALUES (CAST(julianday(new.day) AS INTEGER) * 4294967296 + new.id,
                    new.title, new.body);
    END;
    CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
        DELETE FROM entries_fts
            WHERE rowid = CAST(julianday(old.day) AS INTEGER) * 4294967296 + old.id;
    END;
    CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF day, title, body ON entries BEGIN
        DELETE FROM entries_fts
            WHERE rowid = CAST(julianday(old.day) AS INTEGER) * 4294967296 + old.id;
        INSERT INTO entries_fts (rowid, title, body)
            VALUES (CAST(julianday(new.day) AS INTEGER) * 4294967296 + new.id,
                    new.title, new.body);
    END;

    -- Every word the search index holds, so a long prefix typed in the search box
    -- can be expanded into the words it stands for (see search_query.py). Words
    -- leave this list when the last entry holding them is changed or deleted.
    CREATE TABLE search_terms (
        term TEXT PRIMARY KEY
    ) WITHOUT ROWID;

    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 2: trust check-ins, timeline events, agreements with their history, the person's own
    # prompts and which prompt of the day was shown when.
    """
    CREATE TABLE checkins (
        id             INTEGER PRIMARY KEY,
        day            TEXT    NOT NULL,
        created_at     TEXT    NOT NULL,
        updated_at     TEXT    NOT NULL,
        safety         INTEGER CHECK (safety BETWEEN 0 AND 10),
        honesty        INTEGER CHECK (honesty BETWEEN 0 AND 10),
        communication  INTEGER CHECK (communication BETWEEN 0 AND 10),
        respect        INTEGER CHECK (respect BETWEEN 0 AND 10),
        closeness      INTEGER CHECK (closeness BETWEEN 0 AND 10),
        affection      INTEGER CHECK (affection BETWEEN 0 AND 10),
        sexual         INTEGER CHECK (sexual BETWEEN 0 AND 10),
        overall        INTEGER CHECK (overall BETWEEN 0 AND 10),
        needs_met      TEXT    CHECK (needs_met IN ('yes', 'partly', 'no')),
        note           TEXT    NOT NULL DEFAULT ''
    );
    CREATE INDEX checkins_by_day ON checkins (day, id);

    CREATE TABLE agreements (
        id          INTEGER PRIMARY KEY,
        title       TEXT    NOT NULL,
        details     TEXT    NOT NULL DEFAULT '',
        made        TEXT    NOT NULL,
        review      TEXT,
        status      TEXT    NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'revised', 'retired')),
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
    );
    CREATE INDEX agreements_by_made ON agreements (made, id);
    CREATE INDEX agreements_by_review ON agreements (review) WHERE review IS NOT NULL;
    CREATE INDEX agreements_by_status ON agreements (status, made);

    CREATE TABLE agreement_history (
        id            INTEGER PRIMARY KEY,
        agreement_id  INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        status        TEXT    NOT NULL CHECK (status IN ('active', 'revised', 'retired')),
        changed_at    TEXT    NOT NULL
    );
    CREATE INDEX agreement_history_by_agreement ON agreement_history (agreement_id, id);

    CREATE TABLE events (
        id               INTEGER PRIMARY KEY,
        day              TEXT    NOT NULL,
        created_at       TEXT    NOT NULL,
        updated_at       TEXT    NOT NULL,
        kind             TEXT    NOT NULL CHECK (kind IN ('discovery', 'therapy', 'agreement',
                                 'setback', 'trigger', 'breakthrough', 'milestone', 'other')),
        title            TEXT    NOT NULL,
        note             TEXT    NOT NULL DEFAULT '',
        entry_id         INTEGER REFERENCES entries (id) ON DELETE SET NULL,
        agreement_id     INTEGER REFERENCES agreements (id) ON DELETE CASCADE,
        intensity        INTEGER CHECK (intensity BETWEEN 0 AND 10),
        minutes_to_calm  INTEGER CHECK (minutes_to_calm >= 0)
    );
    CREATE INDEX events_by_day ON events (day, id);
    CREATE INDEX events_by_kind ON events (kind, day);
    -- Foreign keys look these up when an entry or agreement is deleted.
    CREATE INDEX events_by_entry ON events (entry_id) WHERE entry_id IS NOT NULL;
    CREATE INDEX events_by_agreement ON events (agreement_id) WHERE agreement_id IS NOT NULL;

    -- AUTOINCREMENT: entries keep linking to "own-<id>" after a prompt is removed, so
    -- an id is never given to another prompt.
    CREATE TABLE own_prompts (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        theme       TEXT,
        text        TEXT    NOT NULL,
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
    );

    -- One prompt of the day per day, so it stays the same all day.
    CREATE TABLE prompts_shown (
        day        TEXT PRIMARY KEY,
        prompt_id  TEXT NOT NULL,
        shown_at   TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX prompts_shown_by_prompt ON prompts_shown (prompt_id, day);
    """,
    # 3: entries flagged "to discuss in therapy", for exports and the list's filter.
    """
    ALTER TABLE entries ADD COLUMN discuss INTEGER NOT NULL DEFAULT 0 CHECK (discuss IN (0, 1));
    -- The new column sits after the body, so a list never reads it from the row: it asks
    -- this small index of flagged entries instead (see entry_store._conditions).
    CREATE INDEX entries_to_discuss ON entries (day DESC, id DESC) WHERE discuss = 1;
    """,
    # 4 (import): where each imported entry came from, so importing the same file twice
    # adds nothing. `key` is the source's own id for the entry, or a digest of what it
    # held. The row goes with its entry, so a deleted entry leaves no digest behind.
    """
    CREATE TABLE import_sources (
        source    TEXT    NOT NULL,
        key       TEXT    NOT NULL,
        entry_id  INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        PRIMARY KEY (source, key)
    ) WITHOUT ROWID;
    CREATE INDEX import_sources_by_entry ON import_sources (entry_id);
    """,
    # 5: when it's hard: the person's own support contacts, and hard dates with a plan
    # written ahead (a date of its own, or the plan for a moment on the timeline).
    """
    CREATE TABLE support_contacts (
        id          INTEGER PRIMARY KEY,
        name        TEXT    NOT NULL,
        reach       TEXT    NOT NULL DEFAULT '',
        note        TEXT    NOT NULL DEFAULT '',
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL
    );

    -- A hard date linked to a moment takes its day and title from the moment, so
    -- moving the moment moves the date; its own day is kept only for dates without one.
    CREATE TABLE hard_dates (
        id            INTEGER PRIMARY KEY,
        event_id      INTEGER UNIQUE REFERENCES events (id) ON DELETE CASCADE,
        day           TEXT    NOT NULL,
        title         TEXT    NOT NULL,
        place         TEXT    NOT NULL DEFAULT '',
        reminder      TEXT    NOT NULL DEFAULT '',
        plan_will_do  TEXT    NOT NULL DEFAULT '',
        plan_reach    TEXT    NOT NULL DEFAULT '',
        plan_partner  TEXT    NOT NULL DEFAULT '',
        created_at    TEXT    NOT NULL,
        updated_at    TEXT    NOT NULL
    );
    """,
    # 6: check-ins two partners did together: one row each, and one row of answers per person.
    """
    CREATE TABLE together_checkins (
        id                INTEGER PRIMARY KEY,
        day               TEXT    NOT NULL,
        created_at        TEXT    NOT NULL,
        partner_consents  INTEGER NOT NULL DEFAULT 0 CHECK (partner_consents IN (0, 1)),
        went_well         TEXT    NOT NULL DEFAULT '',
        talk_about        TEXT    NOT NULL DEFAULT ''
    );
    CREATE INDEX together_checkins_by_day ON together_checkins (day, id);

    CREATE TABLE together_answers (
        checkin_id     INTEGER NOT NULL REFERENCES together_checkins (id) ON DELETE CASCADE,
        person         TEXT    NOT NULL CHECK (person IN ('owner', 'partner')),
        needs_met      TEXT    CHECK (needs_met IN ('yes', 'partly', 'no')),
        safety         INTEGER CHECK (safety BETWEEN 0 AND 10),
        honesty        INTEGER CHECK (honesty BETWEEN 0 AND 10),
        closeness      INTEGER CHECK (closeness BETWEEN 0 AND 10),
        affection      INTEGER CHECK (affection BETWEEN 0 AND 10),
        communication  INTEGER CHECK (communication BETWEEN 0 AND 10),
        sexual         INTEGER CHECK (sexual BETWEEN 0 AND 10),
        helped         TEXT    NOT NULL DEFAULT '',
        need_more      TEXT    NOT NULL DEFAULT '',
        appreciations  TEXT    NOT NULL DEFAULT '',
        try_this       TEXT    NOT NULL DEFAULT '',
        closing        TEXT    NOT NULL DEFAULT '',
        PRIMARY KEY (checkin_id, person)
    ) WITHOUT ROWID;
    """,
    # 7: capture key pairs for notes sealed while the journal is locked (decision 0006).
    # The current pair's public half is also beside the journal; an older pair keeps its
    # private half only while a waiting note is sealed to it, and its id after, so a note
    # sealed to it can be told apart from another journal's.
    """
    CREATE TABLE capture_keys (
        key_id       TEXT    PRIMARY KEY,
        public_key   BLOB    NOT NULL,
        private_key  BLOB,
        created_at   TEXT    NOT NULL,
        current      INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1))
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX capture_keys_current ON capture_keys (current) WHERE current = 1;
    """,
    # 8: the recovery path (each move with its day, the signposts checked) and the totals
    # of questionnaires a therapist asks for. "Roughly where you are" becomes the path's
    # first step: early, middle and later are the first, second and third phase of the
    # path that fits who is writing (together for either partner, on your own otherwise).
    """
    CREATE TABLE path_moves (
        id           INTEGER PRIMARY KEY,
        day          TEXT    NOT NULL,
        route        TEXT    NOT NULL CHECK (route IN ('together', 'alone')),
        phase        TEXT    NOT NULL,
        kind         TEXT    NOT NULL,
        recorded_at  TEXT    NOT NULL
    );
    CREATE INDEX path_moves_in_order ON path_moves (day, id);

    CREATE TABLE path_signposts (
        signpost_id  TEXT    PRIMARY KEY,
        day          TEXT    NOT NULL,
        checked_at   TEXT    NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE scores (
        id          INTEGER PRIMARY KEY,
        day         TEXT    NOT NULL,
        name        TEXT    NOT NULL,
        total       INTEGER NOT NULL,
        low         INTEGER NOT NULL,
        high        INTEGER NOT NULL,
        created_at  TEXT    NOT NULL,
        CHECK (low < high AND total BETWEEN low AND high)
    );
    CREATE INDEX scores_by_name ON scores (name, day, id);
    CREATE INDEX scores_by_day ON scores (day, id);

    INSERT INTO path_moves (day, route, phase, kind, recorded_at)
        SELECT date('now'), route,
               CASE stage WHEN '"early"' THEN first WHEN '"middle"' THEN second ELSE third END,
               'start', strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now')
        FROM (SELECT phases.value AS stage,
                     CASE WHEN roles.value IN ('"hurt"', '"involved"')
                          THEN 'together' ELSE 'alone' END AS route,
                     CASE WHEN roles.value IN ('"hurt"', '"involved"')
                          THEN 'atone' ELSE 'safety' END AS first,
                     CASE WHEN roles.value IN ('"hurt"', '"involved"')
                          THEN 'attune' ELSE 'grief' END AS second,
                     CASE WHEN roles.value IN ('"hurt"', '"involved"')
                          THEN 'attach' ELSE 'rebuilding' END AS third
              FROM settings AS phases
              LEFT JOIN settings AS roles ON roles.key = 'prompt_role'
              WHERE phases.key = 'recovery_phase'
                AND phases.value IN ('"early"', '"middle"', '"later"'));
    """,
    # 9: the disclosure workspace, unsent letters and transparency arrangements.
    DISCLOSURE_TABLES,
    # 10: pictures and files attached to entries, their bytes inside the database.
    ATTACHMENTS,
)

SCHEMA_VERSION = len(MIGRATIONS)
