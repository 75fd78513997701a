"""The path's migration on old journals: "roughly where you are" becomes the path's first
step, for who is writing, and a journal that never said stays at the start of its path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from unittest import mock

import pytest
import sqlcipher3
from golden_vault_kit import GOLDEN_PASSPHRASE, copy_of_golden_vault

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import database as database_module
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.schema import MIGRATIONS
from trustjournal.core.vault.vault import Vault

PATH_MIGRATION = next(i for i, m in enumerate(MIGRATIONS) if "CREATE TABLE path_moves" in m)


def journal_before_the_path(settings: dict[str, str]) -> Database:
    """An in-memory journal at the schema just before the path, with these settings."""
    database = Database(sqlcipher3.connect(":memory:"))
    with mock.patch.object(database_module, "MIGRATIONS", MIGRATIONS[:PATH_MIGRATION]):
        database.migrate()
    assert database.schema_version == PATH_MIGRATION
    with database.transaction() as cursor:
        for key, value in settings.items():
            cursor.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value))
            )
    return database


@pytest.mark.parametrize(
    ("role", "stage", "route", "phase"),
    [
        ("hurt", "early", "together", "atone"),
        ("involved", "middle", "together", "attune"),
        ("hurt", "later", "together", "attach"),
        ("individual", "early", "alone", "safety"),
        ("individual", "middle", "alone", "grief"),
        ("any", "later", "alone", "rebuilding"),
        (None, "middle", "alone", "grief"),
    ],
)
def test_where_you_are_becomes_the_paths_first_step(
    role: str | None, stage: str, route: str, phase: str
) -> None:
    settings = {"recovery_phase": stage} | ({"prompt_role": role} if role else {})
    database = journal_before_the_path(settings)
    database.migrate()
    rows = database.query("SELECT day, route, phase, kind, recorded_at FROM path_moves")
    assert [(r[1], r[2], r[3]) for r in rows] == [(route, phase, "start")]
    day, recorded_at = rows[0][0], rows[0][4]
    assert dt.date.fromisoformat(day) <= dt.datetime.now(dt.UTC).date()
    assert dt.datetime.fromisoformat(recorded_at).tzinfo is not None


@pytest.mark.parametrize("stage", ["unsaid", None])
def test_a_journal_that_never_said_where_it_is_has_no_step(stage: str | None) -> None:
    database = journal_before_the_path({"recovery_phase": stage} if stage else {})
    database.migrate()
    assert database.query("SELECT * FROM path_moves") == []


def test_the_golden_vault_opens_at_the_start_of_its_path_with_no_scores(tmp_path: Path) -> None:
    folder = copy_of_golden_vault(tmp_path / "golden")
    journal = Journal(Vault.unlock(folder, GOLDEN_PASSPHRASE))
    try:
        where = journal.path.where()
        assert (where.route, where.phase, where.history) == ("alone", "safety", ())
        assert journal.scores.listed() == []
        journal.scores.add("GAD-7", 6)
        assert [s.total for s in journal.scores.listed()] == [6]
    finally:
        journal.close()
