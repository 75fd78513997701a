"""Python's cyclic garbage collector runs on the GUI thread, from the event loop, only.

Left to itself the collector runs whenever allocations pass a threshold, on whichever
thread is allocating: the one background helper's thread too (key derivation, imports,
backups). A window, dialog or relay held only by a reference cycle was then deleted by
PySide from that thread, or in the middle of Qt delivering an event to it, and Qt could
crash later, at random (the likeliest cause found for a test worker's unexplained crash in
Qt's event processing; not reproduced). Like
Anki's, pyqtgraph's and other Qt apps written in Python, TrustJournal turns automatic
collection off and collects from the event loop instead, a generation at a time as the
collector itself would have (`collect_if_due`). Only cycles wait for it: everything else is
still freed the moment its last reference goes.
"""

from __future__ import annotations

import gc

from trustjournal.ui.qt import QtCore, Slot

INTERVAL_MS = 1000  # often enough that cycles never pile up; a check with nothing due is ~1 µs


def collect_if_due() -> int:
    """Collect the oldest generation Python would have collected by now (as its own
    collector picks, oldest first), if any; gives the number of objects found. Called
    from a timer, so at most one collection a tick whatever the allocations."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class GuiThreadCollector(QtCore.QObject):
    """Owned by the application: off with automatic collection, and a timer to collect."""

    def __init__(self, parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._timer = QtCore.QTimer(self)
        self._timer.setObjectName("garbage_collection_timer")
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        gc.disable()
        self._timer.start()

    @Slot()
    def collect(self) -> None:
        collect_if_due()


def collect_on_the_gui_thread(app: QtCore.QCoreApplication) -> GuiThreadCollector:
    """Start the app's collector once (a second call gives the one running)."""
    running = app.findChild(GuiThreadCollector)
    if isinstance(running, GuiThreadCollector):
        return running
    return GuiThreadCollector(app)
