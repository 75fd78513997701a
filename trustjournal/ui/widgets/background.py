"""Slow work (key derivation) off the GUI thread, with the answer back on it.

The whole app uses this one helper: `run_in_background(work, on_done, on_error)`
runs `work()` on Qt's global thread pool and calls exactly one of the two
callbacks on the GUI thread. Every failure goes to `on_error` as one plain
sentence (`as_plain_error`): a read-only folder or a bug must end a busy state
like a wrong passphrase does, never leave a window waiting forever.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from trustjournal.core.errors import TrustJournalError, as_plain_error
from trustjournal.ui.qt import QtCore, Signal, Slot, is_alive

T = TypeVar("T")
# The answer crosses the threads as a plain object; run_in_background's T is what ties
# the work's answer to the callback that takes it.
Done = Callable[[Any], None]
Failed = Callable[[TrustJournalError], None]


@dataclass
class _Job:
    """A piece of work and who takes its answer. Held here, on the GUI thread, until the
    answer is delivered, so every reference it holds is let go on the GUI thread: the last
    reference to a window let go on a worker thread would delete the window there."""

    work: Callable[[], object]  # kept here too: the worker's reference is never the last
    on_done: Done
    on_error: Failed
    owner: QtCore.QObject | None


_pending: dict[int, _Job] = {}
_numbers = itertools.count(1)


class _Dispatcher(QtCore.QObject):
    """One for the app's life, made on the GUI thread: answers emitted from the workers
    arrive here queued. A worker keeps only a job's number once its work has run."""

    finished = Signal(int, object, object)  # (job, result, error)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)

    @Slot(int, object, object)
    def _deliver(self, number: int, result: object, error: object) -> None:
        job = _pending.pop(number, None)
        if job is None:
            return
        if job.owner is not None and not is_alive(job.owner):
            _close_unwanted(result)  # the window that asked is gone; nobody takes the answer
        elif isinstance(error, BaseException):
            job.on_error(as_plain_error(error))
        else:
            job.on_done(result)


_dispatchers: list[_Dispatcher] = []  # the one, made on first use (the GUI thread)


def _dispatcher() -> _Dispatcher:
    if not _dispatchers:
        _dispatchers.append(_Dispatcher())
    return _dispatchers[0]


def _close_unwanted(result: object) -> None:
    """An answer nobody will take is closed if it can be: an unlocked vault (from unlocking
    or recovering) must not stay open, holding its key and the journal's lock."""
    for part in result if isinstance(result, tuple) else (result,):  # (vault, code) too
        close = getattr(part, "close", None)
        if callable(close):
            close()


class _Task(QtCore.QRunnable):
    def __init__(self, number: int, work: Callable[[], object], to: _Dispatcher) -> None:
        super().__init__()
        self._number = number
        self._work: Callable[[], object] | None = work
        self._to = to  # lives as long as the app: letting go of it here costs nothing

    def run(self) -> None:
        work, self._work = self._work, None  # the job (GUI thread) holds it too
        assert work is not None
        result: object = None
        failure: BaseException | None = None
        try:
            result = work()
        except BaseException as error:  # handed to the GUI thread, never swallowed
            # Its traceback's frames hold the work's objects: they go here, while the
            # job still holds the work, so nothing of the work is let go last here.
            failure = error.with_traceback(None)
        del work  # before the answer leaves: the job is still pending, holding it
        self._to.finished.emit(self._number, result, failure)


def run_in_background(
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Failed,
    owner: QtCore.QObject | None = None,
    pool: QtCore.QThreadPool | None = None,
) -> None:
    """Run `work` on the thread pool (Qt's global one, which `wait_for_all` waits for,
    unless `pool` is given); the answer is dropped if `owner` is gone by then."""
    number = next(_numbers)
    _pending[number] = _Job(work, on_done, on_error, owner)
    where = pool if pool is not None else QtCore.QThreadPool.globalInstance()
    where.start(_Task(number, work, _dispatcher()))


def busy() -> bool:
    """True while some background work has not reported back yet."""
    return bool(_pending)


def wait_for_all() -> None:
    """Block until every running piece of work on the global pool has finished (before
    closing the vault; work on a pool of its own never touches the vault)."""
    QtCore.QThreadPool.globalInstance().waitForDone()
