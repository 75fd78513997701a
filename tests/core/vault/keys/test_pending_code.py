"""A key change's new recovery code waits, inside the encrypted database only, until confirmed."""

from __future__ import annotations

from pathlib import Path

from testkit import PASSPHRASE, files_containing

from trustjournal.core.vault.keys import pending_code
from trustjournal.core.vault.vault import Vault


def test_the_new_code_lands_with_the_key_change_and_is_gone_once_forgotten(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    code = vault.rotate_key(PASSPHRASE)
    vault.close()
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert pending_code.pending(vault.database) == code
        assert not files_containing(code, [tmp_path])  # never in plain text
        pending_code.forget(vault.database)
    finally:
        vault.close()
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert pending_code.pending(vault.database) == ""
    finally:
        vault.close()


def test_the_vault_names_the_waiting_code_and_forgets_it(
    created_vault: tuple[Path, str],
) -> None:
    """The app asks the vault by name, never through its database."""
    folder, _ = created_vault
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        assert vault.pending_recovery_code() == ""
        code = vault.rotate_key(PASSPHRASE)
        assert vault.pending_recovery_code() == code
        vault.forget_pending_recovery_code()
        assert vault.pending_recovery_code() == ""
        assert pending_code.pending(vault.database) == ""
    finally:
        vault.close()
