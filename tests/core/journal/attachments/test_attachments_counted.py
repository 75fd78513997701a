"""How many attachments each entry has, as the journal list reads it with each batch of
rows: entries without any are left out, and a removal or a delete counts at once."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft


def test_each_entry_is_counted_and_those_without_are_left_out(journal: Journal) -> None:
    ids = [journal.add_entry(EntryDraft(day=dt.date(2026, 3, n), body="x")).id for n in (1, 2, 3)]
    first = journal.attachments.attach_bytes(ids[0], b"one", "a.txt")
    journal.attachments.attach_bytes(ids[0], b"two", "b.txt")
    journal.attachments.attach_bytes(ids[2], b"three", "c.txt")
    assert journal.attachments.counts(ids) == {ids[0]: 2, ids[2]: 1}
    journal.attachments.remove(first.id)
    journal.delete_entry(ids[2])
    assert journal.attachments.counts(ids) == {ids[0]: 1}
    assert journal.attachments.counts([]) == {}
