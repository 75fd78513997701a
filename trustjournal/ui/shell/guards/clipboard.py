"""Empty the clipboard on lock and quit, but only of text that came from this app.

Whenever the clipboard changes while this app owns it or has keyboard focus
(someone copied from one of its widgets), the guard remembers a hash of the
text (never the text). `clear_if_ours()` empties the clipboard when it still
holds one of those texts, and the X11 selection when this app owns it.
"""

from __future__ import annotations

import hashlib
from collections import deque

from trustjournal.ui.qt import QtCore, QtGui, QtWidgets

_REMEMBERED = 64


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QtCore.QObject):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: deque[bytes] = deque(maxlen=_REMEMBERED)
        self._clipboard().dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard as the app's own (for Copy buttons)."""
        self._ours.append(_digest(text))
        self._clipboard().setText(text)

    def remember(self, text: str) -> None:
        """`text`, on the clipboard now, came from this app (a window that knows it)."""
        self._ours.append(_digest(text))

    def holds_ours(self) -> bool:
        text = self._clipboard().text()
        return bool(text) and _digest(text) in self._ours

    def clear_if_ours(self) -> None:
        clipboard = self._clipboard()
        if self.holds_ours() or clipboard.ownsClipboard():
            clipboard.clear(QtGui.QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QtGui.QClipboard.Mode.Selection)
        self._ours.clear()

    def _changed(self) -> None:
        clipboard = self._clipboard()
        from_here = clipboard.ownsClipboard() or QtWidgets.QApplication.focusWidget() is not None
        text = clipboard.text()
        if from_here and text:
            self._ours.append(_digest(text))

    @staticmethod
    def _clipboard() -> QtGui.QClipboard:
        return QtGui.QGuiApplication.clipboard()
