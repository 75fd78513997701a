"""The journal a restore replaces is kept aside: privately, and whole even where links fail."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from trustjournal.core.vault.keys import swap
from trustjournal.core.vault.paths import VaultPaths


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
