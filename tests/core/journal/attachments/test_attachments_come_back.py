"""An attachment removed, or deleted with its entry, comes back whole with an undo: its
bytes, thumbnail, caption and searchable words, from what the app held in memory."""

from __future__ import annotations

import datetime as dt

from picture_kit import gps_jpeg

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter


def _entry_with_picture(journal: Journal) -> tuple[int, int]:
    entry_id = journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="a good day")).id
    picture = journal.attachments.attach_bytes(entry_id, gps_jpeg(), "beach.jpg")
    journal.attachments.set_caption(picture.id, "seaside drawing")
    return entry_id, picture.id


def _found(journal: Journal, words: str) -> list[int]:
    return [entry.id for entry in journal.entries(EntryFilter(search=words))]


def test_a_removed_picture_comes_back_with_its_caption(journal: Journal) -> None:
    entry_id, picture_id = _entry_with_picture(journal)
    before = journal.attachments.get(picture_id)
    content = journal.attachments.content(picture_id)
    thumbnail = journal.attachments.thumbnail(picture_id)
    held = journal.attachments.remove_held(picture_id)
    assert journal.attachments.of_entry(entry_id) == []
    assert _found(journal, "seaside") == []
    back = journal.attachments.bring_back(held)
    assert back.entry_id == entry_id and back.caption == "seaside drawing"
    assert (back.name, back.width, back.height, back.taken) == (
        before.name,
        before.width,
        before.height,
        before.taken,
    )
    assert journal.attachments.content(back.id) == content
    assert journal.attachments.thumbnail(back.id) == thumbnail
    assert _found(journal, "seaside") == [entry_id]


def test_an_entry_deleted_and_restored_gets_its_pictures_back(journal: Journal) -> None:
    entry_id, picture_id = _entry_with_picture(journal)
    content = journal.attachments.content(picture_id)
    held = journal.attachments.held_of_entry(entry_id)
    deleted = journal.delete_entry(entry_id)
    assert journal.attachments.of_entries([entry_id]) == {}
    journal.restore_entry(deleted)
    for one in held:
        journal.attachments.bring_back(one)
    (back,) = journal.attachments.of_entry(entry_id)
    assert journal.attachments.content(back.id) == content and back.caption == "seaside drawing"
