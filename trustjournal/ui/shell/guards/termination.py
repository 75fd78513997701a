"""SIGTERM and SIGHUP (logout, shutdown, a closed terminal) run the same path as quitting.

Qt's event loop runs in C++, so a Python signal handler alone would wait for
the next Python call. The signal's number is written to a socket pair
instead (signal.set_wakeup_fd, through a pipe) and a QSocketNotifier wakes the
GUI thread, which saves the open entry, closes the journal and quits. Windows
sends no such signals (and its wake-up needs a socket), so there it does nothing.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

from trustjournal.ui.qt import QtCore

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
# What signal.signal() gives back and takes (typeshed's private _HANDLER).
_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class TerminationWatcher(QtCore.QObject):
    """Calls `on_terminate` on the GUI thread when the process is asked to end."""

    def __init__(
        self, on_terminate: Callable[[], None], parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_terminate = on_terminate
        self._ends: tuple[int, ...] = ()
        self._previous: dict[int, _Handler] = {}
        self._notifier: QtCore.QSocketNotifier | None = None
        if sys.platform == "win32":
            return
        reader, writer = os.pipe()
        self._ends = (reader, writer)
        for end in self._ends:
            os.set_blocking(end, False)
        self._previous_fd = signal.set_wakeup_fd(writer)
        # A Python-level handler replaces the default (die at once); the wake-up byte does the rest.
        self._previous = {number: signal.signal(number, _note) for number in _SIGNALS}
        self._notifier = QtCore.QSocketNotifier(reader, QtCore.QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            received = os.read(self._ends[0], 64)
        except BlockingIOError:
            return
        if any(number in received for number in _SIGNALS):
            self._on_terminate()

    def close(self) -> None:
        if self._notifier is None:
            return
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        for end in self._ends:
            with contextlib.suppress(OSError):
                os.close(end)
        self._notifier = None


def _note(_number: int, _frame: object) -> None:
    """Nothing to do here: the wake-up byte has already reached the GUI thread."""
