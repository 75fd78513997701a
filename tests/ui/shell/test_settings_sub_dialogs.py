"""Settings opens "Backups and key…" and "Change passphrase…" without losing what was
changed but not yet saved, and comes back when they close (issue 21, item 2)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from uikit import click, find, open_settings

from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.dialog import SettingsDialog

Unlock = Callable[[], MainWindow]


def change_without_saving(dialog: SettingsDialog, qtbot: QtBot) -> None:
    """Dark theme, a 3-minute lock, another quick-hide key and a neutral title; not saved."""
    theme = find(dialog, QtWidgets.QComboBox, "theme_choice")
    assert isinstance(theme, QtWidgets.QComboBox)
    theme.setCurrentIndex(theme.findData("dark"))
    idle = find(dialog, QtWidgets.QSpinBox, "idle_minutes")
    assert isinstance(idle, QtWidgets.QSpinBox)
    idle.setValue(3)
    keys = find(dialog, QtWidgets.QKeySequenceEdit, "quick_hide_key")
    assert isinstance(keys, QtWidgets.QKeySequenceEdit)
    keys.setKeySequence(QtGui.QKeySequence("Ctrl+Alt+J"))
    check = find(dialog, QtWidgets.QCheckBox, "neutral_title_check")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    title = find(dialog, QtWidgets.QLineEdit, "neutral_title_field")
    assert isinstance(title, QtWidgets.QLineEdit)
    title.setText("Recipes")


def changed_then_opened(
    unlocked: Unlock, session: Session, qtbot: QtBot, button: str
) -> MainWindow:
    """Unlocked, Settings changed but not saved, then `button` pressed in it."""
    main = unlocked()
    settings = open_settings(main, qtbot, session)
    change_without_saving(settings, qtbot)
    click(qtbot, settings, button)
    return main


def back_in_settings(qtbot: QtBot, session: Session) -> SettingsDialog:
    qtbot.waitUntil(lambda: session.settings_dialog is not None, timeout=5_000)
    dialog = session.settings_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def assert_still_changed(dialog: SettingsDialog) -> None:
    values = dialog.values()
    assert values["theme"] == "dark"
    assert values["idle_lock_minutes"] == 3
    assert values["quick_hide_key"] == "Ctrl+Alt+J"
    assert dialog.neutral_check.isChecked() and dialog.neutral_title.isEnabled()
    assert dialog.neutral_title.text() == "Recipes"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_backups_and_key_comes_back_to_settings_with_the_changes(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = changed_then_opened(unlocked, session, qtbot, "backups_open_button")
    backups = session.backup_dialog
    assert backups is not None
    click(qtbot, backups, "backup_close_button")
    again = back_in_settings(qtbot, session)
    assert_still_changed(again)
    click(qtbot, again, "save_settings_button")
    assert session.journal is not None
    assert session.journal.settings.theme == "dark"
    assert session.journal.settings.idle_lock_minutes == 3
    assert session.preferences.neutral_title() == "Recipes"
    assert main.windowTitle() == "Recipes"


def test_change_passphrase_cancelled_comes_back_to_settings_with_the_changes(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    changed_then_opened(unlocked, session, qtbot, "change_passphrase_open_button")
    dialog = session.change_passphrase_dialog
    assert dialog is not None
    click(qtbot, dialog, "change_passphrase_cancel_button")
    assert_still_changed(back_in_settings(qtbot, session))


def test_settings_cancelled_after_backups_does_not_come_back(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    changed_then_opened(unlocked, session, qtbot, "backups_open_button")
    assert session.backup_dialog is not None
    click(qtbot, session.backup_dialog, "backup_close_button")
    again = back_in_settings(qtbot, session)
    click(qtbot, again, "cancel_settings_button")
    qtbot.waitUntil(lambda: session.dialogs.slot.dialog is None)
    assert session.settings_dialog is None
    assert session.journal is not None and session.journal.settings.theme != "dark"


def test_a_lock_from_backups_forgets_the_unsaved_settings(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    changed_then_opened(unlocked, session, qtbot, "backups_open_button")
    session.lock()
    main = unlocked()
    assert session.settings_dialog is None  # nothing comes back after the lock
    assert open_settings(main, qtbot, session).values()["theme"] != "dark"
