"""The lock screen: unlocking, a wrong passphrase and the growing wait, the recovery code flow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import NEW_PASSPHRASE, PASSPHRASE
from uikit import (
    button,
    field,
    text_of,
    type_into,
    type_new_passphrase,
    type_passphrase,
    unlock_with,
    wait_for_window,
)

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import WrongPassphrase, WrongRecoveryCode
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.keys.recovery_dialog import RecoveryDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DARK, LIGHT, apply_theme
from trustjournal.ui.widgets.throttle import wait_after


def lock_screen(session: Session) -> LockScreen:
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    return screen


def fail_once(qtbot: QtBot, session: Session, screen: LockScreen) -> None:
    failures = screen.throttle.failures
    unlock_with(qtbot, session, "not the right words at all")
    qtbot.waitUntil(lambda: screen.throttle.failures == failures + 1)


def test_an_existing_journal_starts_locked(
    created_vault: tuple[Path, str], session: Session
) -> None:
    screen = lock_screen(session)
    assert screen.windowTitle() == "TrustJournal"
    assert session.journal is None
    assert not button(screen, "unlock_button").isEnabled()  # nothing typed yet


def test_the_right_passphrase_opens_the_journal(
    unlocked: Callable[[], MainWindow], session: Session
) -> None:
    main = unlocked()
    assert main.objectName() == "main_window"
    assert session.journal is not None and session.journal.vault.is_open


def test_a_wrong_passphrase_shows_the_core_sentence(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    screen = lock_screen(session)
    fail_once(qtbot, session, screen)
    assert text_of(screen, "unlock_message") == WrongPassphrase.message
    assert text_of(screen, "unlock_wait") == ""  # the first tries are free
    assert button(screen, "unlock_button").isEnabled()
    assert session.journal is None


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_repeated_failures_make_the_wait_grow(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot, clock: ManualClock
) -> None:
    screen = lock_screen(session)
    unlock = button(screen, "unlock_button")
    for _ in range(3):
        fail_once(qtbot, session, screen)
    first_wait = wait_after(3)
    assert f"{first_wait} seconds" in text_of(screen, "unlock_wait")
    assert not unlock.isEnabled()
    screen.try_unlock()  # Enter while waiting does nothing
    assert screen.throttle.failures == 3
    clock.advance(seconds=first_wait - 1)
    qtbot.waitUntil(lambda: "1 second." in text_of(screen, "unlock_wait"))
    clock.advance(seconds=1)
    qtbot.waitUntil(unlock.isEnabled)
    assert text_of(screen, "unlock_wait") == ""
    fail_once(qtbot, session, screen)
    assert wait_after(4) > first_wait
    assert f"{wait_after(4)} seconds" in text_of(screen, "unlock_wait")
    clock.advance(seconds=wait_after(4))
    qtbot.waitUntil(unlock.isEnabled)
    unlock_with(qtbot, session, PASSPHRASE)
    wait_for_window(qtbot, session, MainWindow)


def test_unlocking_is_busy_off_the_gui_thread(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    screen = lock_screen(session)
    type_passphrase(qtbot, screen, PASSPHRASE)
    qtbot.mouseClick(button(screen, "unlock_button"), Qt.MouseButton.LeftButton)
    assert not screen.busy.isHidden()  # the click returned before the key was derived
    assert not field(screen, "passphrase_field").isEnabled()
    wait_for_window(qtbot, session, MainWindow)


def open_recovery(qtbot: QtBot, session: Session) -> RecoveryDialog:
    screen = lock_screen(session)
    qtbot.mouseClick(button(screen, "forgot_button"), Qt.MouseButton.LeftButton)
    dialog = screen.recovery_dialog
    assert isinstance(dialog, RecoveryDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill_recovery(qtbot: QtBot, dialog: RecoveryDialog, code: str) -> None:
    type_into(qtbot, field(dialog, "recovery_code_field"), code)
    type_new_passphrase(qtbot, dialog, NEW_PASSPHRASE)
    qtbot.mouseClick(button(dialog, "recover_button"), Qt.MouseButton.LeftButton)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_recovery_code_sets_a_new_passphrase(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    folder, code = created_vault
    dialog = open_recovery(qtbot, session)
    fill_recovery(qtbot, dialog, code.lower())  # read the same in lower case
    wait_for_window(qtbot, session, MainWindow)
    assert session.journal is not None and session.journal.vault.is_open
    session.lock()
    Vault.unlock(folder, NEW_PASSPHRASE).close()


def test_a_wrong_recovery_code_says_so_plainly(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    dialog = open_recovery(qtbot, session)
    fill_recovery(qtbot, dialog, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.waitUntil(lambda: bool(text_of(dialog, "recovery_message")))
    assert text_of(dialog, "recovery_message") == WrongRecoveryCode.message
    assert session.journal is None
    qtbot.mouseClick(button(dialog, "recovery_cancel_button"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_lock_screen_uses_the_neutral_title(
    created_vault: tuple[Path, str], session: Session, preferences: Preferences
) -> None:
    preferences.set_neutral_title("Notes")
    screen = lock_screen(session)
    assert screen.windowTitle() == "Notes"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_after_a_relaunch_the_lock_screen_keeps_the_chosen_theme(
    unlocked: Callable[[], MainWindow],
    session: Session,
    data_dir: Path,
    clock: ManualClock,
    qt_settings: Path,
    qtbot: QtBot,
) -> None:
    unlocked()
    assert session.journal is not None
    session.journal.settings.set("theme", "dark")
    qtbot.waitUntil(lambda: Preferences().theme() == "dark")
    session.close()
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    apply_theme(app, "light")  # as a fresh start would be, before reading anything
    assert app.palette().color(QtGui.QPalette.ColorRole.Window).name() == LIGHT.window
    again = Session(data_dir, clock, Preferences())
    try:
        lock_screen(again)
        assert app.palette().color(QtGui.QPalette.ColorRole.Window).name() == DARK.window
    finally:
        again.close()
    kept = [path for path in qt_settings.rglob("*") if path.is_file()]
    assert kept and all(path.stat().st_mode & 0o777 == 0o600 for path in kept)


def test_ctrl_q_quits_from_the_lock_screen(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    screen = lock_screen(session)
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is screen)
    qtbot.keyClick(screen.field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not screen.isVisible())
