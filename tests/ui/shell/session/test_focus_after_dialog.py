"""A dialog closed gives the keyboard focus back to the widget that opened it, in an active
window, so shortcuts work at once without a click (issue 21, item 19)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from uikit import button, wait_active

from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.agreements.page import AgreementsPage

Unlock = Callable[[], MainWindow]


def _focused_opener(qtbot: QtBot, main: MainWindow) -> QtWidgets.QAbstractButton:
    """The Agreements page's "New agreement…" button, focused in the active main window."""
    main.show_place("agreements")
    wait_active(qtbot, main)
    opener = button(main, "agreementsAdd")
    opener.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(opener.hasFocus)
    return opener


def _escape(qtbot: QtBot, dialog: QtWidgets.QDialog) -> None:
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
    target = QtWidgets.QApplication.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _focus_back(qtbot: QtBot, main: MainWindow, opener: QtWidgets.QWidget) -> None:
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is main, timeout=3_000)
    qtbot.waitUntil(opener.hasFocus, timeout=3_000)


def test_a_page_dialog_opened_by_keyboard_gives_the_focus_back(
    unlocked: Unlock, qtbot: QtBot
) -> None:
    main = unlocked()
    opener = _focused_opener(qtbot, main)
    qtbot.keyClick(opener, Qt.Key.Key_Space)
    page = main.page_of("agreements", AgreementsPage)
    dialog = page.dialogs.dialog
    assert dialog is not None
    _escape(qtbot, dialog)
    _focus_back(qtbot, main, opener)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_settings_opened_by_its_shortcut_gives_the_focus_back(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    opener = _focused_opener(qtbot, main)
    qtbot.keyClick(opener, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = session.settings_dialog
    assert dialog is not None
    _escape(qtbot, dialog)
    _focus_back(qtbot, main, opener)
    # and a shortcut works at once: Settings opens again without a click
    qtbot.keyClick(opener, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert session.settings_dialog is not None
    session.dialogs.close_all()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("sub_dialog", ["backups_open_button", "change_passphrase_open_button"])
def test_settings_back_from_a_sub_dialog_gives_the_focus_back_to_the_first_opener(
    unlocked: Unlock, session: Session, qtbot: QtBot, sub_dialog: str
) -> None:
    """Settings → "Backups and key…" (or "Change passphrase…"), clicked → Escape → Settings
    again → Escape: the focus goes back to what opened the first Settings, in the active
    main window. (With no window manager it stayed on the root window before.)"""
    main = unlocked()
    opener = _focused_opener(qtbot, main)
    qtbot.keyClick(opener, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    settings = session.settings_dialog
    assert settings is not None
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is settings)
    qtbot.mouseClick(button(settings, sub_dialog), Qt.MouseButton.LeftButton)
    opened = session.dialogs.slot.dialog
    assert opened is not None and opened is not settings
    _escape(qtbot, opened)
    qtbot.waitUntil(lambda: session.settings_dialog is not None)
    again = session.settings_dialog
    assert again is not None
    _escape(qtbot, again)
    _focus_back(qtbot, main, opener)
