"""A process killed at random moments while adding entries never costs a saved entry.

A child process opens the vault and adds entries as fast as it can, printing
each id once `add_entry` has returned. The test kills it with SIGKILL after a
random number of entries and a random jitter (some kills land during unlock),
then checks that the vault opens, holds every reported entry, and, every tenth
time and at the end, passes the full integrity check.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import doctor
from trustjournal.core.vault.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

KILLS = 100

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.records.entries import EntryDraft
    from trustjournal.core.vault.vault import Vault

    journal = Journal(Vault.unlock(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n")))
    print("open", flush=True)
    n = 0
    while True:
        n += 1
        entry = journal.add_entry(EntryDraft(
            day=dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
            title=f"entry {n}", body="words " * (n % 97), mood=n % 5 + 1,
            emotions=("hopeful",), tags=(f"tag{n % 7}",)))
        print(entry.id, flush=True)
    """
)


def _run_and_kill(folder: Path, rng: random.Random) -> list[int]:
    """Start a writer, kill it at a random moment, return the ids it said were saved."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, TRUSTJOURNAL_KDF_TARGET_SECONDS="0"),
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    saved: list[int] = []
    target = rng.choice([0, 0, 1, 2, 3, 5, 8, 13, 21])
    if target:
        assert child.stdout.readline().strip() == "open"
        while len(saved) < target:
            saved.append(int(child.stdout.readline()))
    # A random extra moment, so kills fall inside transactions too.
    with contextlib.suppress(subprocess.TimeoutExpired):
        child.wait(timeout=rng.uniform(0, 0.02))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    saved += [int(line) for line in rest.split() if line.isdigit()]
    return saved


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kills_never_lose_or_corrupt_saved_entries(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, params=FLOOR)[0].close()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    saved: set[int] = set()
    for kill in range(1, KILLS + 1):
        saved.update(_run_and_kill(data_dir, rng))
        journal = Journal(Vault.unlock(data_dir, PASSPHRASE))
        try:
            present = set(journal.entry_ids())
            assert saved <= present, f"seed {seed}, kill {kill}: lost {sorted(saved - present)}"
            if kill % 10 == 0 or kill == KILLS:
                assert doctor.check_database(journal.vault)[0].ok, f"seed {seed}, kill {kill}"
        finally:
            journal.close()
    assert len(saved) > KILLS  # the kills really did land among writes
