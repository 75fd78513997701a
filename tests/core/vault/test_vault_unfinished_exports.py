"""A temporary export file a kill left behind is removed at the next unlock, wherever it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_kill_kit import kill_an_export
from testkit import PASSPHRASE

from trustjournal.core.errors import DiskFull
from trustjournal.core.exchange.export import ExportOptions, export_to_file
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import unfinished_writes
from trustjournal.core.vault.stores.settings import SettingsStore
from trustjournal.core.vault.vault import Vault


def _remembered(folder: Path) -> object:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return SettingsStore(vault.database).load().get(unfinished_writes.UNFINISHED_KEY)
    finally:
        vault.close()


def test_the_next_unlock_removes_only_the_killed_exports_temporary_file(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    chosen = tmp_path / "usb stick [therapy]"
    chosen.mkdir()
    target = chosen / "therapy.md"
    left = kill_an_export(folder, target)
    not_ours = [
        chosen / ".therapy.md.keep",
        chosen / ".notes.md.abcdefgh.tmp",
        chosen / "therapy.md.tmp",
        tmp_path / ".therapy.md.abcdefgh.tmp",
    ]
    for path in not_ours:
        path.write_text("someone else's")
    Vault.unlock(folder, PASSPHRASE).close()
    assert not left.exists()
    assert all(path.exists() for path in not_ours)
    assert _remembered(folder) is None  # swept, so forgotten


def test_a_finished_export_leaves_nothing_remembered(journal: Journal, tmp_path: Path) -> None:
    export_to_file(journal, ExportOptions(), "md", tmp_path / "done.md")
    assert (tmp_path / "done.md").exists()
    stored = SettingsStore(journal.vault.database).load()
    assert unfinished_writes.UNFINISHED_KEY not in stored


def test_an_export_goes_ahead_when_the_journal_cannot_note_it(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise DiskFull()

    monkeypatch.setattr(SettingsStore, "save", full)
    export_to_file(journal, ExportOptions(), "md", tmp_path / "usb.md")
    assert (tmp_path / "usb.md").exists()
