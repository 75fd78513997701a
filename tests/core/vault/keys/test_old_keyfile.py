"""An old journal.key put back after the key was changed: named as such, never as damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from rotation_kit import rotated_with_old_keyfile
from testkit import PASSPHRASE, snapshot

from trustjournal.core.errors import DatabaseDamaged, KeyFileMismatch
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import doctor
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def test_an_old_key_file_in_both_copies_is_named_and_nothing_changes(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    old, _new = rotated_with_old_keyfile(folder)
    paths.keyfile.write_bytes(old)
    paths.keyfile_backup.write_bytes(old)
    before = snapshot(folder)
    with pytest.raises(KeyFileMismatch) as raised:
        Vault.unlock(folder, PASSPHRASE).close()
    assert "before the key was changed" in str(raised.value)
    assert "damaged" not in str(raised.value)
    assert snapshot(folder) == before
    findings = doctor.examine(paths, PASSPHRASE)
    assert not findings[-1].ok
    assert findings[-1].text == str(KeyFileMismatch())


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_when_only_journal_key_is_old_its_backup_copy_opens_and_doctor_mends_it(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    old, new = rotated_with_old_keyfile(folder)
    stored = Vault.unlock(folder, PASSPHRASE)  # the new recovery code, written down:
    stored.forget_pending_recovery_code()  # doctor would name a waiting code, rightly
    stored.close()
    paths.keyfile.write_bytes(old)
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        assert [journal.entry(i).title for i in journal.entry_ids()] == ["kept"]
    finally:
        journal.close()
    assert not all(finding.ok for finding in doctor.examine(paths, PASSPHRASE))
    repaired = doctor.examine(paths, PASSPHRASE, repair=True)
    assert any("Mended journal.key" in finding.text for finding in repaired)
    assert paths.keyfile.read_bytes() == new
    assert all(finding.ok for finding in doctor.examine(paths, PASSPHRASE))


def test_a_damaged_first_page_is_still_damage_not_a_foreign_key_file(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    database = VaultPaths(folder).database
    data = bytearray(database.read_bytes())
    data[200] ^= 0x01
    database.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as raised:
        Vault.unlock(folder, PASSPHRASE).close()
    assert not isinstance(raised.value, KeyFileMismatch)
    assert "page 1" in doctor.examine(VaultPaths(folder), PASSPHRASE)[-1].text
