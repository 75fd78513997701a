"""Killed while sealing a note or while keeping notes: a whole note or none, each kept note
an entry exactly once, the journal sound, no plaintext left behind."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from inbox_kit import bodies, capture, review
from testkit import PASSPHRASE, files_containing

from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.paths import VaultPaths

CANARY = "amber-wren-sealed-then-killed"

# A child seals a note and dies at the worst moment: the sealed temporary file is whole
# and synced, and the rename into the inbox never happens.
KILLED_AT_RENAME = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from trustjournal.core.vault.inbox import inbox
    from trustjournal.core.vault.inbox.sealing import Note

    Path.replace = lambda self, target: os._exit(9)
    inbox.capture(Path(sys.argv[1]), Note(sys.argv[2], inbox.moment_now()))
    """
)

# A child keeps every waiting note and dies at a chosen point: "in the transaction" after
# the first entry is written and before the commit, "after the commit" before any file
# is touched, or "after the overwrite": the files zeroed, none removed yet.
KILLED_WHILE_KEEPING = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.journal.sealed_notes import SealedNotes
    from trustjournal.core.vault.inbox import inbox
    from trustjournal.core.vault.vault import Vault

    journal = Journal(Vault.unlock(Path(sys.argv[1]), sys.argv[2]))
    notes = SealedNotes(journal)
    where = sys.argv[3]
    if where == "in the transaction":
        keep = journal.import_entries
        journal.import_entries = lambda source, drafts, **named: keep(
            source, drafts, **{**named, "after_each": lambda count: count == 2 and os._exit(9)}
        )
    elif where == "after the commit":
        inbox.remove = lambda *_: os._exit(9)
    else:
        os.sync = lambda: os._exit(9)
    notes.keep(notes.open().notes)
    """
)


@pytest.fixture
def folder(created_vault: tuple[Path, str]) -> Path:
    return created_vault[0]


def _child(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", *arguments], capture_output=True, text=True, timeout=120
    )


def test_a_kill_before_the_rename_leaves_no_note_and_no_plaintext(folder: Path) -> None:
    result = _child(KILLED_AT_RENAME, str(folder), CANARY)
    assert result.returncode == 9, result.stderr
    assert inbox.waiting_names(folder) == []
    assert files_containing(CANARY, [folder]) == []
    journal, notes = review(folder)
    try:
        intake = notes.open()
        assert (intake.notes, intake.set_aside) == ((), ())  # the leftover is no note
    finally:
        journal.close()


def test_a_stale_leftover_of_a_killed_capture_is_removed_at_the_next_review(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _child(KILLED_AT_RENAME, str(folder), CANARY).returncode == 9
    (leftover,) = VaultPaths(folder).inbox.glob(".*.tmp")
    monkeypatch.setattr(inbox, "STALE_WRITE_SECONDS", -1)
    journal, notes = review(folder)
    try:
        notes.open()
    finally:
        journal.close()
    assert not leftover.exists()


@pytest.mark.parametrize("where", ["in the transaction", "after the commit", "after the overwrite"])
def test_a_kill_while_keeping_keeps_each_note_exactly_once(folder: Path, where: str) -> None:
    texts = [f"note {number}" for number in range(5)]
    for text in texts:
        capture(folder, text)
    result = _child(KILLED_WHILE_KEEPING, str(folder), PASSPHRASE, where)
    assert result.returncode == 9, result.stderr
    journal, notes = review(folder)
    try:
        kept_before = bodies(journal)
        assert kept_before in ([], texts)  # one transaction: all or none
        intake = notes.open()  # kept ones are recognised and their files removed
        waiting = intake.notes
        assert sorted(n.note.text for n in waiting) == ([] if kept_before else texts)
        assert intake.set_aside == ()  # a zeroed file is no stranger
        notes.keep(waiting)
        assert bodies(journal) == texts
        assert inbox.waiting_names(folder) == []
    finally:
        journal.close()


@pytest.mark.slow
def test_captures_killed_at_random_leave_only_whole_notes(folder: Path) -> None:
    seed = int(os.environ.get("TRUSTJOURNAL_KILL_SEED", random.randrange(1 << 30)))
    print(f"kill test seed: {seed}")
    chance = random.Random(seed)
    env = dict(os.environ)
    for number in range(12):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "trustjournal",
                "--data-dir",
                str(folder),
                "capture",
                f"{CANARY} {number}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        time.sleep(chance.uniform(0.05, 0.6))  # a real process, killed at a random moment
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    assert files_containing(CANARY, [folder]) == []
    journal, notes = review(folder)
    try:
        intake = notes.open()
        assert intake.set_aside == ()  # every file that took a note's name is a whole note
        assert len(intake.notes) == len(inbox.waiting_names(folder))
    finally:
        journal.close()
