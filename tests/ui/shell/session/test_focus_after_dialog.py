"""A dialog closed gives the keyboard focus back to the widget that opened it, in an active
window, so shortcuts work at once without a click (issue 21, item 19)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from uikit import button, settle, wait_active

from trustjournal.ui.qt import Qt, QtWidgets, is_alive
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.widgets.access import focus_back

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


def _opened_over(qtbot: QtBot, main: MainWindow) -> QtWidgets.QDialog:
    """The dialog the main window just opened, once it is the active window."""

    def dialog() -> QtWidgets.QDialog | None:
        active = QtWidgets.QApplication.activeWindow()
        return active if isinstance(active, QtWidgets.QDialog) and active is not main else None

    qtbot.waitUntil(lambda: dialog() is not None)
    shown = dialog()
    assert shown is not None
    return shown


@pytest.mark.parametrize(
    "action", ["import_action", "limits_action", "shortcuts_action", "about_action"]
)
def test_a_dialog_of_the_window_gives_the_focus_back(
    unlocked: Unlock, qtbot: QtBot, action: str
) -> None:
    """Import…, Help's limits, keyboard shortcuts and About, each closed with Escape: the
    focus goes back to what had it, in the active main window (it went nowhere before)."""
    main = unlocked()
    opener = _focused_opener(qtbot, main)
    main.actions_by_name[action].trigger()
    dialog = _opened_over(qtbot, main)
    _escape(qtbot, dialog)
    _focus_back(qtbot, main, opener)


@pytest.mark.parametrize("action", ["import_action", "about_action"])
def test_a_lock_over_a_dialog_of_the_window_brings_nothing_forward(
    unlocked: Unlock, session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    """Hide and lock over Import… or a Help window: the dialog closes with the journal's
    window, and nothing asks that window to come forward again (a quick hide undone)."""
    given: list[QtWidgets.QWidget | None] = []
    monkeypatch.setattr(focus_back, "give_focus_back", given.append)
    main = unlocked()
    _focused_opener(qtbot, main)
    main.actions_by_name[action].trigger()
    dialog = _opened_over(qtbot, main)
    session.quick_hide()
    qtbot.waitUntil(lambda: session.journal is None)
    settle()
    assert not is_alive(dialog) or not dialog.isVisible()
    assert [opener for opener in given if opener is not None] == []
