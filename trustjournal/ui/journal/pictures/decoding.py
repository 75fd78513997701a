"""A picture decoded from bytes in memory, never from a file (nothing of it is written
outside the vault), small enough for the screen, safe to run off the GUI thread."""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtGui

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
