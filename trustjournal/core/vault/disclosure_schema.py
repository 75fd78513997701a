"""Migration 9, in a module of its own so schema.py stays short: the disclosure
workspace, unsent letters and transparency arrangements (issue 24).

Preparation notes (the checklist, the topics typed in from a partner's list, the
disclosure letter draft) sit in their own rows, outside the entries' search index, so
"Delete the preparation notes" is a few DELETEs; secure_delete (on for every
connection) overwrites what they held.
"""

from __future__ import annotations

DISCLOSURE_TABLES = """
    CREATE TABLE disclosure_questions (
        id          INTEGER PRIMARY KEY,
        state       TEXT    NOT NULL DEFAULT 'open'
                    CHECK (state IN ('open', 'partly', 'answered')),
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL,
        text        TEXT    NOT NULL
    );

    CREATE TABLE disclosure_topics (
        id          INTEGER PRIMARY KEY,
        source      TEXT    NOT NULL CHECK (source IN ('mine', 'partner')),
        created_at  TEXT    NOT NULL,
        text        TEXT    NOT NULL
    );
    CREATE INDEX disclosure_topics_by_source ON disclosure_topics (source, id);

    CREATE TABLE disclosure_meetings (
        id          INTEGER PRIMARY KEY,
        planned     TEXT,
        held        TEXT,
        created_at  TEXT    NOT NULL,
        note        TEXT    NOT NULL DEFAULT ''
    );

    CREATE TABLE disclosure_ledger (
        id          INTEGER PRIMARY KEY,
        day         TEXT    NOT NULL,
        new         INTEGER NOT NULL CHECK (new IN (0, 1)),
        created_at  TEXT    NOT NULL,
        told        TEXT    NOT NULL
    );
    CREATE INDEX disclosure_ledger_by_day ON disclosure_ledger (day, id);

    CREATE TABLE disclosure_checklist (
        id          INTEGER PRIMARY KEY,
        done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        created_at  TEXT    NOT NULL,
        text        TEXT    NOT NULL
    );

    CREATE TABLE letters (
        id          INTEGER PRIMARY KEY,
        kind        TEXT    NOT NULL
                    CHECK (kind IN ('impact', 'amends', 'self', 'disclosure')),
        created_at  TEXT    NOT NULL,
        updated_at  TEXT    NOT NULL,
        title       TEXT    NOT NULL DEFAULT '',
        body        TEXT    NOT NULL DEFAULT ''
    );
    CREATE INDEX letters_by_kind ON letters (kind, id);

    -- A transparency arrangement is an agreement with a start, an end and both yeses;
    -- its review day is the agreement's own.
    CREATE TABLE arrangements (
        agreement_id  INTEGER PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
        kind          TEXT    NOT NULL
                      CHECK (kind IN ('location', 'phone', 'calls', 'passwords')),
        starts        TEXT    NOT NULL,
        ends          TEXT    NOT NULL,
        my_yes        TEXT,
        partner_yes   TEXT,
        paused_on     TEXT,
        ended_on      TEXT,
        CHECK (ends >= starts)
    );
    CREATE INDEX arrangements_by_span ON arrangements (starts, ends);
"""
