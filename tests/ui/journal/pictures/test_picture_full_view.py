"""The full view: a picture fit to the window, the arrow keys step through the entry's
pictures, Escape closes, and the picture is decoded from bytes in memory: no file is
written anywhere while it shows."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from attach_kit import WAIT_MS, attached_through_dialog, picture_file
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.journal.pictures.full_view import PictureView
from trustjournal.ui.qt import Qt, QtCore


@pytest.fixture
def three_pictures(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> JournalPage:
    page.new_entry()
    page.editor.body.setPlainText("Three pictures.")
    page.save_pending()
    colours = [(200, 30, 30), (30, 200, 30), (30, 30, 200)]
    paths = [picture_file(tmp_path, f"{n}.jpg", colour) for n, colour in enumerate(colours)]
    attached_through_dialog(qtbot, page, monkeypatch, paths)
    return page


def _opened(qtbot: QtBot, page: JournalPage, index: int) -> PictureView:
    thumbnail = page.editor.pictures.thumbnails[index]
    thumbnail.setFocus()
    qtbot.keyClick(thumbnail, Qt.Key.Key_Return)
    view = page.editor.pictures.view
    assert view is not None
    qtbot.waitUntil(lambda: not view.image_size().isEmpty(), timeout=WAIT_MS)
    return view


def _stepped(qtbot: QtBot, view: PictureView, key: Qt.Key) -> int:
    with qtbot.waitSignal(view.shown, timeout=WAIT_MS) as shown:
        qtbot.keyClick(view, key)
    return int(shown.args[0])


def test_enter_opens_the_picture_fit_to_the_window(
    qtbot: QtBot, three_pictures: JournalPage
) -> None:
    view = _opened(qtbot, three_pictures, 0)
    assert view.isVisible()
    assert view.image_size() == QtCore.QSize(160, 120)  # small: never enlarged past its size
    assert view.picture.pixmap() is not None and not view.picture.pixmap().isNull()
    assert view.position.text() == "Picture 1 of 3"
    assert view.picture.accessibleName() == "Picture \u201c0.jpg\u201d"


def test_arrows_step_through_the_pictures_and_stop_at_the_ends(
    qtbot: QtBot, three_pictures: JournalPage
) -> None:
    ids = [t.attachment.id for t in three_pictures.editor.pictures.thumbnails]
    view = _opened(qtbot, three_pictures, 1)
    assert _stepped(qtbot, view, Qt.Key.Key_Right) == ids[2]
    assert view.position.text() == "Picture 3 of 3"
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the last one: it stays
    assert view.current.id == ids[2]
    assert _stepped(qtbot, view, Qt.Key.Key_Left) == ids[1]
    assert _stepped(qtbot, view, Qt.Key.Key_Left) == ids[0]
    assert view.position.text() == "Picture 1 of 3"


def test_escape_closes_the_full_view(qtbot: QtBot, three_pictures: JournalPage) -> None:
    view = _opened(qtbot, three_pictures, 2)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_a_large_picture_is_decoded_at_screen_size(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    """A picture larger than the screen is decoded smaller (memory stays small)."""
    from attach_kit import jpeg

    page.new_entry()
    entry_id = page.editor.stored_entry_id()
    assert entry_id is not None
    journal.attachments.attach_bytes(entry_id, jpeg(size=(4000, 3000)), "large.jpg")
    page.editor.pictures.refresh()
    view = _opened(qtbot, page, 0)
    screen = view.screen().availableGeometry().size() * view.devicePixelRatioF()
    assert view.image_size().width() <= screen.width()
    assert view.image_size().height() <= screen.height()
    assert view.image_size().width() * 3 == view.image_size().height() * 4


def test_nothing_is_written_while_a_picture_shows(
    qtbot: QtBot,
    three_pictures: JournalPage,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The temporary folder, the home folder and the test's folder gain no file: the
    picture goes from the vault to the screen in memory."""
    scratch = tmp_path / "scratch"
    home = tmp_path / "home"
    scratch.mkdir()
    home.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("HOME", str(home))
    before = _files_under(tmp_path)
    view = _opened(qtbot, three_pictures, 0)
    _stepped(qtbot, view, Qt.Key.Key_Right)
    view.resize(500, 400)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert _files_under(tmp_path) == before
    assert list(scratch.iterdir()) == [] and list(home.iterdir()) == []


def _files_under(folder: Path) -> dict[str, int]:
    """Every file under `folder`, with its size (the vault's database may grow: its size
    is left out, the other files must stay as they are)."""
    return {
        str(path.relative_to(folder)): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and "journal.db" not in path.name
    }


def test_a_lock_closes_the_full_view(qtbot: QtBot, three_pictures: JournalPage) -> None:
    view = _opened(qtbot, three_pictures, 0)
    three_pictures.clear_for_lock()
    assert not view.isVisible()
    assert three_pictures.editor.pictures.view is None
