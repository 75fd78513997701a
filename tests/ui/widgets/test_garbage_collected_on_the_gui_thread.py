"""Python's garbage collector breaks cycles of Qt objects on the GUI thread, from the event
loop, never on the background helper's thread (ui/widgets/garbage.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.widgets.garbage import GuiThreadCollector, collect_if_due


class Cycle(QtCore.QObject):
    """A QObject kept alive by nothing but a reference to itself."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def _allocate_on_a_worker_thread() -> None:
    def churn() -> None:
        # Containers alive at once, far past the count that starts a collection (the
        # count is of containers made and not yet freed).
        kept = [[] for _ in range(50 * gc.get_threshold()[0])]
        assert kept

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()


def test_the_application_collects_from_its_event_loop_only(qapp: QtWidgets.QApplication) -> None:
    assert not gc.isenabled()
    collectors = qapp.findChildren(GuiThreadCollector)
    assert len(collectors) == 1


def test_a_cycle_is_not_collected_on_a_background_thread_but_on_the_gui_thread(
    qapp: QtWidgets.QApplication, qtbot: QtBot
) -> None:
    cycle = weakref.ref(Cycle())
    _allocate_on_a_worker_thread()
    assert cycle() is not None, "the collector ran on the worker thread"
    kept: list[list[object]] = []

    def collected() -> bool:
        # A collection is due again, and stays due: other threads freeing objects (another
        # test's background work ending) count down what this thread made, and once made
        # it wait past the timeout (CI, once).
        kept.extend([] for _ in range(2 * gc.get_threshold()[0]))
        return cycle() is None

    qtbot.waitUntil(collected, timeout=5000)  # by the app's timer, on this thread


def test_a_collection_is_due_only_past_pythons_own_thresholds() -> None:
    gc.collect()
    assert collect_if_due() == 0
    Cycle()
    kept = [[] for _ in range(2 * gc.get_threshold()[0])]
    assert collect_if_due() >= 1
    assert kept
