"""A picture is turned a quarter at a time (issue 26, "with rotate and remove"): "Turn
left" and "Turn right" in its thumbnail's menu, [ and ] while the thumbnail or the full
view has the focus, and two buttons in the full view. The turn is stored (the core's
`turn`, done off the GUI thread); the thumbnail and the full view redraw turned. A
turn is undone by turning back. A file that is not a picture offers no turn."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from attach_kit import WAIT_MS, attached_through_dialog, written_with_a_picture
from PIL import Image
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.attachments import keeping
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.widgets import background

LANDSCAPE = (160, 120)
PORTRAIT = (120, 160)


@pytest.fixture
def with_picture(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> JournalPage:
    """The page on a new entry with one landscape picture, "beach.jpg" (its top left
    quarter marked blue)."""
    return written_with_a_picture(qtbot, page, monkeypatch, tmp_path)


def _stored_size(journal: Journal, attachment_id: int) -> tuple[int, int]:
    with Image.open(io.BytesIO(journal.attachments.content(attachment_id))) as picture:
        return picture.size


def _thumbnail_shape(page: JournalPage) -> tuple[int, int]:
    (thumbnail,) = page.editor.pictures.thumbnails
    size = thumbnail.icon().availableSizes()[0]
    return size.width(), size.height()


def _turned_to(qtbot: QtBot, page: JournalPage, journal: Journal, size: tuple[int, int]) -> None:
    """Until the stored picture has `size` and the thumbnail shows it so."""

    def redrawn() -> bool:
        thumbnails = page.editor.pictures.thumbnails
        if len(thumbnails) != 1 or thumbnails[0].icon().isNull():
            return False
        shape = _thumbnail_shape(page)
        return _stored_size(journal, thumbnails[0].attachment.id) == size and (
            (shape[0] > shape[1]) == (size[0] > size[1])
        )

    qtbot.waitUntil(redrawn, timeout=WAIT_MS)


def test_square_brackets_turn_a_picture_and_its_thumbnail_keeps_the_focus(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal
) -> None:
    page = with_picture
    (thumbnail,) = page.editor.pictures.thumbnails
    picture_id = thumbnail.attachment.id
    thumbnail.setFocus()
    assert thumbnail.hasFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_BracketRight)
    _turned_to(qtbot, page, journal, PORTRAIT)
    with Image.open(io.BytesIO(journal.attachments.content(picture_id))) as picture:
        rgb = picture.convert("RGB")
        assert rgb.getpixel((110, 10))[2] > 150  # the blue top left is now top right
        assert rgb.getpixel((10, 10))[0] > 150
    (turned,) = page.editor.pictures.thumbnails
    assert turned.hasFocus()  # on the same picture, ready for the next turn
    assert "turned" in page.editor.status.text()
    qtbot.keyClick(turned, Qt.Key.Key_BracketLeft)  # undone by turning back
    _turned_to(qtbot, page, journal, LANDSCAPE)


def test_the_menu_offers_both_turns_with_their_keys(with_picture: JournalPage) -> None:
    (thumbnail,) = with_picture.editor.pictures.thumbnails
    offered = [(a.text(), a.shortcut().toString()) for a in thumbnail.menu_actions]
    assert ("Turn left", "[") in offered and ("Turn right", "]") in offered
    assert "[ and ] turn it" in thumbnail.accessibleDescription()


def test_a_file_that_is_not_a_picture_offers_no_turn(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page.new_entry()
    page.editor.body.setPlainText("A letter.")
    page.save_pending()
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear me,", encoding="utf-8")
    (kept,) = attached_through_dialog(qtbot, page, monkeypatch, [letter])
    (thumbnail,) = page.editor.pictures.thumbnails
    assert not any("Turn" in action.text() for action in thumbnail.menu_actions)
    assert "turn" not in thumbnail.accessibleDescription()
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_BracketRight)
    assert page.editor.pictures.thumbnails[0].attachment == kept


def test_turning_is_done_off_the_gui_thread(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = keeping.turned_picture

    def watched(data: bytes, name: str, quarter_turns: int) -> object:
        threads.append(threading.current_thread())
        return real(data, name, quarter_turns)

    monkeypatch.setattr(keeping, "turned_picture", watched)
    (thumbnail,) = with_picture.editor.pictures.thumbnails
    (turn_right,) = [a for a in thumbnail.menu_actions if a.text() == "Turn right"]
    turn_right.trigger()
    _turned_to(qtbot, with_picture, journal, PORTRAIT)
    assert threads and threading.main_thread() not in threads


def test_the_full_view_turns_with_its_buttons_and_keys_and_redraws(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal
) -> None:
    page = with_picture
    (thumbnail,) = page.editor.pictures.thumbnails
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_Return)
    view = page.editor.pictures.view
    assert view is not None
    qtbot.waitUntil(lambda: view.image_size() == QtCore.QSize(*LANDSCAPE), timeout=WAIT_MS)
    right = view.findChild(QtWidgets.QPushButton, "pictureViewTurnRight")
    left = view.findChild(QtWidgets.QPushButton, "pictureViewTurnLeft")
    assert right is not None and left is not None
    assert right.accessibleName() == "Turn right" and left.accessibleName() == "Turn left"
    right.click()
    qtbot.waitUntil(lambda: view.image_size() == QtCore.QSize(*PORTRAIT), timeout=WAIT_MS)
    _turned_to(qtbot, page, journal, PORTRAIT)  # the thumbnail under it too
    assert view.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_BracketLeft)
    qtbot.waitUntil(lambda: view.image_size() == QtCore.QSize(*LANDSCAPE), timeout=WAIT_MS)
    assert "[ and ] turn" in view.accessibleDescription()


def test_a_lock_during_a_turn_stores_nothing(
    qtbot: QtBot, with_picture: JournalPage, journal: Journal
) -> None:
    page = with_picture
    (thumbnail,) = page.editor.pictures.thumbnails
    picture_id = thumbnail.attachment.id
    page.editor.pictures.turner.turn(picture_id, 1)
    page.clear_for_lock()  # as a lock does, before the journal closes
    qtbot.waitUntil(lambda: not background.busy(), timeout=WAIT_MS)  # its answer came back
    assert _stored_size(journal, picture_id) == LANDSCAPE
    assert page.editor.pictures.thumbnails == []
