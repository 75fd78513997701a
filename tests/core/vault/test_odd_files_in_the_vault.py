"""Issue 20, item 7: a FIFO given to restore is refused at once; doctor goes on past a
dangling journal.key link and reports every part it can check."""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.errors import BackupDamaged
from trustjournal.core.vault import doctor
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="modes, FIFOs and links are POSIX")


@posix_only
def test_a_fifo_given_to_restore_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "backup.tjbackup"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def restore() -> None:
        try:
            restore_backup(fifo, tmp_path / "journal", PASSPHRASE, dt.datetime.now(dt.UTC))
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=restore, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the stalled reader so the test run can end
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=10)
        pytest.fail("restore hung on a FIFO")
    assert len(outcome) == 1 and isinstance(outcome[0], BackupDamaged), outcome


@posix_only
def test_doctor_goes_on_past_a_dangling_key_file_link(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    paths.keyfile.unlink()
    paths.keyfile.symlink_to(folder / "nowhere.key")
    Vault.unlock(folder, PASSPHRASE).close()  # the backup copy opens it, as `list` does
    findings = doctor.examine(paths, PASSPHRASE)
    texts = [finding.text for finding in findings]
    assert len(findings) >= 3, texts
    assert any("backup copy" in text for text in texts), texts
    assert any("encryption and structure are sound" in text for text in texts), texts
    assert not all(finding.ok for finding in findings)
