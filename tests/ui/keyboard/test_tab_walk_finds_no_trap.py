"""Tab walks every place of the journal window and every window it opens, as a keyboard
user would, and never gets stuck: each Tab moves on, text areas included, and the walk
comes back round to where it began; in the places every stop has a name a screen reader
says and a role more than Qt's generic one. The walker itself is seen to catch planted traps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from focus_walk_kit import (
    OPENED_BY_THE_WINDOW,
    Trapped,
    describe,
    first_focusable,
    out_of_reading_order,
    spoken_name,
    spoken_role,
    tab_walk,
)
from pytestqt.qtbot import QtBot
from screens_kit import Filled
from uikit import settle

from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.places import PLACES

GENERIC = QtGui.QAccessible.Role.Client  # Qt's role for any widget: no kind said


@pytest.fixture
def window(filled: Filled, qtbot: QtBot) -> QtWidgets.QWidget:
    main = filled.main
    main.show()
    main.resize(1280, 800)
    main.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is main)
    return main


@pytest.mark.parametrize("place", [place.key for place in PLACES])
def test_tab_goes_round_every_place_without_a_trap(
    place: str, filled: Filled, window: QtWidgets.QWidget, qtbot: QtBot
) -> None:
    filled.main.show_place(place)
    settle()
    page = filled.main.pages[place]
    walk = tab_walk(qtbot, first_focusable(page))
    assert any(page.isAncestorOf(w) for w in walk), f"Tab reached nothing of {place}"
    steps = out_of_reading_order(page, walk)
    assert not steps, "\n".join(f"{describe(s.came_from)} -> {describe(s.went_to)}" for s in steps)
    unnamed = [describe(w) for w in walk if not spoken_name(w)]
    assert not unnamed, f"Tab stops a screen reader cannot name: {', '.join(unnamed)}"
    vague = [describe(w) for w in walk if spoken_role(w) in (None, GENERIC)]
    assert not vague, f"Tab stops a screen reader says only as a panel: {', '.join(vague)}"


def open_export(main: MainWindow) -> None:
    main.show_place("export")
    main.findChild(QtWidgets.QPushButton, "export_open_button").click()


def opener_of(action: str) -> Callable[[MainWindow], None]:
    if action == "export":
        return open_export
    return lambda main: main.actions_by_name[action].trigger()


@pytest.mark.parametrize("action", [*OPENED_BY_THE_WINDOW, "export"])
def test_tab_goes_round_every_window_opened_over_the_journal(
    action: str, filled: Filled, window: QtWidgets.QWidget, qtbot: QtBot
) -> None:
    before = set(QtWidgets.QApplication.topLevelWidgets())
    opener_of(action)(filled.main)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in opened(before)))
    shown = next(w for w in opened(before) if w.isVisible())
    try:
        shown.activateWindow()
        qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is shown)
        walk = tab_walk(qtbot, first_focusable(shown))
        assert all(shown.isAncestorOf(w) for w in walk), "Tab left the dialog"
    finally:
        shown.close()
        settle()


def opened(before: set[QtWidgets.QWidget]) -> list[QtWidgets.QWidget]:
    return [w for w in QtWidgets.QApplication.topLevelWidgets() if w not in before]


def planted(trap: QtWidgets.QWidget) -> QtWidgets.QWidget:
    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    for widget in (QtWidgets.QLineEdit(), trap, QtWidgets.QPushButton("Save")):
        layout.addWidget(widget)
    return window


def test_the_walk_catches_a_text_area_that_keeps_the_tab(qtbot: QtBot) -> None:
    window = planted(QtWidgets.QPlainTextEdit())  # Qt's default: Tab is typed as text
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with pytest.raises(Trapped, match=r"Tab left the focus on QPlainTextEdit.*typed into it"):
        tab_walk(qtbot, first_focusable(window))
    fixed = QtWidgets.QPlainTextEdit()
    fixed.setTabChangesFocus(True)
    window = planted(fixed)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert len(tab_walk(qtbot, first_focusable(window))) == 3
