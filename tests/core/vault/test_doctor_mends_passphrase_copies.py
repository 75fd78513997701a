"""doctor --repair leaves exactly one passphrase that opens the journal (issue 20, item 2).

A passphrase change stopped between journal.key and journal.key.bak used to leave the
stale copy opening with the old passphrase forever; doctor only reported it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rotation_kit import opens_with
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.vault import doctor
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


class _Stopped(Exception):
    """Stands for a kill at the chosen step of the passphrase change."""


def _only_the_new_passphrase_opens(folder: Path) -> None:
    paths = VaultPaths(folder)
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    assert not opens_with(folder, PASSPHRASE)
    assert opens_with(folder, NEW_PASSPHRASE)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_repair_mends_a_stale_copy_that_still_takes_the_old_passphrase(
    created_vault: tuple[Path, str],
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    old = paths.keyfile.read_bytes()
    vault = Vault.unlock(folder, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=FLOOR)
    vault.close()
    paths.keyfile_backup.write_bytes(old)  # as an older version's stopped passwd left it
    findings = doctor.examine(paths, NEW_PASSPHRASE, repair=True)
    assert all(finding.ok for finding in findings), findings
    _only_the_new_passphrase_opens(folder)
    again = doctor.examine(paths, NEW_PASSPHRASE)
    assert all(finding.ok for finding in again), again


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("step", ["key file staged", "key file written", "copy staged"])
def test_repair_finishes_a_stopped_passphrase_change(
    created_vault: tuple[Path, str], step: str
) -> None:
    folder, _ = created_vault

    def stop_at(reached: str) -> None:
        if reached == step:
            raise _Stopped(reached)

    vault = Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(_Stopped):
        vault.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, params=FLOOR, on_step=stop_at)
    vault.close()
    findings = doctor.examine(VaultPaths(folder), NEW_PASSPHRASE, repair=True)
    assert all(finding.ok for finding in findings), findings
    _only_the_new_passphrase_opens(folder)
