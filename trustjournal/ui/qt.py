"""The one Qt import gate for the desktop app.

Every module under trustjournal.ui imports Qt from here, never from PySide6
directly (a test holds this), so a Qt binding change, a version check or a
workaround for a Qt bug happens in one place.
"""

from __future__ import annotations

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
]
