"""Issue 20, item 1: a key file opened through its backup copy is said, and mended on request;
doctor never calls a key file sound that does not open the journal."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.errors import KeyFileMismatch
from trustjournal.core.vault import doctor
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="modes, FIFOs and links are POSIX")


def _lower_memory(paths: VaultPaths, memory_kib: int = 8) -> None:
    """The audit's edit: journal.key's Argon2 memory lowered to 8 KiB."""
    document = json.loads(paths.keyfile.read_bytes())
    document["slots"]["passphrase"]["argon2"]["memory_kib"] = memory_kib
    paths.keyfile.write_text(json.dumps(document))


def test_a_vault_opened_through_the_backup_copy_says_so(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    sound = Vault.unlock(folder, PASSPHRASE)
    assert not sound.opened_through_backup
    sound.close()
    _lower_memory(paths)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert vault.opened_through_backup
    finally:
        vault.close()


def test_a_vault_opened_with_the_recovery_code_through_the_backup_copy_says_so(
    created_vault: tuple[Path, str],
) -> None:
    folder, code = created_vault
    paths = VaultPaths(folder)
    paths.keyfile.write_bytes(paths.keyfile.read_bytes()[:40])
    vault = Vault.recover(folder, code, PASSPHRASE)
    try:
        # The new passphrase was written to both copies: nothing is left to mend.
        assert not vault.opened_through_backup
        assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    finally:
        vault.close()


@posix_only
def test_repairing_the_key_file_rewrites_it_from_the_copy_that_opened(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    _lower_memory(paths)
    paths.keyfile.chmod(0o644)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        vault.repair_key_file()
        assert not vault.opened_through_backup
    finally:
        vault.close()
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    assert stat.S_IMODE(paths.keyfile.stat().st_mode) == 0o600
    assert not list(folder.glob(".journal.key*.tmp"))
    again = Vault.unlock(folder, PASSPHRASE)
    try:
        assert not again.opened_through_backup
    finally:
        again.close()


def test_doctor_never_calls_a_key_file_sound_that_does_not_open_the_journal(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    _lower_memory(paths)
    findings = doctor.examine(paths, PASSPHRASE)
    texts = [finding.text for finding in findings]
    assert not any("key file is sound" in text for text in texts), texts
    assert not any(f.ok and "key file" in f.text.lower() for f in findings), texts
    assert any("backup copy does" in text for text in texts), texts


def test_doctor_says_no_key_file_is_sound_when_it_belongs_to_another_journal(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE)[0].close()
    for copy in (paths.keyfile, paths.keyfile_backup):
        copy.write_bytes(VaultPaths(other).keyfile.read_bytes())
    findings = doctor.examine(paths, PASSPHRASE)
    assert findings[-1].text == str(KeyFileMismatch())
    assert not any(f.ok and "key file" in f.text.lower() for f in findings), findings


def test_a_sound_journal_still_has_a_sound_key_file(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    findings = doctor.examine(VaultPaths(folder), PASSPHRASE)
    assert all(finding.ok for finding in findings), findings
    assert any("key file and its backup copy are sound" in f.text for f in findings)
