"""Issue 20, item 9: after a key change every file in the journal folder is 0600 (the
folder 0700) from the moment it exists, before any reopen."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="modes, FIFOs and links are POSIX")


def _modes(folder: Path) -> dict[str, int]:
    return {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.iterdir()}


@posix_only
def test_after_a_key_change_every_file_is_private_before_any_reopen(
    journal: Journal,
) -> None:
    folder = journal.vault.paths.folder
    journal.vault.rotate_key(PASSPHRASE)
    journal.vault.database.query("SELECT count(*) FROM entries")  # the log files exist
    modes = _modes(folder)
    assert {"journal.db", "journal.db-wal", "journal.db-shm"} <= set(modes), modes
    assert all(mode == 0o600 for mode in modes.values()), modes
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@posix_only
def test_the_new_database_is_private_while_it_is_being_written(journal: Journal) -> None:
    paths = journal.vault.paths
    seen: dict[str, int] = {}

    def look(step: str) -> None:
        if step == "exported":
            seen.update(_modes(paths.folder))

    journal.vault.rotate_key(PASSPHRASE, on_step=look)
    assert seen["journal.db.pending"] == 0o600, seen
