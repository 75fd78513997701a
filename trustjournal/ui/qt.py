"""The one Qt import gate for the desktop app.

Every module under trustjournal.ui imports Qt from here, never from PySide6
directly (a test holds this), so a Qt binding change, a version check or a
workaround for a Qt bug happens in one place.
"""

from __future__ import annotations

import ctypes
import sys

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
    "singletons_leak",
]


def is_alive(thing: QtCore.QObject) -> bool:
    """False once Qt has deleted the C++ side of `thing` (a closed window, say)."""
    return bool(shiboken6.isValid(thing))


_PROBE_CALLS = 16
_UNSPENDABLE = 1 << 40


class _Probe(QtCore.QObject):
    said = Signal()


def singletons_leak() -> bool:
    """True when this PySide6 build takes references to None or True away.

    Some builds (6.12 seen) return None from void methods and True from
    `Signal.emit` without a new reference. From Python 3.12 those objects are
    immortal and nothing happens; on 3.11 every call lowers their count until
    the interpreter aborts ("deallocating None"), after a few thousand calls.
    """
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
        probe.said.emit()
    lost = max(none_before - sys.getrefcount(None), true_before - sys.getrefcount(True))
    return lost >= _PROBE_CALLS // 2


def _keep_singletons_alive() -> None:
    """Give None, True and False counts no session could spend (3.11, leaking builds only)."""
    if sys.version_info < (3, 12) and singletons_leak():
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += _UNSPENDABLE


_keep_singletons_alive()
