"""A process killed at random moments while adding entries never costs a saved entry.

A child process opens the vault and adds entries as fast as it can, printing
each id once `add_entry` has returned. The test kills it with SIGKILL after a
random number of entries and a random jitter (some kills land during unlock),
then checks that the vault opens, holds every reported entry, and, every tenth
time and at the end, passes the full integrity check.

The random generator's seed is printed (shown with a failure) and can be set
with TRUSTJOURNAL_KILL_SEED to replay a failing run. Every read from the child
has a deadline, so a child that stops talking fails the test instead of hanging it.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import doctor
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

KILLS = 100
SEED_VARIABLE = "TRUSTJOURNAL_KILL_SEED"
# Generous: the child unlocks (Argon2id at its floor) before its first line.
READ_DEADLINE_SECONDS = 60.0

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


class _Lines:
    """The child's output line by line, each line awaited with a deadline.

    The pipe is read raw (no read-ahead buffer) so that `select` sees every byte
    still to come.
    """

    def __init__(self, child: subprocess.Popen[bytes]) -> None:
        assert child.stdout is not None
        self.child = child
        self.fd = child.stdout.fileno()
        self.pending = b""

    def next(self) -> str:
        end = time.monotonic() + READ_DEADLINE_SECONDS
        while b"\n" not in self.pending:
            ready, _, _ = select.select([self.fd], [], [], max(end - time.monotonic(), 0))
            if not ready:
                raise AssertionError(f"the writer said nothing for {READ_DEADLINE_SECONDS} s")
            chunk = os.read(self.fd, 4096)
            if not chunk:
                raise AssertionError("the writer ended before it was killed")
            self.pending += chunk
        line, _, self.pending = self.pending.partition(b"\n")
        return line.decode()

    def rest(self) -> list[str]:
        """Every line still to come once the child is dead."""
        more, _ = self.child.communicate(timeout=READ_DEADLINE_SECONDS)
        return (self.pending + more).decode().split()


def _run_and_kill(folder: Path, rng: random.Random) -> list[int]:
    """Start a writer, kill it at a random moment, return the ids it said were saved."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        bufsize=0,
        env=dict(os.environ, TRUSTJOURNAL_KDF_TARGET_SECONDS="0"),
    )
    assert child.stdin is not None
    child.stdin.write(f"{PASSPHRASE}\n".encode())
    lines = _Lines(child)
    saved: list[int] = []
    target = rng.choice([0, 0, 1, 2, 3, 5, 8, 13, 21])
    try:
        if target:
            assert lines.next().strip() == "open"
            while len(saved) < target:
                saved.append(int(lines.next()))
        # A random extra moment, so kills fall inside transactions too.
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=rng.uniform(0, 0.02))
    finally:
        child.send_signal(signal.SIGKILL)
    saved += [int(line) for line in lines.rest() if line.isdigit()]
    return saved


def _seed() -> int:
    """The seed to replay (TRUSTJOURNAL_KILL_SEED), else a new one; printed either way."""
    chosen = os.environ.get(SEED_VARIABLE)
    seed = int(chosen) if chosen else random.randrange(2**32)
    print(f"kill test seed: {seed} (replay with {SEED_VARIABLE}={seed})")
    return seed


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kills_never_lose_or_corrupt_saved_entries(data_dir: Path) -> None:
    Vault.create(data_dir, PASSPHRASE, params=FLOOR)[0].close()
    seed = _seed()
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


def test_the_kill_seed_is_printed_and_can_be_replayed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(SEED_VARIABLE, "12345")
    assert _seed() == 12345
    assert f"{SEED_VARIABLE}=12345" in capsys.readouterr().out
    monkeypatch.delenv(SEED_VARIABLE)
    fresh = _seed()
    assert f"kill test seed: {fresh}" in capsys.readouterr().out
