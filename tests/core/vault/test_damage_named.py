"""Issue 20, item 8: damage in the salt is named as damage of the database, not a wrong key
file; stale key-change manifests are listed by doctor and removed at open."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.errors import DatabaseDamaged, KeyFileMismatch, VaultInUse
from trustjournal.core.vault import doctor, files
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def test_damage_in_the_salt_is_named_as_damage_not_a_wrong_key_file(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    data = bytearray(paths.database.read_bytes())
    data[3] ^= 0x40
    paths.database.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as raised:
        Vault.unlock(folder, PASSPHRASE)
    assert not isinstance(raised.value, KeyFileMismatch)
    assert "restore a backup" in str(raised.value)
    last = doctor.examine(paths, PASSPHRASE)[-1]
    assert not last.ok
    assert last.text != str(KeyFileMismatch())
    assert "damaged" in last.text


def test_a_foreign_key_file_is_still_named_as_one(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE)[0].close()
    for copy in (paths.keyfile, paths.keyfile_backup):
        copy.write_bytes(VaultPaths(other).keyfile.read_bytes())
    with pytest.raises(KeyFileMismatch):
        Vault.unlock(folder, PASSPHRASE)


def test_stale_manifest_temporaries_are_listed_by_doctor_and_removed_at_open(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    stale = folder / ".journal.pending.k2j4h5g6.tmp"
    stale.write_text('{"keyfile": "half')
    findings = doctor.examine(paths, PASSPHRASE)
    assert any(stale.name in f.text and not f.ok for f in findings), findings
    Vault.unlock(folder, PASSPHRASE).close()
    assert not stale.exists()


def test_stale_manifest_temporaries_stay_while_another_process_holds_the_journal(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    stale = folder / ".journal.pending.k2j4h5g6.tmp"
    stale.write_text('{"keyfile": "half')
    holder = files.ProcessLock(VaultPaths(folder).lock)
    holder.acquire()
    try:
        with pytest.raises(VaultInUse):
            Vault.unlock(folder, PASSPHRASE)
        assert stale.exists()
    finally:
        holder.release()
