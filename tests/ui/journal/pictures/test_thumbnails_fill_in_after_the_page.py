"""Opening an entry with pictures paints the page first and fills the thumbnails in after:
their room is kept from the start (nothing moves when they come), and an entry left
before they came never gets them."""

from __future__ import annotations

from attach_kit import jpeg, wait_for_thumbnails
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.journal.page import JournalPage


def test_the_room_is_kept_and_the_thumbnails_come_after(
    qtbot: QtBot, page: JournalPage, journal: Journal, clock: ManualClock
) -> None:
    pictured = journal.add_entry(EntryDraft(day=clock.today(), body="the sea"))
    for number in range(10):
        journal.attachments.attach_bytes(pictured.id, jpeg((number * 20, 90, 90)), f"{number}.jpg")
    files_only = journal.add_entry(EntryDraft(day=clock.today(), body="a letter"))
    journal.attachments.attach_bytes(files_only.id, b"dear me", "letter.txt")
    strip = page.editor.pictures
    for entry_id, count in ((pictured.id, 10), (files_only.id, 1)):
        page.open_entry(entry_id)
        assert strip.thumbnails == []  # not made yet: the page shows first
        assert strip.isVisible()
        room = strip.height()
        qtbot.waitUntil(lambda: not strip.filling_in)
        assert len(strip.thumbnails) == count
        assert strip.height() == room  # nothing moved when they came
    wait_for_thumbnails(qtbot, page, 1)  # the file's icon; the pictures' come decoded


def test_an_entry_left_before_its_thumbnails_came_never_gets_them(
    qtbot: QtBot, page: JournalPage, journal: Journal, clock: ManualClock
) -> None:
    pictured = journal.add_entry(EntryDraft(day=clock.today(), body="the sea"))
    journal.attachments.attach_bytes(pictured.id, jpeg(), "sea.jpg")
    plain = journal.add_entry(EntryDraft(day=clock.today(), body="words only"))
    strip = page.editor.pictures
    page.open_entry(pictured.id)
    page.repaint()  # painted: the thumbnails are to be made at the next turn of the loop
    page.open_entry(plain.id)  # but another entry comes first
    assert not strip.isVisible()
    qtbot.waitUntil(lambda: not strip.filling_in)
    assert strip.thumbnails == [] and not strip.isVisible()
