"""On a 1024x640 screen every window and dialog opens inside the screen, Close and Lock in
reach: the lock screen, its "When it's hard" window, the journal's window and the Export
dialog, also when the window remembered from the last run was larger than this screen.

Qt's screen is fixed when it starts, so each test runs in a child pytest whose only
screen is 1024x640 (`screens_kit.on_screen`); run them inline with
`QT_QPA_PLATFORM=offscreen:configfile=<a 1024x640 screen.json> pytest <this file>`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from layout_kit import off_screen
from pytestqt.qtbot import QtBot
from screens_kit import on_screen

from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

SMALL = QtCore.QSize(1024, 640)


def screen_area(widget: QtWidgets.QWidget) -> QtCore.QRect:
    """The free part of the screen `widget`'s window is on."""
    return widget.window().screen().availableGeometry()


def _in_reach(widget: QtWidgets.QWidget) -> list[str]:
    """`widget` (a Close or Lock button) shows whole on its window's screen."""
    place = QtCore.QRect(widget.mapToGlobal(QtCore.QPoint(0, 0)), widget.size())
    area = screen_area(widget)
    if widget.isVisible() and area.contains(place):
        return []
    return [f"{widget.objectName()} at {place.getRect()} is not inside the screen's {area}"]


def _fits(window: QtWidgets.QWidget, qtbot: QtBot) -> list[str]:
    qtbot.waitExposed(window)
    return off_screen(window, screen_area(window))


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_lock_screen_and_when_its_hard_fit_a_small_screen(
    session: Session, created_vault: object, qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if not on_screen(SMALL, request):
        return
    session.start()
    lock = session.window
    assert isinstance(lock, LockScreen)
    problems = _fits(lock, qtbot)
    hard_days = lock.open_hard_days()
    problems += _fits(hard_days, qtbot)
    close = hard_days.findChild(QtWidgets.QPushButton, "hardDaysClose")
    problems += _in_reach(close)
    assert not problems, "\n".join(problems)


@pytest.mark.slow
def test_the_journal_window_and_export_fit_a_small_screen(
    unlocked: Callable[[], MainWindow], qtbot: QtBot, request: pytest.FixtureRequest
) -> None:
    if not on_screen(SMALL, request):
        return
    main = unlocked()
    problems = _fits(main, qtbot)
    problems += _in_reach(main.findChild(QtWidgets.QWidget, "lock_button"))
    main.show_place("export")
    page = main.pages["export"]
    assert isinstance(page, ExportPage)
    dialog = page.open_dialog()
    assert dialog is not None
    problems += _fits(dialog, qtbot)
    problems += _in_reach(dialog.findChild(QtWidgets.QPushButton, "export_cancel_button"))
    assert not problems, "\n".join(problems)


def test_a_window_remembered_from_a_larger_screen_fits_a_small_screen(
    session: Session,
    preferences: Preferences,
    created_vault: object,
    qtbot: QtBot,
    request: pytest.FixtureRequest,
) -> None:
    """The last run was on a larger screen (or the window was made larger than this one)."""
    if not on_screen(SMALL, request):
        return
    larger = QtWidgets.QWidget()
    larger.setGeometry(QtCore.QRect(200, 100, 1400, 900))
    preferences.save_geometry(larger)
    session.start()
    lock = session.window
    assert lock is not None
    problems = _fits(lock, qtbot)
    assert not problems, "\n".join(problems)
