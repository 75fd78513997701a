"""Settings: kept in the vault across locks, the neutral title in QSettings, applied at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import files_containing
from uikit import find, open_settings, wait_active, wait_for_window

from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DARK

Unlock = Callable[[], MainWindow]


def choose(dialog: SettingsDialog, name: str, value: str) -> None:
    combo = find(dialog, QtWidgets.QComboBox, name)
    assert isinstance(combo, QtWidgets.QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def change_everything(dialog: SettingsDialog, qtbot: QtBot) -> None:
    idle = find(dialog, QtWidgets.QSpinBox, "idle_minutes")
    assert isinstance(idle, QtWidgets.QSpinBox)
    idle.setValue(2)
    size = find(dialog, QtWidgets.QSpinBox, "text_size")
    assert isinstance(size, QtWidgets.QSpinBox)
    size.setValue(14)
    keys = find(dialog, QtWidgets.QKeySequenceEdit, "quick_hide_key")
    assert isinstance(keys, QtWidgets.QKeySequenceEdit)
    keys.setKeySequence(QtGui.QKeySequence("Ctrl+Alt+J"))
    choose(dialog, "theme_choice", "dark")
    choose(dialog, "prompt_role", "hurt")
    check = find(dialog, QtWidgets.QCheckBox, "neutral_title_check")
    assert isinstance(check, QtWidgets.QCheckBox)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    title = find(dialog, QtWidgets.QLineEdit, "neutral_title_field")
    assert isinstance(title, QtWidgets.QLineEdit)
    title.setText("Recipes")
    save = find(dialog, QtWidgets.QPushButton, "save_settings_button")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_settings_show_the_defaults(unlocked: Unlock, session: Session, qtbot: QtBot) -> None:
    dialog = open_settings(unlocked(), qtbot, session)
    assert dialog.values() == {
        "idle_lock_minutes": 5,
        "quick_hide_key": "Ctrl+Shift+H",
        "theme": "system",
        "text_size": 11,
        "reduce_motion": False,
        "prompt_role": "any",
        "recovery_phase": "unsaid",
    }
    assert not find(dialog, QtWidgets.QLineEdit, "neutral_title_field").isEnabled()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_settings_are_kept_across_a_lock_and_applied(
    unlocked: Unlock,
    session: Session,
    qtbot: QtBot,
    preferences: Preferences,
    data_dir: Path,
    qt_settings: Path,
) -> None:
    main = unlocked()
    change_everything(open_settings(main, qtbot, session), qtbot)
    assert main.windowTitle() == "Recipes"
    assert QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Window).name() == (
        DARK.window
    )
    assert QtWidgets.QApplication.font().pointSize() == 14
    assert main.actions_by_name["quick_hide_action"].shortcut().toString() == "Ctrl+Alt+J"
    session.lock()
    screen = wait_for_window(qtbot, session, LockScreen)
    assert screen.windowTitle() == "Recipes"
    assert preferences.neutral_title() == "Recipes"
    main = unlocked()
    assert session.journal is not None
    settings = session.journal.settings
    assert settings.get("idle_lock_minutes") == 2
    assert settings.get("quick_hide_key") == "Ctrl+Alt+J"
    assert settings.get("theme") == "dark"
    assert settings.get("text_size") == 14
    assert settings.get("prompt_role") == "hurt"
    assert main.windowTitle() == "Recipes"
    assert files_containing("Ctrl+Alt+J", [qt_settings]) == []  # vault settings stay in the vault


def test_cancel_changes_nothing(unlocked: Unlock, session: Session, qtbot: QtBot) -> None:
    dialog = open_settings(unlocked(), qtbot, session)
    choose(dialog, "theme_choice", "dark")
    cancel = find(dialog, QtWidgets.QPushButton, "cancel_settings_button")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert session.journal is not None
    assert session.journal.settings.get("theme") == "system"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_changed_quick_hide_key_hides_and_locks(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    change_everything(open_settings(main, qtbot, session), qtbot)
    wait_active(qtbot, main)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(main, Qt.Key.Key_J, modifiers)
    screen = wait_for_window(qtbot, session, LockScreen)
    assert screen.isMinimized()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_new_idle_minutes_are_used(unlocked: Unlock, session: Session, qtbot: QtBot) -> None:
    main = unlocked()
    change_everything(open_settings(main, qtbot, session), qtbot)
    clock = session.clock
    clock.advance(minutes=2)  # type: ignore[attr-defined]
    session.idle.check()
    assert isinstance(session.window, LockScreen)


def test_locking_closes_an_open_settings_dialog(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    dialog = open_settings(unlocked(), qtbot, session)
    # Closed by the lock (it finishes, as Cancel would), not merely deleted along with the
    # window it belongs to: that would drop it unclosed, and nothing of it may be touched
    # after it is gone, so the test watches its signal and the application's windows.
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        session.lock()
    assert session.settings_dialog is None
    qtbot.waitUntil(lambda: not _settings_windows())


def _settings_windows() -> list[QtWidgets.QWidget]:
    """The settings dialogs that still exist, shown or not."""
    every = QtWidgets.QApplication.topLevelWidgets()
    return [window for window in every if window.objectName() == "settings_dialog"]
