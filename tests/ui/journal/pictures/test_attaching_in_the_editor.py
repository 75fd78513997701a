"""Files come into an entry three ways, "Attach…" (by keyboard too), a drop onto the text
and a paste, and each shows as a thumbnail a screen reader can name. A bad file is
refused with the core's one sentence, and nothing is attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from attach_kit import (
    WAIT_MS,
    attached_through_dialog,
    choosing,
    jpeg,
    picture_file,
    truncated_file,
    wait_for_thumbnails,
)
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.attachments import texts as refusals
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.journal.pictures import strip
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets


@pytest.fixture(autouse=True)
def told_before(journal: Journal) -> None:
    """The first attach's words on what is taken out were said in an earlier session
    (test_what_attaching_removes_is_said.py): the status here says only what came in."""
    journal.settings.set("said_what_is_removed", True)


def test_attach_is_reached_by_keyboard_and_stores_a_new_entry(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A fresh entry with nothing written yet gets stored, so the picture has a home."""
    page.new_entry()
    assert page.editor.entry_id is None
    asked = choosing(monkeypatch, [picture_file(tmp_path, "beach.jpg")])
    button = page.editor.pictures.attach_button
    assert button.accessibleName() == "Attach pictures or files"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    wait_for_thumbnails(qtbot, page, 1)
    assert asked == ["Attach to this entry"]
    assert page.editor.entry_id is not None
    (kept,) = journal.attachments.of_entry(page.editor.entry_id)
    (thumbnail,) = page.editor.pictures.thumbnails
    assert thumbnail.accessibleName() == "Picture \u201cbeach.jpg\u201d"
    assert not thumbnail.icon().isNull() and thumbnail.attachment == kept
    assert page.editor.status.text() == "1 file attached."
    assert page.editor.pictures.isVisible()


def test_the_thumbnails_follow_attach_in_the_tab_order(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page.new_entry()
    paths = [picture_file(tmp_path, f"{n}.jpg", (n * 40, 90, 90)) for n in range(2)]
    attached_through_dialog(qtbot, page, monkeypatch, paths)
    first, second = page.editor.pictures.thumbnails
    attach = page.editor.pictures.attach_button
    assert attach.nextInFocusChain() is first
    assert first.nextInFocusChain() is second
    assert second.nextInFocusChain() is page.editor.emotions.search  # the details go on


def test_files_dropped_onto_the_text_are_attached_not_typed(
    qtbot: QtBot, page: JournalPage, journal: Journal, tmp_path: Path
) -> None:
    page.new_entry()
    page.editor.body.setPlainText("A good day.")
    paths = [picture_file(tmp_path, "one.jpg"), picture_file(tmp_path, "two.jpg", (9, 9, 9))]
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path)) for path in paths])
    viewport = page.editor.body.viewport()
    where = QtCore.QPointF(viewport.rect().center())
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QtGui.QDragEnterEvent(where.toPoint(), action, mime, buttons, keys)
    QtWidgets.QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QtWidgets.QApplication.sendEvent(viewport, QtGui.QDropEvent(where, action, mime, buttons, keys))
    wait_for_thumbnails(qtbot, page, 2)
    assert page.editor.body.toPlainText() == "A good day."
    assert page.editor.entry_id is not None
    names = [a.name for a in journal.attachments.of_entry(page.editor.entry_id)]
    assert names == ["one.jpg", "two.jpg"]
    assert page.editor.status.text() == "2 files attached."


def test_a_picture_pasted_from_the_clipboard_is_attached(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    page.editor.body.setPlainText("Drawn in therapy:")
    QtWidgets.QApplication.clipboard().setImage(QtGui.QImage.fromData(jpeg()))
    page.editor.body.setFocus()
    page.editor.body.paste()
    wait_for_thumbnails(qtbot, page, 1)
    assert page.editor.body.toPlainText() == "Drawn in therapy:"
    assert page.editor.entry_id is not None
    (kept,) = journal.attachments.of_entry(page.editor.entry_id)
    assert (kept.name, kept.media_type, kept.width, kept.height) == (
        "Pasted picture.png",
        "image/png",
        160,
        120,
    )


def test_pasted_text_is_still_text(page: JournalPage) -> None:
    page.new_entry()
    QtWidgets.QApplication.clipboard().setText("only words")
    page.editor.body.paste()
    assert page.editor.body.toPlainText() == "only words"
    assert page.editor.pictures.thumbnails == []


def test_a_truncated_picture_is_refused_in_one_plain_sentence(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page.new_entry()
    page.editor.body.setPlainText("kept words")
    page.save_pending()
    entry_id = page.editor.entry_id
    assert entry_id is not None
    choosing(monkeypatch, [truncated_file(tmp_path)])
    page.editor.pictures.attach_button.click()
    sentence = refusals.DAMAGED_PICTURE.format(name="cut short.jpg")
    qtbot.waitUntil(lambda: page.editor.status.text() == sentence, timeout=WAIT_MS)
    assert journal.attachments.of_entry(entry_id) == []
    assert page.editor.pictures.thumbnails == [] and not page.editor.pictures.isVisible()


def test_a_bad_file_does_not_keep_the_good_ones_out(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page.new_entry()
    choosing(monkeypatch, [truncated_file(tmp_path), picture_file(tmp_path, "fine.jpg")])
    page.editor.pictures.attach_button.click()
    wait_for_thumbnails(qtbot, page, 1)
    sentence = refusals.DAMAGED_PICTURE.format(name="cut short.jpg")
    assert page.editor.status.text() == f"{sentence} 1 file attached."


def test_a_file_that_is_not_a_picture_is_named_and_saved_out_on_enter(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A letter kept as a file: its name under an icon, and Enter saves a copy where the
    person says (the app opens no file outside the vault)."""
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear me, you did well.", encoding="utf-8")
    page.new_entry()
    attached_through_dialog(qtbot, page, monkeypatch, [letter])
    (thumbnail,) = page.editor.pictures.thumbnails
    assert thumbnail.accessibleName() == "File \u201cletter.txt\u201d"
    assert thumbnail.text() == "letter.txt"
    assert thumbnail.menu_actions[0].text() == "Save a copy\u2026"
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(strip, "choose_folder", lambda *_args: str(out))
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_Return)
    saved = out / "letter.txt"
    assert saved.read_text(encoding="utf-8") == "Dear me, you did well."
    assert page.editor.status.text() == (f"A copy of \u201cletter.txt\u201d was saved as {saved}.")
    assert page.editor.pictures.view is None
