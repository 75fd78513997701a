"""The review's steps for the app's helper (issue 25): the files open without the database
and stop between two files when asked; a keep asked to stop rolls back whole; notes kept
before are told apart however many there are (one query per few hundred)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from inbox_kit import bodies, capture, review

from trustjournal.core.journal.sealed_notes import SOURCE, KeepStopped
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.inbox import inbox

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def folder(created_vault: tuple[Path, str]) -> Path:
    return created_vault[0]


def test_opening_stops_between_two_files_and_leaves_the_rest_untouched(folder: Path) -> None:
    for text in ("one", "two", "three"):
        capture(folder, text)
    journal, notes = review(folder)
    try:
        open_files = notes.opener()
        asked: list[int] = []

        def after_the_first() -> bool:
            asked.append(1)
            return len(asked) > 1

        assert len(open_files(after_the_first).notes) == 1
        assert len(inbox.waiting_names(folder)) == 3
        assert len(open_files(inbox.never).notes) == 3
    finally:
        journal.close()


def test_a_keep_asked_to_stop_keeps_nothing(folder: Path) -> None:
    for text in ("one", "two"):
        capture(folder, text)
    journal, notes = review(folder)
    try:
        waiting = notes.open().notes
        with pytest.raises(KeepStopped):
            notes.keep_entries(waiting, stopped=lambda: True)
        assert bodies(journal) == []
        notes.keep(waiting)
        assert bodies(journal) == ["one", "two"]
    finally:
        journal.close()


def test_notes_kept_before_are_told_apart_past_one_query(folder: Path) -> None:
    capture(folder, "kept before")
    capture(folder, "new")
    journal, notes = review(folder)
    try:
        intake = notes.opener()(inbox.never)
        kept = next(n for n in intake.notes if n.note.text == "kept before")
        many = [
            (f"{number:064x}", EntryDraft(day=DAY, body=f"entry {number}"))
            for number in range(1200)
        ]
        journal.import_entries(
            SOURCE, [*many, (kept.digest, EntryDraft(day=DAY, body="kept before"))]
        )
        shown, already = notes.sort_out(intake)
        assert [n.note.text for n in shown.notes] == ["new"]
        assert already == (kept,)
        keys = [key for key, _draft in many] + ["f" * 64]
        assert journal.imported_keys(SOURCE, keys) == set(keys[:-1])
    finally:
        journal.close()
