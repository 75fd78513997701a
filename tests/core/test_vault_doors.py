"""The named doors the desktop app uses into the vault, so ui/ never holds a database or a store."""

from __future__ import annotations

from pathlib import Path

from testkit import PASSPHRASE

from trustjournal.core.vault.keys import pending_code
from trustjournal.core.vault.vault import Vault


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
