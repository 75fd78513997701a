"""Painting needs a QGuiApplication (fonts, the paint engine). The app already has one;
the command line and tests get one here, made once, on first use. Never widgets."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

_made: list[QGuiApplication] = []  # kept alive for the life of the process
_guarded: list[bool] = []  # once per process
_SPARE = 1 << 40


def ensure_gui() -> None:
    """Make a QGuiApplication unless one (or the app's QApplication) exists already."""
    if not _guarded:
        _guard_singletons()
        _guarded.append(True)
    existing = QCoreApplication.instance()
    if existing is None:
        _made.append(QGuiApplication(["trustjournal"]))
    elif not isinstance(existing, QGuiApplication):
        raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")


def _guard_singletons() -> None:
    """Some PySide6 builds (6.12 seen) return None from void methods without a new
    reference. Python 3.12 and later never free None, but 3.11 aborts after a few
    thousand such calls ("deallocating None"), and painting a long PDF makes far
    more. On such a build under 3.11, give None, True and False counts no export
    could spend. (The desktop app's Qt gate, ui/qt.py, does the same for the app.)"""
    if sys.version_info >= (3, 12):
        return
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    if before - sys.getrefcount(None) >= 4:
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE
