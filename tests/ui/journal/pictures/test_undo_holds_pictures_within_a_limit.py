"""Deleted entries' pictures are held in memory for Undo (deleting an entry deletes them
in the vault), within a limit: past it the oldest deletes can no longer be undone, the
newest always can, and nothing is held after a lock."""

from __future__ import annotations

import pytest
from attach_kit import jpeg

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.journal.editor import undo
from trustjournal.ui.journal.page import JournalPage


def test_the_oldest_deletes_are_let_go_past_the_limit_and_the_newest_comes_back(
    page: JournalPage, journal: Journal, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = []
    for number in range(3):
        entry = journal.add_entry(EntryDraft(day=clock.today(), body=f"day {number}"))
        journal.attachments.attach_bytes(entry.id, jpeg((number * 60, 80, 80)), f"{number}.jpg")
        entries.append(entry)
    one = undo.held_bytes(
        undo.DeletedEntry(entries[0], journal.attachments.held_of_entry(entries[0].id))
    )
    assert one > 0
    monkeypatch.setattr(undo, "HELD_LIMIT", 2 * one + one // 2)  # room for two deletes
    monkeypatch.setattr(page, "_confirm_delete", lambda: True)
    for entry in entries:
        assert page.delete_entry(entry.id)
    assert page.undo_bar.pending() == 2  # the first delete was let go
    assert page.undo_bar.message.text() == "2 entries deleted."
    assert page.undo_delete() is not None and page.undo_delete() is not None
    assert page.undo_delete() is None
    kept = {e.id: [a.name for a in journal.attachments.of_entry(e.id)] for e in entries[1:]}
    assert kept == {entries[1].id: ["1.jpg"], entries[2].id: ["2.jpg"]}


def test_one_delete_over_the_limit_can_still_be_undone_and_a_lock_lets_go(
    page: JournalPage, journal: Journal, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = journal.add_entry(EntryDraft(day=clock.today(), body="the sea"))
    journal.attachments.attach_bytes(entry.id, jpeg(), "sea.jpg")
    monkeypatch.setattr(undo, "HELD_LIMIT", 10)
    monkeypatch.setattr(page, "_confirm_delete", lambda: True)
    assert page.delete_entry(entry.id)
    assert page.undo_bar.pending() == 1
    page.clear_for_lock()
    assert page.undo_bar.pending() == 0
