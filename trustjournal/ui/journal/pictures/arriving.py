"""What a drop or a paste brings, read as files to attach: local files, or a picture with
no text (a screenshot, "Copy image" in a browser). Anything else is text for the editor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trustjournal.ui.qt import QtCore, QtGui


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
