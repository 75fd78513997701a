"""Desktop app fixtures: isolated QSettings, Qt warnings as failures, sessions over fresh vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.clock import ManualClock
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.preferences import Preferences
from trustjournal.ui.shell.session import Session

# Limits of the offscreen platform plugin itself, not of the app.
_PLATFORM_NOTES = ("This plugin does not support",)


@pytest.fixture(autouse=True)
def qt_warnings_fail(qapp: QtWidgets.QApplication) -> Iterator[list[str]]:
    """Any Qt warning or critical message during a test fails it."""
    caught: list[str] = []
    bad = (QtCore.QtMsgType.QtWarningMsg, QtCore.QtMsgType.QtCriticalMsg)

    def handler(kind: QtCore.QtMsgType, _context: object, message: str) -> None:
        if kind in bad and not message.startswith(_PLATFORM_NOTES):
            caught.append(message)

    previous = QtCore.qInstallMessageHandler(handler)
    yield caught
    QtCore.qInstallMessageHandler(previous)
    assert not caught, f"Qt warned: {caught}"


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: QtWidgets.QApplication) -> Path:
    """QSettings for this test only, in its own temporary folder."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for kind in (QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Format.IniFormat):
        QtCore.QSettings.setPath(kind, QtCore.QSettings.Scope.UserScope, str(folder))
    application()
    return folder


@pytest.fixture
def preferences(qt_settings: Path) -> Preferences:
    return Preferences()


def settle() -> None:
    """Let background work report back and deferred deletions happen."""
    QtCore.QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QtCore.QCoreApplication.processEvents()
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def app_look_restored(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """Themes and text sizes a test applies app-wide do not follow other tests."""
    style, palette, font = qapp.style().name(), qapp.palette(), qapp.font()
    sheet = qapp.styleSheet()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def session(
    data_dir: Path, clock: ManualClock, preferences: Preferences, qtbot: QtBot
) -> Iterator[Session]:
    made = Session(data_dir, clock, preferences)
    yield made
    settle()
    made.close()
    settle()


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


def type_into(qtbot: QtBot, line: QtWidgets.QLineEdit, text: str) -> None:
    line.clear()
    qtbot.keyClicks(line, text)


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
    type_into(qtbot, field(window, "new_passphrase"), PASSPHRASE)
    type_into(qtbot, field(window, "confirm_passphrase"), PASSPHRASE)
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
    type_into(qtbot, field(screen, "passphrase_field"), passphrase)
    qtbot.mouseClick(button(screen, "unlock_button"), QtCore.Qt.MouseButton.LeftButton)


@pytest.fixture
def unlocked(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> Callable[[], MainWindow]:
    """Start the session over an existing vault and unlock it; gives the main window."""

    def open_it() -> MainWindow:
        if session.window is None:
            session.start()
        unlock_with(qtbot, session, PASSPHRASE)
        main = wait_for_window(qtbot, session, MainWindow)
        assert isinstance(main, MainWindow)
        return main

    return open_it


def wait_active(qtbot: QtBot, window: QtWidgets.QWidget) -> None:
    """Wait until `window` really is the active window (activation arrives as an event)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
