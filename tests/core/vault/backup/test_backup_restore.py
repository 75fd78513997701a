"""Encrypted backups and restoring them: checked first, never a plaintext byte, never a loss."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE, files_containing, snapshot

from trustjournal.core.errors import BackupDamaged, JournalAlreadyHere, VaultInUse, WrongPassphrase
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.backup import file_format as backup_format
from trustjournal.core.vault.backup.making import (
    BackupFile,
    backups_to_keep,
    list_backups,
    make_backup,
    prune_backups,
)
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def _backup_with(folder: Path, where: Path, *bodies: str) -> Path:
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        for body in bodies:
            journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), title="t", body=body))
        return make_backup(journal.vault, where, NOW)
    finally:
        journal.close()


def test_a_backup_is_one_file_named_for_its_time_with_no_plaintext(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    canary = f"canary-{uuid.uuid4().hex}"
    where = tmp_path / "drive"
    written = _backup_with(folder, where, f"a {canary} b")
    assert written.name == backup_format.backup_name(NOW)
    assert written.name.startswith("TrustJournal-backup-") and written.suffix == ".tjbackup"
    assert [path.name for path in where.iterdir()] == [written.name]
    assert files_containing(canary, [where, folder]) == []
    assert PASSPHRASE.encode() not in written.read_bytes()
    assert [item.path for item in list_backups(where)] == [written]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_restoring_into_an_empty_folder_rebuilds_the_journal(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, code = created_vault
    written = _backup_with(folder, tmp_path / "drive", "first", "second")
    target = tmp_path / "new-computer"
    restored = restore_backup(written, target, PASSPHRASE, NOW)
    assert restored.aside is None
    journal = Journal(Vault.unlock(target, PASSPHRASE))
    try:
        assert sorted(journal.entry(i).body for i in journal.entry_ids()) == ["first", "second"]
    finally:
        journal.close()
    other = tmp_path / "with-code"
    restore_backup(written, other, code, NOW)
    Vault.recover(other, code, NEW_PASSPHRASE, params=FLOOR).close()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_passphrase_of_the_day_opens_an_older_backup(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    written = _backup_with(folder, tmp_path / "drive", "kept")
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=FLOOR)
    vault.close()
    with pytest.raises(WrongPassphrase):
        restore_backup(written, tmp_path / "a", NEW_PASSPHRASE, NOW)
    assert not VaultPaths(tmp_path / "a").exists()
    restore_backup(written, tmp_path / "b", PASSPHRASE, NOW)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_journal_already_there_is_refused_unless_replaced_and_then_kept(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    written = _backup_with(folder, tmp_path / "drive", "in the backup")
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 2), body="written after the backup"))
    journal.close()
    before = snapshot(folder)
    with pytest.raises(JournalAlreadyHere):
        restore_backup(written, folder, PASSPHRASE, NOW)
    assert snapshot(folder) == before
    restored = restore_backup(written, folder, PASSPHRASE, NOW, replace=True)
    assert restored.aside is not None and restored.aside.parent == folder.parent
    kept = Journal(Vault.unlock(restored.aside, PASSPHRASE))
    try:
        assert "written after the backup" in [kept.entry(i).body for i in kept.entry_ids()]
    finally:
        kept.close()
    back = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert [back.entry(i).body for i in back.entry_ids()] == ["in the backup"]
    finally:
        back.close()


def test_an_open_journal_is_not_replaced(created_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = created_vault
    written = _backup_with(folder, tmp_path / "drive")
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse):
            restore_backup(written, folder, PASSPHRASE, NOW, replace=True)
    finally:
        vault.close()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("damage", ["truncate", "flip", "foreign", "empty", "header"])
def test_a_damaged_or_foreign_backup_changes_nothing(
    created_vault: tuple[Path, str], tmp_path: Path, damage: str
) -> None:
    folder, _ = created_vault
    written = _backup_with(folder, tmp_path / "drive", "something")
    data = bytearray(written.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) - 5000] ^= 0x10
    elif damage == "foreign":
        data = bytearray(b"PK\x03\x04" + bytes(2000))
    elif damage == "empty":
        data = bytearray()
    else:
        data[20] ^= 0x01
    written.write_bytes(bytes(data))
    target = tmp_path / "target"
    for replace_into in (target, folder):
        before = snapshot(replace_into) if replace_into.exists() else {}
        with pytest.raises(BackupDamaged) as raised:
            restore_backup(written, replace_into, PASSPHRASE, NOW, replace=True)
        assert len(str(raised.value).splitlines()) == 1
        assert (snapshot(replace_into) if replace_into.exists() else {}) == before
    assert not VaultPaths(target).exists()


@pytest.fixture
def model(created_vault: tuple[Path, str], tmp_path: Path) -> tuple[bytes, str]:
    """One real backup's bytes and its vault id: pruning removes only the journal's own."""
    written = _backup_with(created_vault[0], tmp_path / "model")
    return written.read_bytes(), backup_format.read_header(written).keyfile.vault_id


def _backup_at(folder: Path, when: dt.datetime, data: bytes) -> BackupFile:
    path = folder / f"TrustJournal-backup-{when:%Y-%m-%d-%H%M%S}.tjbackup"
    path.write_bytes(data)
    return BackupFile(path, when, len(data))


def test_seven_daily_and_four_weekly_backups_are_kept(
    tmp_path: Path, model: tuple[bytes, str]
) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    start = dt.datetime(2026, 1, 1, 20, 0)
    made = [
        _backup_at(drive, start + dt.timedelta(days=day, hours=hour), model[0])
        for day in range(60)
        for hour in (0, 1)
    ]
    kept = backups_to_keep(made)
    newest_day = (start + dt.timedelta(days=59)).date()
    days = sorted({item.made_at.date() for item in kept}, reverse=True)
    assert days[:7] == [newest_day - dt.timedelta(days=n) for n in range(7)]
    weeks = {tuple(item.made_at.isocalendar())[:2] for item in kept}
    assert len(weeks) == 4
    assert all(item.made_at.hour == 21 for item in kept)  # the newest of its day
    removed = prune_backups(drive, model[1], (start + dt.timedelta(days=61)).astimezone())
    assert len(removed) == len(made) - len(kept)
    assert {item.path for item in list_backups(drive)} == {item.path for item in kept}


def test_other_files_in_the_backup_folder_are_left_alone(
    tmp_path: Path, model: tuple[bytes, str]
) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "holiday.jpg").write_bytes(b"photo")
    (drive / "TrustJournal-backup-notes.txt").write_bytes(b"mine")
    for day in range(40):
        _backup_at(drive, dt.datetime(2026, 1, 1) + dt.timedelta(days=day), model[0])
    removed = prune_backups(drive, model[1], dt.datetime(2026, 3, 1).astimezone())
    assert len(removed) == 40 - 9  # 7 days, and 2 weeks' newest before them
    assert (drive / "holiday.jpg").exists()
    assert (drive / "TrustJournal-backup-notes.txt").exists()


def test_a_backup_whose_digest_matches_but_a_page_is_damaged_is_refused(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    written = _backup_with(folder, tmp_path / "drive", *("words " * 300 for _ in range(20)))
    vault = Vault.unlock(folder, PASSPHRASE)
    data_key = vault.data_key()  # resealed with the journal's own key: the seal holds
    vault.close()
    header = backup_format.verify(written, data_key)
    database = b"".join(backup_format.database_chunks(written, data_key, header))
    damaged = bytearray(database)
    damaged[len(damaged) // 2] ^= 0x20  # a page in the middle, as a failing disk might
    source = tmp_path / "damaged.db"
    source.write_bytes(bytes(damaged))
    with (tmp_path / "resealed.tjbackup").open("wb") as handle:
        backup_format.write(handle, header, source, data_key)
    with pytest.raises(BackupDamaged):
        restore_backup(tmp_path / "resealed.tjbackup", tmp_path / "target", PASSPHRASE, NOW)
    assert not (tmp_path / "target").exists()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_two_restores_in_the_same_second_keep_both_journals(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    first = _backup_with(folder, tmp_path / "drive", "first")
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 2), body="only here"))
    journal.close()
    restore_backup(first, folder, PASSPHRASE, NOW, replace=True)
    restore_backup(first, folder, PASSPHRASE, NOW, replace=True)
    asides = sorted(folder.parent.glob("vault-before-restore-*"))
    assert len(asides) == 2
    kept = Journal(Vault.unlock(asides[0], PASSPHRASE))
    try:
        assert "only here" in [kept.entry(i).body for i in kept.entry_ids()]
    finally:
        kept.close()
