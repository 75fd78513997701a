"""Every word around pictures is marked for translation: under the pseudo-locale no English
is left on the strip, its thumbnails (and what they say to a screen reader), the caption's
question, the full view and the undo bar, apart from the person's own names and captions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from attach_kit import WAIT_MS, jpeg
from pytestqt.qtbot import QtBot
from uikit import show_page
from unmarked_words_kit import english_left, pseudo_language

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt

THEIR_WORDS = ("A day by the sea", "beach.jpg", "letter.txt", "drawn on Tuesday", "sea.jpg")


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[JournalPage]:
    entry = journal.add_entry(
        EntryDraft(day=clock.today() - dt.timedelta(days=1), body=THEIR_WORDS[0])
    )
    beach = journal.attachments.attach_bytes(entry.id, jpeg(), THEIR_WORDS[1])
    journal.attachments.set_caption(beach.id, THEIR_WORDS[3])
    journal.attachments.attach_bytes(entry.id, jpeg((9, 99, 9)), THEIR_WORDS[4])
    journal.attachments.attach_bytes(entry.id, b"dear me", THEIR_WORDS[2])
    with pseudo_language():
        shown = show_page(qtbot, JournalPage(journal, clock=clock), 1180, 760)
        qtbot.waitUntil(lambda: len(shown.editor.pictures.thumbnails) == 3, timeout=WAIT_MS)
        yield shown
        shown.clear_for_lock()
        shown.close()


def test_no_english_is_left_on_the_strip_and_its_thumbnails(page: JournalPage) -> None:
    assert english_left(page, THEIR_WORDS) == []
    for thumbnail in page.editor.pictures.thumbnails:
        assert thumbnail.accessibleName().startswith("[")
        assert thumbnail.accessibleDescription().startswith("[")
        assert all(action.text().startswith("[") for action in thumbnail.menu_actions)


def test_no_english_is_left_in_the_caption_question_and_the_full_view(
    page: JournalPage, qtbot: QtBot
) -> None:
    first = page.editor.pictures.thumbnails[0]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_F2)
    dialog = page.editor.pictures.caption_dialog
    assert dialog is not None
    assert english_left(dialog, THEIR_WORDS) == []
    dialog.reject()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    view = page.editor.pictures.view
    assert view is not None
    qtbot.waitUntil(lambda: not view.image_size().isEmpty(), timeout=WAIT_MS)
    assert english_left(view, THEIR_WORDS) == []
    view.close()


def test_no_english_is_left_after_removing_a_picture(page: JournalPage, qtbot: QtBot) -> None:
    second = page.editor.pictures.thumbnails[1]
    second.setFocus()
    qtbot.keyClick(second, Qt.Key.Key_Delete)
    assert page.undo_bar.isVisible()
    assert english_left(page, THEIR_WORDS) == []
