"""The vault on disk: creating, opening, changing the passphrase, recovery, damage, locking."""

from __future__ import annotations

import datetime as dt
import stat
import sys
from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE, snapshot

from trustjournal.core.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    KeyFileDamaged,
    KeyFileMissing,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter
from trustjournal.core.vault import doctor
from trustjournal.core.vault import vault as vault_module
from trustjournal.core.vault.database import Database, NewerSchema
from trustjournal.core.vault.keys.keyfile import FLOOR, Argon2Params, KeyFile
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.schema import SCHEMA_VERSION
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.vault import Vault

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _add_entries(folder: Path, *bodies: str) -> None:
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    for body in bodies:
        journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body=body))
    journal.close()


@posix_only
def test_the_folder_and_every_file_are_private(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    _add_entries(folder, "a first entry")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_second_vault_in_the_same_folder_is_refused(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    before = snapshot(folder)
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, params=FLOOR)
    assert snapshot(folder) == before


def test_a_weak_passphrase_is_refused_with_a_hint(data_dir: Path) -> None:
    with pytest.raises(WeakPassphrase, match="easy to guess"):
        Vault.create(data_dir, "password1", params=FLOOR)
    assert not VaultPaths(data_dir).exists()


def test_opening_an_empty_folder_says_there_is_no_journal(data_dir: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(data_dir, PASSPHRASE)


def test_a_wrong_passphrase_changes_nothing(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    before = snapshot(folder)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, "not the passphrase at all")
    assert snapshot(folder) == before


def test_the_database_is_hardened(journal: Journal) -> None:
    db = journal.vault.database
    assert db.query_one("PRAGMA journal_mode") == ("wal",)
    assert db.query_one("PRAGMA synchronous") == (2,)  # FULL
    assert db.query_one("PRAGMA foreign_keys") == (1,)
    assert db.query_one("PRAGMA secure_delete") == (1,)
    assert db.query_one("PRAGMA cipher_log_level") == ("NONE",)
    # Off by decision (docs/memory-security.md); once on, a process cannot turn it off.
    assert db.query_one("PRAGMA cipher_memory_security") == ("0",)
    assert db.schema_version == SCHEMA_VERSION


def test_the_database_file_is_not_plain_sqlite(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    assert not VaultPaths(folder).database.read_bytes().startswith(b"SQLite format 3")


def test_changing_the_passphrase_rewraps_without_reencrypting(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    _add_entries(folder, "written before the change")
    paths = VaultPaths(folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    database_before = paths.database.read_bytes()
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=FLOOR)
    assert paths.database.read_bytes() == database_before
    vault.close()
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    reopened = Journal(Vault.unlock(folder, NEW_PASSPHRASE))
    assert [e.body for e in reopened.entries()] == ["written before the change"]
    reopened.close()


def test_changing_needs_the_current_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    paths = VaultPaths(folder)
    keyfiles_before = (paths.keyfile.read_bytes(), paths.keyfile_backup.read_bytes())
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("a guess at the passphrase", NEW_PASSPHRASE, params=FLOOR)
    assert (paths.keyfile.read_bytes(), paths.keyfile_backup.read_bytes()) == keyfiles_before
    vault.close()
    Vault.unlock(folder, PASSPHRASE).close()


def test_the_recovery_code_sets_a_new_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    Vault.recover(folder, code, NEW_PASSPHRASE, params=FLOOR).close()
    Vault.unlock(folder, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)


def test_a_wrong_recovery_code_changes_nothing(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    before = snapshot(folder)
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(folder, wrong, NEW_PASSPHRASE, params=FLOOR)
    assert snapshot(folder) == before


def test_a_missing_key_file_is_said_plainly(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.keyfile.unlink()
    paths.keyfile_backup.unlink()
    with pytest.raises(KeyFileMissing):
        Vault.unlock(folder, PASSPHRASE)


def test_a_truncated_key_file_is_damage(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    for path in (paths.keyfile, paths.keyfile_backup):
        path.write_bytes(path.read_bytes()[:100])
    before = snapshot(folder)
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_the_backup_copy_opens_when_the_key_file_is_damaged(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.keyfile.write_bytes(paths.keyfile.read_bytes()[:50])
    Vault.unlock(folder, PASSPHRASE).close()
    findings = doctor.check_keyfile(paths)
    assert not findings[0].ok
    assert "backup copy is sound" in findings[0].text


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_a_damaged_first_page_is_damage_not_a_wrong_passphrase(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    _flip_byte(VaultPaths(folder).database, 100)
    with pytest.raises(DatabaseDamaged):
        Vault.unlock(folder, PASSPHRASE)


def _page_that_breaks_reading_but_not_opening(database: Path, data_key: bytes) -> int:
    """A page whose damage lets the journal open but breaks listing its entries."""
    pristine = database.read_bytes()
    page_size = 4096
    for page in range(len(pristine) // page_size - 1, 0, -1):
        _flip_byte(database, page * page_size + page_size // 2)
        try:
            opened = Database.open(database, data_key)
        except DatabaseDamaged:
            database.write_bytes(pristine)
            continue
        try:
            EntryStore(opened).page(EntryFilter(), limit=1000)
        except DatabaseDamaged:
            return page
        finally:
            opened.close()
            database.write_bytes(pristine)
    raise AssertionError("no page held entries")


def test_a_damaged_later_page_is_damage_when_read(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    _add_entries(folder, *(f"entry {number} " + "words " * 200 for number in range(30)))
    vault = Vault.unlock(folder, PASSPHRASE)
    data_key = bytes(vault._data_key)
    vault.close()
    database = VaultPaths(folder).database
    page = _page_that_breaks_reading_but_not_opening(database, data_key)
    _flip_byte(database, page * 4096 + 2048)
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        with pytest.raises(DatabaseDamaged):
            journal.entries(limit=1000)
        assert not doctor.check_database(journal.vault)[0].ok
    finally:
        journal.close()


def test_a_newer_schema_is_not_touched(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.database.query(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    vault.close()
    before = snapshot(folder)
    with pytest.raises(NewerSchema):
        Vault.unlock(folder, PASSPHRASE)
    assert snapshot(folder) == before  # no migration, no rewrite, no file left behind


def test_an_open_vault_cannot_be_opened_twice(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(VaultInUse):
        Vault.unlock(folder, PASSPHRASE)
    vault.close()
    Vault.unlock(folder, PASSPHRASE).close()


def test_closing_drops_the_key_and_the_connection(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    key = vault._data_key
    vault.close()
    assert not vault.is_open
    assert key == bytearray(len(key))


def test_a_sound_vault_passes_every_check(journal: Journal) -> None:
    paths = journal.vault.paths
    found = doctor.check_keyfile(paths) + doctor.check_database(journal.vault)
    assert all(f.ok for f in found), found


def test_a_closed_vault_cannot_change_its_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.close()
    before = paths.keyfile.read_bytes()
    with pytest.raises(VaultLocked):
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=FLOOR)
    assert paths.keyfile.read_bytes() == before
    Vault.unlock(folder, PASSPHRASE).close()


def test_a_missing_database_is_said_and_never_replaced(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        Vault.unlock(folder, PASSPHRASE)
    assert not paths.database.exists()


def test_a_full_disk_is_a_plain_sentence_and_loses_nothing(journal: Journal) -> None:
    kept = journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="kept"))
    pages = journal.vault.database.query_one("PRAGMA page_count")
    assert pages is not None
    journal.vault.database.query(f"PRAGMA max_page_count = {pages[0]}")
    with pytest.raises(DiskFull):
        journal.add_entry(EntryDraft(day=dt.date(2026, 3, 2), body="words " * 5000))
    assert journal.entry_ids() == [kept.id]


@posix_only
def test_a_folder_of_the_persons_own_keeps_its_mode(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    documents.chmod(0o755)
    (documents / "letter.txt").write_text("not ours")
    Vault.create(documents, PASSPHRASE, params=FLOOR)[0].close()
    assert stat.S_IMODE(documents.stat().st_mode) == 0o755
    for name in ("journal.db", "journal.key", "journal.key.bak"):
        assert stat.S_IMODE((documents / name).stat().st_mode) == 0o600


@pytest.mark.parametrize(("setting", "target"), [(None, 0.5), ("0.25", 0.25)])
def test_key_derivation_is_calibrated_to_the_chosen_time_or_half_a_second(
    monkeypatch: pytest.MonkeyPatch, setting: str | None, target: float
) -> None:
    if setting is None:
        monkeypatch.delenv(vault_module.KDF_TARGET_ENV, raising=False)
    else:
        monkeypatch.setenv(vault_module.KDF_TARGET_ENV, setting)
    asked: list[float] = []

    def calibrate(target_seconds: float) -> Argon2Params:
        asked.append(target_seconds)
        return FLOOR

    monkeypatch.setattr(vault_module, "calibrate", calibrate)
    assert vault_module.default_kdf_params() == FLOOR
    assert asked == [target]


STRONGER = Argon2Params(memory_kib=2 * FLOOR.memory_kib, time_cost=FLOOR.time_cost, lanes=4)
# Neither is the floor, which is what calibration gives under test (the target is 0 s).
OTHER = Argon2Params(memory_kib=FLOOR.memory_kib + 1024, time_cost=FLOOR.time_cost, lanes=4)


def _written_params(folder: Path) -> tuple[Argon2Params, Argon2Params]:
    paths = VaultPaths(folder)
    read = (KeyFile.from_bytes(p.read_bytes()) for p in (paths.keyfile, paths.keyfile_backup))
    primary, backup = (keyfile.passphrase_params() for keyfile in read)
    return primary, backup


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_chosen_key_parameters_are_the_ones_written(data_dir: Path) -> None:
    """Creating, changing and recovering each write the parameters asked for, not defaults."""
    vault, code = Vault.create(data_dir, PASSPHRASE, params=STRONGER)
    assert vault.keyfile.passphrase_params() == STRONGER
    assert _written_params(data_dir) == (STRONGER, STRONGER)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=OTHER)
    assert vault.keyfile.passphrase_params() == OTHER
    assert _written_params(data_dir) == (OTHER, OTHER)
    vault.close()
    recovered = Vault.recover(data_dir, code, PASSPHRASE, params=STRONGER)
    assert recovered.keyfile.passphrase_params() == STRONGER
    recovered.close()
    assert _written_params(data_dir) == (STRONGER, STRONGER)


@posix_only
def test_files_left_beside_the_database_are_made_private_on_opening(
    created_vault: tuple[Path, str],
) -> None:
    """A log a crash left, or a copy made with loose modes, is 0600 once the vault opens."""
    folder, _ = created_vault
    sidecars = [folder / "journal.db-wal", folder / "journal.db-shm"]
    for path in sidecars:
        path.touch()
        path.chmod(0o644)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        for path in sidecars:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        vault.close()


@posix_only
def test_a_journal_folder_copied_with_loose_modes_is_private_once_opened(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    folder.chmod(0o755)
    Vault.unlock(folder, PASSPHRASE).close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
