"""Helpers for the sealed-note tests: a note, a journal with waiting notes, the review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.sealed_notes import SealedNotes
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.inbox.sealing import Note
from trustjournal.core.vault.vault import Vault

MOMENT = dt.datetime(2026, 3, 14, 3, 5, tzinfo=dt.UTC)


def note(text: str = "a hard moment at the car park", **more: object) -> Note:
    return Note(text=text, written_at=MOMENT, **more)  # type: ignore[arg-type]


def capture(folder: Path, text: str = "a hard moment at the car park", **more: object) -> Path:
    return inbox.capture(folder, note(text, **more))


def opened(folder: Path) -> Journal:
    return Journal(Vault.unlock(folder, PASSPHRASE))


def review(folder: Path) -> tuple[Journal, SealedNotes]:
    journal = opened(folder)
    return journal, SealedNotes(journal)


def bodies(journal: Journal) -> list[str]:
    return sorted(entry.body for entry in journal.entries_by_id(journal.entry_ids()))
