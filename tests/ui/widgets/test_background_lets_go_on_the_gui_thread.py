"""What the background helper holds for a piece of work (the work itself and the two
callbacks, which hold windows) is let go on the GUI thread, never on the worker's.

Let go on a worker thread, the last reference to a window deletes the window there: Qt
objects deleted off their thread crash the app later, in its event processing (the kind
of crash CI saw twice, in pytest-qt's event processing at a test's end)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtCore
from trustjournal.ui.widgets.background import run_in_background

RUNS = 40
FREED_ON: list[str] = []  # the thread each sentinel was let go on


class Sentinel:
    """Says on which thread it was let go of."""

    def __del__(self) -> None:
        FREED_ON.append(threading.current_thread().name)


def _start(answers: list[object]) -> None:
    """Work and a callback that each hold a sentinel, as a window's would hold the window;
    once this returns, only the background helper holds them."""
    held_by_work, held_by_callback = Sentinel(), Sentinel()
    run_in_background(
        lambda: (held_by_work, 1)[1],
        lambda answer: answers.append((held_by_callback, answer)[1]),
        answers.append,
    )


def _run_once(qtbot: QtBot) -> None:
    answers: list[object] = []
    _start(answers)
    qtbot.waitUntil(lambda: answers == [1])


def test_work_and_callbacks_are_let_go_on_the_gui_thread(qtbot: QtBot) -> None:
    FREED_ON.clear()
    gui = threading.current_thread().name
    for _ in range(RUNS):
        _run_once(qtbot)
    QtCore.QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: len(FREED_ON) == 2 * RUNS)
    assert set(FREED_ON) == {gui}
