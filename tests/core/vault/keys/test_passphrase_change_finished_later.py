"""A passphrase change stopped after its manifest is finished at the next open, log and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustjournal.core.vault.keys import swap
from trustjournal.core.vault.paths import VaultPaths


class Stopped(Exception):
    """Stands for a kill: the change goes no further than the step named."""


def _stop_after_manifest(step: str) -> None:
    if step == "manifest written":
        raise Stopped(step)


def test_finishing_a_passphrase_change_later_keeps_the_live_databases_log(
    created_vault: tuple[Path, str],
) -> None:
    """The database stays as it is, so the log beside it holds its newest writes:
    finishing the change must not drop it as a rotation drops the old database's."""
    folder, _ = created_vault
    paths = VaultPaths(folder)
    log = paths.database.with_name(paths.database.name + "-wal")
    log.write_bytes(b"the newest writes")
    with pytest.raises(Stopped):
        swap.change_keyfile(paths, paths.keyfile.read_bytes(), _stop_after_manifest)
    swap.resolve(paths)
    assert log.read_bytes() == b"the newest writes"
    assert not paths.pending_manifest.exists()
