"""Key rotation: a new data key, a new recovery code, and every old key file retired."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.errors import TrustJournalError, WrongPassphrase, WrongRecoveryCode
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault import doctor
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def _journal_with_entries(folder: Path, count: int) -> Journal:
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    for number in range(count):
        journal.add_entry(
            EntryDraft(
                day=dt.date(2026, 1, 1 + number % 28), title=f"entry {number}", body="w " * number
            )
        )
    return journal


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_rotation_keeps_every_entry_and_the_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    journal = _journal_with_entries(folder, 30)
    before = [journal.entry(entry_id) for entry_id in journal.entry_ids()]
    key_before = journal.vault.data_key()
    new_code = journal.vault.rotate_key(PASSPHRASE)
    assert journal.vault.data_key() != key_before
    # The open journal goes on working on the rotated database.
    journal.add_entry(EntryDraft(day=dt.date(2026, 2, 1), body="after rotation"))
    journal.close()
    again = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert [again.entry(entry_id) for entry_id in again.entry_ids()][1:] == before
        assert all(f.ok for f in doctor.check_database(again.vault))
    finally:
        again.close()
    assert sorted(path.name for path in folder.iterdir()) == [
        "journal.capture-key",  # the new capture key's public half (decision 0006)
        "journal.db",
        "journal.key",
        "journal.key.bak",
        "journal.lock",
    ]
    Vault.recover(folder, new_code, NEW_PASSPHRASE, params=FLOOR).close()


def test_an_old_key_file_and_the_old_code_no_longer_open_it(
    created_vault: tuple[Path, str],
) -> None:
    folder, old_code = created_vault
    paths = VaultPaths(folder)
    old_keyfile = paths.keyfile.read_bytes()
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.rotate_key(PASSPHRASE)
    vault.close()
    with pytest.raises(WrongRecoveryCode):
        Vault.recover(folder, old_code, NEW_PASSPHRASE, params=FLOOR)
    paths.keyfile.write_bytes(old_keyfile)
    paths.keyfile_backup.write_bytes(old_keyfile)
    with pytest.raises(TrustJournalError):
        Vault.unlock(folder, PASSPHRASE).close()


def test_rotation_needs_the_current_passphrase(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    before = paths.keyfile.read_bytes()
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            vault.rotate_key(NEW_PASSPHRASE)
    finally:
        vault.close()
    assert paths.keyfile.read_bytes() == before


class _Stop(Exception):
    pass


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(
    "step", ["exported", "staged", "manifest written", "committed", "key file written"]
)
def test_a_failure_at_any_step_leaves_the_journal_open_with_one_key(
    created_vault: tuple[Path, str], step: str
) -> None:
    folder, _ = created_vault
    journal = _journal_with_entries(folder, 5)

    def stop_at(reached: str) -> None:
        if reached == step:
            raise _Stop()

    with pytest.raises(_Stop):
        journal.vault.rotate_key(PASSPHRASE, on_step=stop_at)
    assert journal.vault.is_open
    assert len(journal.entry_ids()) == 5
    journal.close()
    reopened = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert len(reopened.entry_ids()) == 5
    finally:
        reopened.close()
    assert not VaultPaths(folder).pending_manifest.exists()
    assert not VaultPaths(folder).pending_database.exists()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_open_vault_holds_the_new_key_file_after_a_rotation(
    created_vault: tuple[Path, str],
) -> None:
    """A backup made next copies `vault.keyfile`: it must be the one on disk, not the old."""
    folder, _ = created_vault
    paths = VaultPaths(folder)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        vault.rotate_key(PASSPHRASE)
        assert vault.keyfile.to_bytes() == paths.keyfile.read_bytes()
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=FLOOR)
        assert vault.keyfile.to_bytes() == paths.keyfile.read_bytes()
    finally:
        vault.close()
    Vault.unlock(folder, NEW_PASSPHRASE).close()


def test_a_rotation_reports_each_step_by_the_name_the_kill_tests_choose(
    created_vault: tuple[Path, str],
) -> None:
    """tests/cli/vault/test_kill_vault_steps.py kills the process at a step chosen by name;
    a renamed step would leave that kill, and what it checks, silently undone."""
    folder, _ = created_vault
    journal = _journal_with_entries(folder, 1)
    reached: list[str] = []
    journal.vault.rotate_key(PASSPHRASE, on_step=reached.append)
    journal.close()
    assert reached == [
        "exported",
        "staged",
        "manifest written",
        "committed",
        "key file staged",
        "key file written",
        "copy staged",
        "finished",
    ]


class _Stopped(Exception):
    """Stands for a kill: the rotation goes no further than the step named."""


def _stop_once_committed(step: str) -> None:
    if step == "committed":
        raise _Stopped(step)


def test_a_rotation_stopped_once_committed_is_finished_at_the_next_open(
    created_vault: tuple[Path, str],
) -> None:
    """After the rename the new database is the journal: the next open writes its key
    file to both copies and removes the manifest (the kill tests check this in a child
    process, which mutation runs do not reach)."""
    folder, _ = created_vault
    paths = VaultPaths(folder)
    journal = _journal_with_entries(folder, 2)
    with pytest.raises(_Stopped):
        journal.vault.rotate_key(PASSPHRASE, on_step=_stop_once_committed)
    journal.close()
    reopened = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert len(reopened.entry_ids()) == 2
    finally:
        reopened.close()
    assert not paths.pending_manifest.exists()
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
