"""The journal a restore replaces is kept aside: privately, and whole even where links fail."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.keys import swap
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_folder_kept_aside_is_private_even_under_a_permissive_umask(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = created_vault
    aside = tmp_path / "journal-before-restore"
    previous = os.umask(0)  # the folder's mode must not depend on the person's umask
    try:
        swap.keep_aside(VaultPaths(folder), aside)
    finally:
        os.umask(previous)
    assert _mode(aside) == 0o700


def test_where_links_are_refused_the_journal_is_copied_aside_whole(
    created_vault: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system without hard links (FAT, some network drives) must still keep it."""
    folder, _ = created_vault
    paths = VaultPaths(folder)
    aside = tmp_path / "journal-before-restore"

    def refuse_links(_source: object, _target: object) -> None:
        raise OSError("links are not supported here")

    monkeypatch.setattr(os, "link", refuse_links)
    swap.keep_aside(paths, aside)
    for source in (paths.database, paths.keyfile, paths.keyfile_backup):
        assert (aside / source.name).read_bytes() == source.read_bytes()


def test_a_restore_over_a_journal_reports_each_step_by_the_name_the_kill_tests_choose(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """tests/cli/vault/test_kill_vault_steps.py kills a restore at "moved aside" by name
    (in a child process); a renamed step would leave that kill silently undone."""
    folder, _ = created_vault
    now = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        written = make_backup(vault, tmp_path / "drive", now)
    finally:
        vault.close()
    reached: list[str] = []
    restore_backup(written, folder, PASSPHRASE, now, replace=True, on_step=reached.append)
    assert reached == [
        "unpacked",
        "checked",
        "staged",
        "manifest written",
        "moved aside",
        "committed",
        "key file staged",
        "key file written",
        "copy staged",
        "finished",
    ]
