"""Pictures for the app's attachment tests, made with Pillow in memory, and the steps of
attaching them through the editor as a person would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from trustjournal.core.records.attachments import Attachment
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.journal.pictures import strip

WAIT_MS = 20_000  # the background helper shares two busy cores with other runs


def jpeg(colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (160, 120)) -> bytes:
    picture = Image.new("RGB", size, colour)
    picture.paste((20, 20, 220), (0, 0, size[0] // 2, size[1] // 4))  # a marked corner
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90)
    return out.getvalue()


def picture_file(folder: Path, name: str, colour: tuple[int, int, int] = (200, 30, 30)) -> Path:
    path = folder / name
    path.write_bytes(jpeg(colour))
    return path


def truncated_file(folder: Path, name: str = "cut short.jpg") -> Path:
    """A JPEG cut in half, as a copy that stopped midway leaves it."""
    data = jpeg(size=(400, 300))
    path = folder / name
    path.write_bytes(data[: len(data) // 2])
    return path


def choosing(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> list[str]:
    """The file dialog answers with `paths`; returns the captions it was asked with."""
    asked: list[str] = []

    def chosen(_parent: object, caption: str, *_rest: object) -> list[str]:
        asked.append(caption)
        return [str(path) for path in paths]

    monkeypatch.setattr(strip, "choose_files_to_open", chosen)
    return asked


def attached_through_dialog(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, paths: list[Path]
) -> list[Attachment]:
    """Attach `paths` with "Attach…" and wait until their thumbnails show."""
    choosing(monkeypatch, paths)
    before = len(page.editor.pictures.thumbnails)
    page.editor.pictures.attach_button.click()
    wait_for_thumbnails(qtbot, page, before + len(paths))
    return [thumbnail.attachment for thumbnail in page.editor.pictures.thumbnails]


def wait_for_thumbnails(qtbot: QtBot, page: JournalPage, count: int) -> None:
    """Until `count` thumbnails show, each with its picture (decoded in the background)."""

    def shown() -> bool:
        thumbnails = page.editor.pictures.thumbnails
        return len(thumbnails) == count and all(not t.icon().isNull() for t in thumbnails)

    qtbot.waitUntil(shown, timeout=WAIT_MS)


def written_with_a_picture(
    qtbot: QtBot, page: JournalPage, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> JournalPage:
    """The page on a new, stored entry with words and one picture, "beach.jpg" (made in
    `folder`), attached through "Attach…"."""
    page.new_entry()
    page.editor.body.setPlainText("A good day at the sea.")
    page.save_pending()
    attached_through_dialog(qtbot, page, monkeypatch, [picture_file(folder, "beach.jpg")])
    return page
