"""One listener per page on the journal's changes, coalesced into a single Qt signal.

A burst of changes (an agreement and its timeline event, say) becomes one
`changed` signal on the next turn of the event loop, and the page refreshes once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from trustjournal.core.changes import Change, Topic
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtCore, Signal


class ChangeWatcher(QtCore.QObject):
    changed = Signal()

    def __init__(self, journal: Journal, topics: Iterable[Topic], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._topics = frozenset(topics)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.changed)
        cancel: list[Callable[[], None]] = [journal.changes.subscribe(self._on_change)]
        self._cancel = cancel
        # A plain closure, not a bound method: it still runs while Qt destroys the object.
        self.destroyed.connect(lambda *_: _drain(cancel))

    def _on_change(self, change: Change) -> None:
        if change.topic in self._topics:
            self._timer.start()

    def stop(self) -> None:
        """Stop listening for good (on lock); nothing pending is delivered."""
        self._timer.stop()
        _drain(self._cancel)


def _drain(cancel: list[Callable[[], None]]) -> None:
    while cancel:
        cancel.pop()()
