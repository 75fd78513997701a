"""An emptied journal.db is refused like a missing one, never taken for a new journal."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import PASSPHRASE, snapshot

from trustjournal.core.errors import DatabaseEmpty
from trustjournal.core.vault import doctor
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def test_an_emptied_database_is_refused_and_left_alone(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.database.write_bytes(b"")
    before = snapshot(folder)
    with pytest.raises(DatabaseEmpty):
        Vault.unlock(folder, PASSPHRASE)
    assert snapshot(folder) == before
    findings = doctor.examine(paths, PASSPHRASE)
    assert not all(finding.ok for finding in findings)
    assert any("empty" in finding.text for finding in findings)
    assert snapshot(folder) == before
