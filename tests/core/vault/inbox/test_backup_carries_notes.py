"""Backups carry the notes waiting in the inbox, still sealed, and a restore brings them back
with the capture key; a backup without notes stays in the format older versions read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from inbox_kit import capture, review
from testkit import PASSPHRASE, files_containing

from trustjournal.core.errors import BackupDamaged
from trustjournal.core.vault.backup import file_format
from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
CANARY = "ochre-finch-carried-sealed"


def _backup(folder: Path, drive: Path) -> Path:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return make_backup(vault, drive, NOW)
    finally:
        vault.close()


def test_a_restore_brings_back_the_waiting_notes_still_sealed(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = created_vault
    capture(folder, f"{CANARY} one")
    capture(folder, f"{CANARY} two")
    backup = _backup(folder, tmp_path / "drive")
    assert file_format.read_header(backup).version == file_format.WITH_NOTES_VERSION
    assert files_containing(CANARY, [tmp_path / "drive"]) == []
    elsewhere = tmp_path / "restored"
    restore_backup(backup, elsewhere, PASSPHRASE, NOW)
    assert (
        VaultPaths(elsewhere).capture_key.read_bytes()
        == VaultPaths(folder).capture_key.read_bytes()
    )
    journal, notes = review(elsewhere)
    try:
        assert not journal.vault.capture_key_mended
        intake = notes.open()
        assert sorted(n.note.text for n in intake.notes) == [f"{CANARY} one", f"{CANARY} two"]
        assert intake.set_aside == ()
    finally:
        journal.close()


def test_a_backup_without_notes_keeps_the_older_format(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = created_vault
    backup = _backup(folder, tmp_path / "drive")
    assert file_format.read_header(backup).version == file_format.FORMAT_VERSION
    restore_backup(backup, tmp_path / "restored", PASSPHRASE, NOW)
    assert VaultPaths(tmp_path / "restored").capture_key.exists()


def test_a_changed_byte_among_the_carried_notes_refuses_the_restore(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = created_vault
    capture(folder, "carried")
    backup = _backup(folder, tmp_path / "drive")
    data = bytearray(backup.read_bytes())
    data[-40] ^= 1  # inside the last note, before the seal
    backup.write_bytes(bytes(data))
    with pytest.raises(BackupDamaged):
        restore_backup(backup, tmp_path / "restored", PASSPHRASE, NOW)
    assert not VaultPaths(tmp_path / "restored").exists()


def test_a_restore_over_a_journal_moves_its_waiting_notes_aside_with_it(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """The old journal's notes are sealed to its own key: left in the inbox they would meet
    the restored journal as notes it cannot open. They go aside with the journal they
    belong to, and only the backup's notes wait."""
    folder, _code = created_vault
    capture(folder, "carried by the backup")
    backup = _backup(folder, tmp_path / "drive")
    later = capture(folder, "written after the backup")
    restored = restore_backup(backup, folder, PASSPHRASE, NOW, replace=True)
    assert restored.aside is not None
    waiting = inbox.waiting_names(folder)
    assert later.name not in [path.name for path in waiting]
    assert len(waiting) == 1
    assert (restored.aside / VaultPaths(folder).inbox.name / later.name).is_file()
