"""Journals made by earlier versions keep opening: the committed golden vault and backup."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from golden_vault_kit import (
    EXPECTED_ENTRIES,
    GOLDEN_BACKUP,
    GOLDEN_PASSPHRASE,
    GOLDEN_RECOVERY_CODE_FILE,
    GOLDEN_SEALED_BACKUP,
    GOLDEN_VAULT,
    copy_of_golden_vault,
)
from testkit import NEW_PASSPHRASE, snapshot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import doctor
from trustjournal.core.vault.backup.restore import UNCHECKED_DATE, restore_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.schema import SCHEMA_VERSION
from trustjournal.core.vault.vault import Vault


def _assert_golden_contents(journal: Journal) -> None:
    entries = [journal.entry(entry_id) for entry_id in sorted(journal.entry_ids())]
    written = [{key: getattr(entry, key) for key in EXPECTED_ENTRIES[0]} for entry in entries]
    assert written == EXPECTED_ENTRIES
    assert all(
        entry.created_at == dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC) for entry in entries
    )
    timeline = journal.timeline(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [checkin.scores for checkin in timeline.checkins] == [{"safety": 4, "honesty": 6}]
    assert [event.title for event in timeline.events if event.kind == "therapy"] == [
        "First session"
    ]
    assert [agreement.title for agreement in journal.agreements.listed()] == ["Phones stay open"]
    assert journal.settings.get("theme") == "dark"
    assert journal.vault.database.schema_version == SCHEMA_VERSION


def test_the_golden_vault_opens_with_everything_in_it(tmp_path: Path) -> None:
    pristine = snapshot(GOLDEN_VAULT)
    folder = copy_of_golden_vault(tmp_path / "golden")
    journal = Journal(Vault.unlock(folder, GOLDEN_PASSPHRASE))
    try:
        _assert_golden_contents(journal)
        assert all(finding.ok for finding in doctor.check_database(journal.vault))
    finally:
        journal.close()
    assert snapshot(GOLDEN_VAULT) == pristine  # tests only ever open copies


def test_the_golden_recovery_code_still_opens_it(tmp_path: Path) -> None:
    folder = copy_of_golden_vault(tmp_path / "golden")
    code = GOLDEN_RECOVERY_CODE_FILE.read_text().strip()
    Vault.recover(folder, code, NEW_PASSPHRASE, params=FLOOR).close()


def test_the_golden_backup_restores(tmp_path: Path) -> None:
    restored = restore_backup(
        GOLDEN_BACKUP, tmp_path / "restored", GOLDEN_PASSPHRASE, dt.datetime.now(dt.UTC)
    )
    assert restored.made_at == dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
    assert not restored.date_checked  # version 1: a plain SHA-256, which anyone can recompute
    assert restored.date_note == UNCHECKED_DATE
    journal = Journal(Vault.unlock(tmp_path / "restored", GOLDEN_PASSPHRASE))
    try:
        _assert_golden_contents(journal)
    finally:
        journal.close()


def test_the_golden_sealed_backup_restores_with_its_date_checked(tmp_path: Path) -> None:
    """Version 2 is a promise too: a change to the seal's key derivation fails here."""
    code = GOLDEN_RECOVERY_CODE_FILE.read_text().strip()
    restored = restore_backup(
        GOLDEN_SEALED_BACKUP, tmp_path / "restored", code, dt.datetime.now(dt.UTC)
    )
    assert restored.made_at == dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
    assert restored.date_checked and restored.date_note == ""
    journal = Journal(Vault.unlock(tmp_path / "restored", GOLDEN_PASSPHRASE))
    try:
        _assert_golden_contents(journal)
    finally:
        journal.close()


def test_expected_fields_are_real_entry_fields() -> None:
    from trustjournal.core.records.entries import Entry

    names = {field.name for field in dataclasses.fields(Entry)}
    assert set(EXPECTED_ENTRIES[0]) <= names
