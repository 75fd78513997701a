"""The named doors the desktop app uses into the vault, so ui/ never holds a database or a store."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.errors import KeyFileMissing, WrongPassphrase
from trustjournal.core.journal.journal import Journal
from trustjournal.core.settings import Settings
from trustjournal.core.vault.keys import pending_code
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault, check_passphrase


def test_the_vault_names_the_waiting_code_and_forgets_it(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert vault.pending_recovery_code() == ""
        pending_code.remember(vault.database, "ABCD-EFGH")
        assert vault.pending_recovery_code() == "ABCD-EFGH"
        vault.forget_pending_recovery_code()
        assert vault.pending_recovery_code() == ""
        assert pending_code.pending(vault.database) == ""
    finally:
        vault.close()


def test_settings_saved_for_a_vault_are_the_journals_settings(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    Settings.for_vault(vault).set("prompt_role", "hurt")
    journal = Journal(vault)
    try:
        assert journal.settings.get("prompt_role") == "hurt"
    finally:
        journal.close()


def test_checking_the_passphrase_says_nothing_when_it_opens_and_refuses_when_not(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    check_passphrase(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        check_passphrase(folder, NEW_PASSPHRASE)


def test_checking_the_passphrase_of_a_missing_key_file_says_so(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.keyfile.unlink()
    paths.keyfile_backup.unlink()
    with pytest.raises(KeyFileMissing):
        check_passphrase(folder, PASSPHRASE)
