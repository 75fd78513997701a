"""Slow work (key derivation) off the GUI thread, with the answer back on it.

The whole app uses this one helper: `run_in_background(work, on_done, on_error)`
runs `work()` on Qt's global thread pool and calls exactly one of the two
callbacks on the GUI thread. Every failure goes to `on_error` as one plain
sentence (`as_plain_error`): a read-only folder or a bug must end a busy state
like a wrong passphrase does, never leave a window waiting forever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from trustjournal.core.errors import TrustJournalError, as_plain_error
from trustjournal.ui.qt import QtCore, Signal, Slot, is_alive

T = TypeVar("T")
# The answer crosses the threads as a plain object; run_in_background's T is what ties
# the work's answer to the callback that takes it.
Done = Callable[[Any], None]
Failed = Callable[[TrustJournalError], None]

_pending: set[_Relay] = set()


class _Relay(QtCore.QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive queued."""

    finished = Signal(object, object)  # (result, error)

    def __init__(self, on_done: Done, on_error: Failed, owner: QtCore.QObject | None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._owner = owner
        self.finished.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _pending.discard(self)
        # Qt is still delivering this call to the relay, and that set held the last Python
        # reference: PySide would delete the relay under Qt's feet as this returns.
        # deleteLater hands it to Qt, which deletes it once the call is done.
        self.deleteLater()
        if self._owner is not None and not is_alive(self._owner):
            _close_unwanted(result)  # the window that asked is gone; nobody takes the answer
            return
        if isinstance(error, BaseException):
            self._on_error(as_plain_error(error))
        else:
            self._on_done(result)


def _close_unwanted(result: object) -> None:
    """An answer nobody will take is closed if it can be: an unlocked vault (from unlocking
    or recovering) must not stay open, holding its key and the journal's lock."""
    for part in result if isinstance(result, tuple) else (result,):  # (vault, code) too
        close = getattr(part, "close", None)
        if callable(close):
            close()


class _Task(QtCore.QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, never swallowed
            self._relay.finished.emit(None, error)
        else:
            self._relay.finished.emit(result, None)


def run_in_background(
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Failed,
    owner: QtCore.QObject | None = None,
) -> None:
    """Run `work` on the thread pool; the answer is dropped if `owner` is gone by then."""
    relay = _Relay(on_done, on_error, owner)
    _pending.add(relay)
    QtCore.QThreadPool.globalInstance().start(_Task(work, relay))


def busy() -> bool:
    """True while some background work has not reported back yet."""
    return bool(_pending)


def wait_for_all() -> None:
    """Block until every running piece of work has finished (before closing the vault)."""
    QtCore.QThreadPool.globalInstance().waitForDone()
