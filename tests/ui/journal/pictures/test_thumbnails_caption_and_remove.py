"""Each thumbnail can be captioned (F2) and removed (Delete), from its menu too; a removal
comes back with Undo, as a deleted entry does, and an entry deleted and brought back
brings its pictures. A lock closes what the strip opened and empties it."""

from __future__ import annotations

from pathlib import Path

import pytest
from attach_kit import wait_for_thumbnails, written_with_a_picture
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryFilter
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtGui, QtWidgets


@pytest.fixture
def with_picture(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> JournalPage:
    """The page on a new entry with words and one picture, "beach.jpg"."""
    return written_with_a_picture(qtbot, page, monkeypatch, tmp_path)


def _caption_dialog(page: JournalPage) -> QtWidgets.QInputDialog:
    dialog = page.editor.pictures.caption_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f2_gives_a_picture_a_caption_that_is_searched_and_heard(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal
) -> None:
    page = with_picture
    (thumbnail,) = page.editor.pictures.thumbnails
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_F2)
    dialog = _caption_dialog(page)
    assert "beach.jpg" in dialog.labelText()
    dialog.setTextValue("the drawing from Tuesday")
    dialog.accept()
    (thumbnail,) = page.editor.pictures.thumbnails
    assert thumbnail.accessibleName() == "Picture \u201cbeach.jpg\u201d: the drawing from Tuesday"
    assert thumbnail.toolTip() == "the drawing from Tuesday"
    found = journal.entries(EntryFilter(search="drawing"))
    assert [entry.id for entry in found] == [page.editor.entry_id]


def test_a_thumbnail_menu_offers_open_caption_turns_and_remove_with_their_keys(
    with_picture: JournalPage,
) -> None:
    (thumbnail,) = with_picture.editor.pictures.thumbnails
    offered = [(a.text(), a.shortcut().toString()) for a in thumbnail.menu_actions]
    assert offered == [
        ("Open", "Return"),
        ("Caption\u2026", "F2"),
        ("Turn left", "["),
        ("Turn right", "]"),
        ("Remove", "Del"),
    ]
    assert "Delete removes it" in thumbnail.accessibleDescription()
    assert thumbnail.actions() == []  # no menu arrow on the picture, no long-press menu
    menu_key = QtGui.QContextMenuEvent(
        QtGui.QContextMenuEvent.Reason.Keyboard,
        thumbnail.rect().center(),
        thumbnail.mapToGlobal(thumbnail.rect().center()),
    )
    QtWidgets.QApplication.sendEvent(thumbnail, menu_key)
    menu = thumbnail.context_menu
    assert menu is not None and menu.isVisible()
    assert menu.actions() == thumbnail.menu_actions
    menu.close()


def test_delete_removes_a_picture_and_undo_brings_it_back(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal
) -> None:
    page = with_picture
    entry_id = page.editor.entry_id
    assert entry_id is not None
    (before,) = journal.attachments.of_entry(entry_id)
    content = journal.attachments.content(before.id)
    (thumbnail,) = page.editor.pictures.thumbnails
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_Delete)
    assert journal.attachments.of_entry(entry_id) == []
    assert page.editor.pictures.thumbnails == []
    assert page.undo_bar.isVisible()
    assert page.undo_bar.message.text() == "\u201cbeach.jpg\u201d removed."
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    (back,) = journal.attachments.of_entry(entry_id)
    assert back.name == "beach.jpg" and journal.attachments.content(back.id) == content
    assert [t.attachment for t in page.editor.pictures.thumbnails] == [back]
    assert not page.undo_bar.isVisible()


def test_an_entry_deleted_and_undone_gets_its_pictures_back(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = with_picture
    entry_id = page.editor.entry_id
    assert entry_id is not None
    (picture,) = journal.attachments.of_entry(entry_id)
    journal.attachments.set_caption(picture.id, "the sea")
    content = journal.attachments.content(picture.id)
    monkeypatch.setattr(page, "_confirm_delete", lambda: True)
    assert page.delete_entry(entry_id)
    assert journal.attachments.of_entries([entry_id]) == {}
    assert page.editor.pictures.thumbnails == []
    restored = page.undo_delete()
    assert restored is not None and restored.id == entry_id
    (back,) = journal.attachments.of_entry(entry_id)
    assert journal.attachments.content(back.id) == content and back.caption == "the sea"
    assert page.editor.entry_id == entry_id
    wait_for_thumbnails(qtbot, page, 1)  # filled in once the entry is on screen
    assert [t.attachment for t in page.editor.pictures.thumbnails] == [back]


def test_a_lock_closes_the_caption_and_empties_the_strip(
    qtbot: QtBot, with_picture: JournalPage
) -> None:
    page = with_picture
    (thumbnail,) = page.editor.pictures.thumbnails
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_F2)
    dialog = _caption_dialog(page)
    page.clear_for_lock()
    assert not dialog.isVisible()
    assert page.editor.pictures.caption_dialog is None
    assert page.editor.pictures.thumbnails == []
    assert not page.editor.pictures.isVisible()
