"""A key change keeps the live database's log (a passphrase change, now or finished later)
and drops only the log of a database it replaces."""

from __future__ import annotations

from pathlib import Path

import pytest

from trustjournal.core.vault.keys import swap
from trustjournal.core.vault.paths import VaultPaths

_SQLITE_LOGS = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database


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


def test_a_passphrase_change_leaves_the_live_databases_log_and_names_its_steps(
    created_vault: tuple[Path, str],
) -> None:
    """The steps are the ones tests/cli/vault/test_kill_vault_steps.py kills at by name
    (PASSWD_STEPS, in a child process that mutation runs do not reach)."""
    folder, _ = created_vault
    paths = VaultPaths(folder)
    log = paths.database.with_name(paths.database.name + "-wal")
    log.write_bytes(b"the newest writes")
    reached: list[str] = []
    swap.change_keyfile(paths, paths.keyfile.read_bytes(), reached.append)
    assert log.read_bytes() == b"the newest writes"
    assert reached == [
        "manifest written",
        "key file staged",
        "key file written",
        "copy staged",
        "finished",
    ]


def test_a_new_database_put_in_place_goes_without_the_old_ones_logs(
    created_vault: tuple[Path, str],
) -> None:
    """A log left beside journal.db belongs to the database replaced; SQLite would replay
    it into the new one, which it does not fit."""
    folder, _ = created_vault
    paths = VaultPaths(folder)
    old_logs = [paths.database.with_name(paths.database.name + end) for end in _SQLITE_LOGS]
    for old_log in old_logs:
        old_log.write_bytes(b"the old database's writes")
    paths.pending_database.write_bytes(paths.database.read_bytes())
    swap.replace(paths, paths.keyfile.read_bytes(), None, swap.no_steps)
    assert [old_log.name for old_log in old_logs if old_log.exists()] == []
