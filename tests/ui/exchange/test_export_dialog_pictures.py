"""The export dialog's "Pictures and files": on by default, by keyboard, in the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

LETTER = b"A letter I kept\n" * 7500


def picture_png(width: int = 900, height: int = 600) -> bytes:
    image = QtGui.QImage(width, height, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("teal"))
    array = QtCore.QByteArray()
    buffer = QtCore.QBuffer(array)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(array.data())


def dialog(qtbot: QtBot, journal: Journal) -> ExportDialog:
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Beach", body="Sea."))
    journal.attachments.attach_bytes(entry.id, picture_png(), "beach.png")
    journal.attachments.attach_bytes(entry.id, LETTER, "letter.pdf")
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    shown.between.setChecked(True)  # this month: the entry of today
    return shown


def preview_images(shown: ExportDialog) -> list[QtGui.QImage]:
    """The pictures the preview shows, as its document loaded them."""
    document = shown.preview.document()
    found: list[QtGui.QImage] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            chars = it.fragment().charFormat()
            if chars.isImageFormat():
                name = QtCore.QUrl(chars.toImageFormat().name())
                loaded = document.resource(QtGui.QTextDocument.ResourceType.ImageResource, name)
                if isinstance(loaded, QtGui.QPixmap):  # what QTextBrowser makes of it
                    loaded = loaded.toImage()
                found.append(loaded if isinstance(loaded, QtGui.QImage) else QtGui.QImage())
            it += 1
        block = block.next()
    return found


def test_pictures_and_files_are_on_by_default_and_shown_in_the_preview(
    qtbot: QtBot, journal: Journal
) -> None:
    shown = dialog(qtbot, journal)
    box = shown.findChild(QtWidgets.QCheckBox, "export_pictures")
    assert box is not None and box.isChecked() and box.accessibleName() == "Pictures and files"
    assert shown.options().pictures
    qtbot.waitUntil(lambda: len(preview_images(shown)) == 1)
    (image,) = preview_images(shown)
    assert not image.isNull() and image.width() <= 320  # the thumbnail, not the picture
    assert "File: letter.pdf, 120 KB" in shown.preview.toPlainText()


def test_one_choice_by_keyboard_leaves_every_picture_and_file_out(
    qtbot: QtBot, journal: Journal
) -> None:
    shown = dialog(qtbot, journal)
    shown.show()
    qtbot.waitExposed(shown)
    box = shown.pictures
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and not shown.options().pictures
    qtbot.waitUntil(lambda: "letter.pdf" not in shown.preview.toPlainText())
    assert preview_images(shown) == [] and "Sea." in shown.preview.toPlainText()


def test_a_markdown_export_saved_from_the_dialog_has_its_folder(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    shown = dialog(qtbot, journal)
    out = tmp_path / "out"
    out.mkdir()
    shown.format.setCurrentIndex(shown.format.findData("md"))
    shown.ask_path = lambda suggested: str(out / "notes.md")
    with qtbot.waitSignal(shown.exported):
        qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    assert "](notes%20files/beach.png)" in (out / "notes.md").read_text("utf-8")
    assert sorted(p.name for p in (out / "notes files").iterdir()) == ["beach.png", "letter.pdf"]


def test_a_plain_text_export_saved_from_the_dialog_reads_no_picture(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = dialog(qtbot, journal)
    read: list[int] = []
    monkeypatch.setattr(journal.attachments, "content", lambda found: read.append(found) or b"")
    shown.format.setCurrentIndex(shown.format.findData("txt"))
    shown.ask_path = lambda suggested: str(tmp_path / "notes.txt")
    with qtbot.waitSignal(shown.exported):
        qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    assert read == []  # the preview shows thumbnails; the saved text names what it holds
    text = (tmp_path / "notes.txt").read_text("utf-8")
    assert "Picture: beach.png\nFile: letter.pdf, 120 KB" in text
