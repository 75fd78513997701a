"""The quick-hide key (Ctrl+Shift+H) hides and locks from every place of the journal and
from every window or dialog opened over it, wherever the keyboard focus is."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from focus_walk_kit import OPENERS
from pytestqt.qtbot import QtBot
from uikit import settle

from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.places import PLACES
from trustjournal.ui.shell.session import Session

Unlock = Callable[[], MainWindow]
HIDE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press_quick_hide(qtbot: QtBot, session: Session) -> None:
    """Ctrl+Shift+H where the keyboard is: the focused widget of the active window."""
    window = QtWidgets.QApplication.activeWindow()
    assert window is not None, "no window is active"
    target = QtWidgets.QApplication.focusWidget() or window
    with qtbot.waitSignal(session.locked, timeout=5000):
        qtbot.keyClick(target, Qt.Key.Key_H, HIDE)
    assert isinstance(session.window, LockScreen) and session.journal is None
    assert session.window.isMinimized()


def opened_over(qtbot: QtBot, main: MainWindow, action: str) -> QtWidgets.QWidget:
    before = {w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()}
    main.actions_by_name[action].trigger()
    qtbot.waitUntil(
        lambda: any(
            w.isVisible() and w not in before for w in QtWidgets.QApplication.topLevelWidgets()
        )
    )
    shown = next(
        w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible() and w not in before
    )
    shown.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is shown)
    return shown


@pytest.mark.parametrize("place", [place.key for place in PLACES])
def test_quick_hide_works_from_every_place(
    place: str, unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    main.show_place(place)
    main.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is main)
    settle()
    press_quick_hide(qtbot, session)


@pytest.mark.parametrize("action", OPENERS)
def test_quick_hide_works_from_every_window_and_dialog(
    action: str, unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    opened_over(qtbot, main, action)
    settle()
    press_quick_hide(qtbot, session)
    assert not any(
        w.isVisible() and w is not session.window for w in QtWidgets.QApplication.topLevelWidgets()
    ), "something of the journal is still on screen"


def test_the_key_chooser_in_settings_records_the_quick_hide_key_instead(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    settings = opened_over(qtbot, main, "settings_action")
    chooser = settings.findChild(QtWidgets.QKeySequenceEdit, "quick_hide_key")
    chooser.clear()
    chooser.setFocus()
    qtbot.waitUntil(chooser.hasFocus)
    qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_H, HIDE)
    assert chooser.keySequence() == QtGui.QKeySequence("Ctrl+Shift+H")
    assert session.window is main and session.journal is not None
