"""A picture decoded from bytes in memory, never from a file (nothing of it is written
outside the vault), small enough for the screen, safe to run off the GUI thread; and a
row of kept thumbnails decoded so, on the background helper."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.attachments import Attachment
from trustjournal.ui.qt import Qt, QtCore, QtGui
from trustjournal.ui.widgets.background import run_in_background

# Qt refuses to allocate more than 256 MB for one image by default; the core lets in
# pictures up to 80 million pixels (320 MB as 32-bit pixels), and a PNG or a GIF is
# decoded whole before it is scaled. JPEG decodes straight at the smaller size.
ALLOCATION_LIMIT_MB = 400


def decoded(data: bytes, fit: QtCore.QSize) -> QtGui.QImage:
    """The picture in `data`, scaled to fit inside `fit` (never enlarged); a null QImage
    when it cannot be read. QImage, unlike QPixmap, may be made on any thread."""
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(data))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    reader = QtGui.QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # the core turned it upright already; harmless if so
    size = reader.size()
    if size.isValid() and (size.width() > fit.width() or size.height() > fit.height()):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    # The reader goes before its device: Python would free the buffer first (the order
    # of the names above), leaving the reader's image handler a device already deleted.
    del reader
    buffer.close()
    return image


def decode_thumbnails(
    journal: Journal,
    attachments: Sequence[Attachment],
    fit: QtCore.QSize,
    shown: Callable[[list[QtGui.QImage | None]], None],
    failed: Callable[[TrustJournalError], None],
    owner: QtCore.QObject,
) -> None:
    """The kept thumbnails read here (about 0.1 ms each), decoded and scaled on the
    background helper (10 of them took 27 to 38 ms on the GUI thread, busy 2 cores); None
    for a file that has none. No work for the helper when none has one."""
    if not any(attachment.has_thumbnail for attachment in attachments):
        return
    kept = [
        journal.attachments.thumbnail(attachment.id) if attachment.has_thumbnail else None
        for attachment in attachments
    ]
    run_in_background(
        lambda: [None if data is None else decoded(data, fit) for data in kept],
        shown,
        failed,
        owner=owner,
    )
