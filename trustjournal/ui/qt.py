"""The one Qt import gate for the desktop app.

Every module under trustjournal.ui imports Qt from here, never from PySide6
directly (a test holds this), so a Qt binding change, a version check or a
workaround for a Qt bug happens in one place.
"""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore, QtGui, QtNetwork, QtPrintSupport, QtSvg, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = [
    "Qt",
    "QtCore",
    "QtGui",
    "QtNetwork",
    "QtPrintSupport",
    "QtSvg",
    "QtWidgets",
    "Signal",
    "Slot",
    "is_alive",
]


def is_alive(thing: QtCore.QObject) -> bool:
    """False once Qt has deleted the C++ side of `thing` (a closed window, say)."""
    return bool(shiboken6.isValid(thing))
