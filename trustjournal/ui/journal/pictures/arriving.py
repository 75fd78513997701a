"""What a drop or a paste brings, read as files to attach: local files, or a picture with
no text (a screenshot, "Copy image" in a browser). Anything else is text for the editor.
And the two steps each file takes on the background helper: read and cleaned, then kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.attachments.keeping import Attachments, prepared, prepared_file
from trustjournal.core.records.attachments import Attachment, Intake
from trustjournal.ui.qt import QtCore, QtGui

Source = Callable[[], Intake]  # reads and cleans one file: run off the GUI thread
Prepared = Intake | str  # a file made ready to keep, or the sentence saying why not
Kept = Attachment | str  # a file kept, or the sentence saying why it could not be


@dataclass(frozen=True)
class Arrival:
    """Files named by the drop or paste, or a picture that came without a file."""

    paths: tuple[Path, ...] = ()
    picture: QtGui.QImage | None = None


def arrival_in(mime: QtCore.QMimeData) -> Arrival | None:
    """The files or picture `mime` brings, or None when it is text to insert as text."""
    if mime.hasUrls():
        urls = mime.urls()
        if urls and all(url.isLocalFile() for url in urls):
            return Arrival(paths=tuple(Path(url.toLocalFile()) for url in urls))
    if mime.hasImage() and not mime.hasText():
        image = mime.imageData()
        if isinstance(image, QtGui.QImage) and not image.isNull():
            return Arrival(picture=image)
    return None


def png_bytes(image: QtGui.QImage) -> bytes:
    """A pasted picture as PNG bytes, in memory (the core cleans it like any other)."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as a str, where its type stubs say bytes.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(buffer.data().data())


def reading(path: Path) -> Source:
    return lambda: prepared_file(path)


def encoding(image: QtGui.QImage, name: str) -> Source:
    return lambda: prepared(png_bytes(image), name)


def prepared_or_refused(source: Source) -> Prepared:
    """Runs off the GUI thread: the file ready to keep, or the one sentence that refuses
    it (each file on its own: one bad file does not stop the others)."""
    try:
        return source()
    except TrustJournalError as refusal:
        return str(refusal)


def kept_or_refused(attachments: Attachments, entry_id: int, intake: Intake) -> Kept:
    """Runs off the GUI thread, on a connection of its own: the file kept, or the one
    sentence saying why not (the entry was deleted meanwhile, a full disk)."""
    try:
        return attachments.keep_apart(entry_id, intake)
    except TrustJournalError as refusal:
        return str(refusal)
