"""A file kept on a connection of its own (`keep_apart`), as the app's helper stores a
large picture off the GUI thread: whole in the journal, seen by the journal's own
connection at once, and announced only when the app says so, on its own thread."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from trustjournal.core.changes import Change
from trustjournal.core.errors import TrustJournalError, VaultLocked
from trustjournal.core.journal.attachments.keeping import prepared
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.attachments import Attachment
from trustjournal.core.records.entries import EntryDraft


def test_kept_on_another_thread_is_whole_and_announced_when_asked(journal: Journal) -> None:
    entry = journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="a good day"))
    heard: list[Change] = []
    journal.changes.subscribe(heard.append)
    intake = prepared(b"words to keep", "note.txt")
    kept: list[Attachment] = []
    worker = threading.Thread(
        target=lambda: kept.append(journal.attachments.keep_apart(entry.id, intake))
    )
    worker.start()
    worker.join()
    (attachment,) = kept
    assert journal.attachments.of_entry(entry.id) == [attachment]
    assert journal.attachments.content(attachment.id) == b"words to keep"
    assert heard == []  # nothing published from the worker
    journal.attachments.announce_kept(attachment)
    assert [change.ids for change in heard] == [(entry.id,)]


def test_a_deleted_entry_is_refused_and_a_locked_journal_opens_nothing(journal: Journal) -> None:
    entry = journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="gone soon"))
    journal.delete_entry(entry.id)
    intake = prepared(b"late", "late.txt")
    with pytest.raises(TrustJournalError):
        journal.attachments.keep_apart(entry.id, intake)
    journal.close()
    with pytest.raises(VaultLocked):
        journal.attachments.keep_apart(entry.id, intake)
