"""Helpers for driving the desktop app in tests: find controls by name, click, type a
passphrase, unlock, show a page, wait.

They live in a module of their own, not in conftest.py: `from conftest import ...`
resolves to whichever conftest pytest imported first, so a run that collects the
command line's tests before these would fail to collect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar, cast

from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.care.reminders import ReminderChoices
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.reminders import local_now
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences

Shown = TypeVar("Shown", bound=QtWidgets.QWidget)


class ClearsForLock(Protocol):
    def clear_for_lock(self) -> None: ...


def settle() -> None:
    """Let background work report back and deferred deletions happen."""
    QtCore.QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QtCore.QCoreApplication.processEvents()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


def find(window: QtWidgets.QWidget | None, kind: type, name: str) -> QtWidgets.QWidget:
    assert window is not None
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found  # type: ignore[no-any-return]


def button(window: QtWidgets.QWidget | None, name: str) -> QtWidgets.QAbstractButton:
    found = find(window, QtWidgets.QAbstractButton, name)
    assert isinstance(found, QtWidgets.QAbstractButton)
    return found


def field(window: QtWidgets.QWidget | None, name: str) -> QtWidgets.QLineEdit:
    found = find(window, QtWidgets.QLineEdit, name)
    assert isinstance(found, QtWidgets.QLineEdit)
    return found


def text_of(window: QtWidgets.QWidget | None, name: str) -> str:
    found = find(window, QtWidgets.QLabel, name)
    assert isinstance(found, QtWidgets.QLabel)
    return found.text()


def click(qtbot: QtBot, window: QtWidgets.QWidget | None, name: str) -> None:
    qtbot.mouseClick(button(window, name), QtCore.Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, line: QtWidgets.QLineEdit, text: str) -> None:
    line.clear()
    qtbot.keyClicks(line, text)


def type_text(qtbot: QtBot, window: QtWidgets.QWidget | None, name: str, text: str) -> None:
    """Type `text` into the line edit `name` of `window`, replacing what it held."""
    type_into(qtbot, field(window, name), text)


def type_passphrase(qtbot: QtBot, screen: QtWidgets.QWidget | None, passphrase: str) -> None:
    """The lock screen's passphrase, typed (not yet sent)."""
    type_text(qtbot, screen, "passphrase_field", passphrase)


def type_new_passphrase(qtbot: QtBot, window: QtWidgets.QWidget | None, passphrase: str) -> None:
    """A new passphrase and its confirmation, as onboarding, the recovery dialog and the
    change-passphrase dialog ask for them."""
    type_text(qtbot, window, "new_passphrase", passphrase)
    type_text(qtbot, window, "confirm_passphrase", passphrase)


def show_page(qtbot: QtBot, page: Shown, width: int, height: int) -> Shown:
    """A page on screen at a size its content fits, once it is really shown."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


@contextmanager
def page_shown(qtbot: QtBot, page: Shown, width: int, height: int) -> Iterator[Shown]:
    """`show_page`, and afterwards the page emptied as a lock would (before the journal
    closes): the body of every trust page's `page` fixture."""
    yield show_page(qtbot, page, width, height)
    cast(ClearsForLock, page).clear_for_lock()


def wait_for_window(qtbot: QtBot, session: Session, kind: type) -> QtWidgets.QWidget:
    qtbot.waitUntil(lambda: isinstance(session.window, kind), timeout=15_000)
    assert session.window is not None
    return session.window


def go_through_onboarding(qtbot: QtBot, session: Session) -> MainWindow:
    session.start()
    window = session.window
    assert isinstance(window, OnboardingWindow)
    qtbot.mouseClick(button(window, "begin_button"), QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "limits_next_button"), QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "about_skip_button"), QtCore.Qt.MouseButton.LeftButton)
    type_new_passphrase(qtbot, window, PASSPHRASE)
    qtbot.mouseClick(button(window, "create_button"), QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.steps.currentWidget().objectName() == "recovery_step")
    stored = button(window, "stored_checkbox")
    qtbot.mouseClick(stored, QtCore.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "continue_button"), QtCore.Qt.MouseButton.LeftButton)
    main = wait_for_window(qtbot, session, MainWindow)
    assert isinstance(main, MainWindow)
    return main


def unlock_with(qtbot: QtBot, session: Session, passphrase: str) -> None:
    screen = session.window
    assert isinstance(screen, LockScreen)
    type_passphrase(qtbot, screen, passphrase)
    qtbot.mouseClick(button(screen, "unlock_button"), QtCore.Qt.MouseButton.LeftButton)


def wait_active(qtbot: QtBot, window: QtWidgets.QWidget) -> None:
    """Wait until `window` really is the active window (activation arrives as an event)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)


def choose(clock: ManualClock, **chosen: bool) -> ReminderPreferences:
    """Reminders from the clock's current local hour, so the test holds in any time zone."""
    stored = ReminderPreferences()
    stored.set_choices(ReminderChoices(hour=local_now(clock).hour, **chosen))
    return stored


def open_settings(main: MainWindow, qtbot: QtBot, session: Session) -> SettingsDialog:
    """Settings, opened from the main window's action, once it shows."""
    main.actions_by_name["settings_action"].trigger()
    dialog = session.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def rotate_until_code_shows(session: Session, qtbot: QtBot) -> RotateKeyDialog:
    """ "Change the key" from the session, with the passphrase, until the new code shows."""
    session.open_rotate_key()
    rotation = session.rotate_key_dialog
    assert isinstance(rotation, RotateKeyDialog)
    type_text(qtbot, rotation, "rotate_passphrase_field", PASSPHRASE)
    click(qtbot, rotation, "rotate_key_button")
    qtbot.waitUntil(lambda: rotation.steps.currentWidget() is rotation.code_view, timeout=30_000)
    return rotation
