"""A kill at every step of a backup, a restore, a key rotation and a passphrase change never
costs the journal, and never leaves two passphrases that open it.

Each operation takes a step hook; the child process here passes one that
sends itself SIGKILL when the chosen step is reached, so the kill lands
exactly between two steps. A second test kills rotations at random moments
too, so kills also land inside the steps. Afterwards the journal opens (with
the old key or the new one) and every acknowledged entry is there.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rotation_kit import opens_with
from testkit import NEW_PASSPHRASE, PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault import doctor
from trustjournal.core.vault.backup.making import list_backups, make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROTATION_STEPS = [
    "exported",
    "staged",
    "manifest written",
    "committed",
    "key file staged",  # inside the write of journal.key: the manifest must still be there
    "key file written",
    "copy staged",
    "finished",
]
PASSWD_STEPS = [
    "manifest written",
    "key file staged",
    "key file written",  # between journal.key and journal.key.bak
    "copy staged",
    "finished",
]
BACKUP_STEPS = ["snapshot taken", "written", "finished"]
RESTORE_STEPS = [
    "unpacked",
    "checked",
    "staged",
    "manifest written",
    "moved aside",
    "committed",
    "key file staged",  # inside the write of journal.key: the manifest must still be there
    "key file written",
    "copy staged",
    "finished",
]
NOW = "dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)"

CHILD = textwrap.dedent(
    """
    import datetime as dt, os, signal, sys
    from pathlib import Path
    from trustjournal.core.vault.vault import Vault
    from trustjournal.core.vault.backup.making import make_backup
    from trustjournal.core.vault.backup.restore import restore_backup

    operation, folder, other, step, secret = sys.argv[1:6]

    def hook(reached):
        print(reached, flush=True)
        if reached == step:
            os.kill(os.getpid(), signal.SIGKILL)

    if operation == "rotate":
        vault = Vault.unlock(Path(folder), secret)
        print("code", vault.rotate_key(secret, on_step=hook), flush=True)
    elif operation == "passwd":
        vault = Vault.unlock(Path(folder), secret)
        vault.change_passphrase(secret, other, on_step=hook)
    elif operation == "backup":
        vault = Vault.unlock(Path(folder), secret)
        make_backup(vault, Path(other), NOW, on_step=hook)
    else:
        restore_backup(Path(other), Path(folder), secret, NOW, replace=True, on_step=hook)
    print("done", flush=True)
    """
).replace("NOW", NOW)


def _run(
    operation: str, folder: Path, other: Path | str, step: str, jitter: float | None = None
) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, operation, str(folder), str(other), step, PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, TRUSTJOURNAL_KDF_TARGET_SECONDS="0"),
    )
    if jitter is not None:
        try:
            child.wait(timeout=jitter)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=120)
    return out


def _vault_with_entries(folder: Path, count: int = 40) -> list[str]:
    Vault.create(folder, PASSPHRASE, params=FLOOR)[0].close()
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        for number in range(count):
            journal.add_entry(
                EntryDraft(day=dt.date(2026, 1, 1), title=f"{number}", body="w " * number)
            )
        return sorted(journal.entry(i).title for i in journal.entry_ids())
    finally:
        journal.close()


def _titles_after(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    journal = Journal(Vault.unlock(folder, passphrase))
    try:
        assert doctor.check_database(journal.vault)[0].ok
        return sorted(journal.entry(i).title for i in journal.entry_ids())
    finally:
        journal.close()


def _no_leftovers(folder: Path) -> None:
    paths = VaultPaths(folder)
    assert not paths.pending_database.exists()
    assert not paths.pending_manifest.exists()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("step", ROTATION_STEPS)
def test_a_kill_at_any_step_of_a_rotation(tmp_path: Path, step: str) -> None:
    folder = tmp_path / "vault"
    titles = _vault_with_entries(folder)
    out = _run("rotate", folder, tmp_path, step)
    assert out.splitlines()[-1] == step  # killed right there
    assert _titles_after(folder) == titles
    _no_leftovers(folder)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("step", PASSWD_STEPS)
def test_a_kill_at_any_step_of_a_passphrase_change(tmp_path: Path, step: str) -> None:
    """Afterwards exactly one passphrase opens the journal, through either copy of the key file."""
    folder = tmp_path / "vault"
    titles = _vault_with_entries(folder)
    out = _run("passwd", folder, NEW_PASSPHRASE, step)
    assert out.splitlines()[-1] == step
    opening = [phrase for phrase in (PASSPHRASE, NEW_PASSPHRASE) if opens_with(folder, phrase)]
    assert len(opening) == 1, f"both passphrases open the journal after a kill at {step!r}"
    assert _titles_after(folder, opening[0]) == titles
    paths = VaultPaths(folder)
    assert paths.keyfile.read_bytes() == paths.keyfile_backup.read_bytes()
    _no_leftovers(folder)


@pytest.mark.parametrize("step", BACKUP_STEPS)
def test_a_kill_at_any_step_of_a_backup(tmp_path: Path, step: str) -> None:
    folder, drive = tmp_path / "vault", tmp_path / "drive"
    titles = _vault_with_entries(folder)
    out = _run("backup", folder, drive, step)
    assert out.splitlines()[-1] == step
    assert _titles_after(folder) == titles
    whole = list_backups(drive)
    assert len(whole) == (1 if step != "snapshot taken" and step != "written" else 0)
    for item in whole:
        target = tmp_path / f"restored-{step}"
        restore_backup(item.path, target, PASSPHRASE, dt.datetime(2026, 3, 14, tzinfo=dt.UTC))
        assert _titles_after(target) == titles


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("step", RESTORE_STEPS)
def test_a_kill_at_any_step_of_a_restore(tmp_path: Path, step: str) -> None:
    folder, drive = tmp_path / "vault", tmp_path / "drive"
    in_backup = _vault_with_entries(folder, 10)
    vault = Vault.unlock(folder, PASSPHRASE)
    backup = make_backup(vault, drive, dt.datetime(2026, 3, 1, tzinfo=dt.UTC))
    vault.close()
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 2), title="after the backup"))
    journal.close()
    current = sorted([*in_backup, "after the backup"])
    out = _run("restore", folder, backup, step)
    assert out.splitlines()[-1] == step
    assert _titles_after(folder) in (in_backup, current)
    _no_leftovers(folder)
    # The journal that was there is never lost: in place, or kept aside whole.
    if _titles_after(folder) == in_backup:
        (aside,) = tmp_path.glob("vault-before-restore-*")
        assert _titles_after(aside) == current


@pytest.mark.slow
def test_kills_at_random_moments_of_rotations(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    titles = _vault_with_entries(folder, 400)
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    for kill in range(12):
        _run("rotate", folder, tmp_path, "never", jitter=rng.uniform(0.3, 2.0))
        assert _titles_after(folder) == titles, f"seed {seed}, kill {kill}"
        _no_leftovers(folder)
