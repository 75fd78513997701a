"""The session's parts, each through the session that wires them: the vault dialogs share
one slot with the together check (one open at a time, all closed at a lock), the together
hand-off says `ended` only when the flow ends by itself, and appearance wears the neutral
title and the remembered theme."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from together_walk_kit import start_together

from trustjournal.core.clock import ManualClock
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.appearance import Appearance
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DARK, DEFAULT_TEXT_SIZE
from trustjournal.ui.trust.together.start import OwnerCheckDialog

Unlock = Callable[[], MainWindow]


def test_a_new_vault_dialog_closes_the_one_open(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    session.dialogs.open_settings()
    settings = session.dialogs.slot.dialog
    assert isinstance(settings, SettingsDialog)
    qtbot.waitUntil(settings.isVisible)
    with qtbot.waitSignal(settings.destroyed):
        session.dialogs.open_backups()
    backups = session.dialogs.slot.dialog
    assert isinstance(backups, BackupDialog) and session.settings_dialog is None
    backups.reject()


def test_the_together_check_and_the_vault_dialogs_share_one_slot(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    session.open_settings()
    settings = session.settings_dialog
    assert settings is not None
    session.start_together()
    check = session.dialogs.slot.dialog
    assert isinstance(check, OwnerCheckDialog) and check is session.owner_check
    qtbot.waitUntil(lambda: not settings.isVisible())
    check.reject()


def test_a_lock_closes_every_dialog_and_lets_go_of_the_journal(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    session.open_backups()
    backups = session.backup_dialog
    assert backups is not None
    qtbot.waitUntil(backups.isVisible)
    session.lock()
    assert session.dialogs.slot.dialog is None and not backups.isVisible()
    session.dialogs.open_settings()  # a menu action arriving after the lock
    session.dialogs.show_pending_code()
    assert session.dialogs.slot.dialog is None
    assert isinstance(session.window, LockScreen)


def test_the_flow_ending_by_itself_locks_but_a_lock_takes_it_back_quietly(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    flow = start_together(qtbot, session, main)
    with qtbot.assertNotEmitted(session.handoff.ended):
        session.lock()  # taken back: the lock is already under way
    assert session.together is None and not flow.isVisible()
    session.handoff.take_back()  # nothing runs: nothing to do
    main = unlocked()
    flow = start_together(qtbot, session, main)
    with qtbot.waitSignal(session.handoff.ended):
        flow.ended.emit()
    assert session.journal is None and isinstance(session.window, LockScreen)


def test_bringing_to_front_shows_the_flow_while_one_runs(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    assert session.handoff.bring_to_front() is False
    flow = start_together(qtbot, session, main)
    flow.showMinimized()
    qtbot.waitUntil(flow.isMinimized)
    session.bring_to_front()
    qtbot.waitUntil(lambda: not flow.isMinimized())
    assert not main.isVisible()  # the journal stays locked away behind it


def test_appearance_wears_the_neutral_title(preferences: Preferences) -> None:
    preferences.set_neutral_title("Notes")
    look = Appearance(preferences)
    window = QtWidgets.QWidget()
    look.retitle(window)
    assert look.title() == "Notes" and window.windowTitle() == "Notes"
    look.retitle(None)  # no window: nothing to do


def test_before_unlock_the_remembered_theme_shows_at_the_default_size(
    preferences: Preferences, qapp: QtWidgets.QApplication
) -> None:
    preferences.set_theme("dark")
    Appearance(preferences).before_unlock()
    assert qapp.palette().color(QtGui.QPalette.ColorRole.Window).name() == DARK.window.lower()
    assert qapp.font().pointSize() == DEFAULT_TEXT_SIZE


@pytest.mark.slow
def test_changed_settings_restyle_and_give_the_window_its_new_quick_hide_key(
    unlocked: Unlock, session: Session, preferences: Preferences
) -> None:
    """And the theme is remembered on the device, for the next lock screen."""
    main = unlocked()
    assert session.journal is not None
    session.journal.settings.set("theme", "dark")
    assert preferences.theme() == "dark"
    session.journal.settings.set("quick_hide_key", "Ctrl+Shift+K")
    shortcut = main.actions_by_name["quick_hide_action"].shortcut()
    assert shortcut == QtGui.QKeySequence("Ctrl+Shift+K")
    session.appearance.apply_settings(session.journal.settings, None)  # no window: no keys


def test_the_parts_go_with_the_session(
    data_dir: Path, clock: ManualClock, preferences: Preferences, qtbot: QtBot
) -> None:
    """Qt ownership: the window host, the dialogs and their slot, and the together
    hand-off end when the session does."""
    owner = QtCore.QObject()
    session = Session(data_dir, clock, preferences, parent=owner)
    gone: list[str] = []
    parts = {
        "windows": session.windows,
        "dialogs": session.dialogs,
        "slot": session.dialogs.slot,
        "handoff": session.handoff,
    }
    for name, part in parts.items():
        part.destroyed.connect(lambda *_, name=name: gone.append(name))
    with qtbot.waitSignal(session.destroyed):
        owner.deleteLater()
    assert sorted(gone) == sorted(parts)
