"""How large a window may open: as large as it reads well, never larger than the screen."""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtGui, QtWidgets

ROOM_AROUND = 40  # px: a dialog leaves this margin of the window (or screen) it opens over


def fitting_size(wanted: QtCore.QSize, parent: QtWidgets.QWidget | None) -> QtCore.QSize:
    """`wanted`, bounded by the window it opens over (or the screen, when that window is
    hidden, as the lock screen's dialogs may be), less a margin."""
    if parent is not None and parent.window().isVisible():
        room = parent.window().size()
    else:
        room = QtGui.QGuiApplication.primaryScreen().availableSize()
    return wanted.boundedTo(room - QtCore.QSize(ROOM_AROUND, ROOM_AROUND))
