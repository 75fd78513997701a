"""Desktop app fixtures: isolated QSettings, Qt warnings as failures, sessions over fresh vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from language_layout_kit import speaking_for_layout
from pytestqt.qtbot import QtBot
from screens_kit import Filled, filled_journal
from testkit import PASSPHRASE
from uikit import (  # kept importable from here for tests written before uikit existed
    button,
    field,
    find,
    go_through_onboarding,
    settle,
    text_of,
    type_into,
    unlock_with,
    wait_active,
    wait_for_window,
)

from trustjournal.core.clock import ManualClock
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings import language
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.widgets.access import motion

__all__ = [
    "button",
    "field",
    "find",
    "go_through_onboarding",
    "settle",
    "text_of",
    "type_into",
    "unlock_with",
    "wait_active",
    "wait_for_window",
]

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


@pytest.fixture(autouse=True)
def british_english(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """Each test reads dates and numbers in British English, left to right, whatever the
    machine's locale ("Saturday, 14 March 2026"), with Qt's own words in English, and
    leaves them so for the next."""

    def reset() -> None:
        language.unload_qt_words(qapp)
        QtCore.QLocale.setDefault(
            QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedKingdom)
        )
        QtGui.QGuiApplication.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)

    reset()
    yield
    reset()


@pytest.fixture(autouse=True)
def clipboard_emptied(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """Each test starts and ends with an empty clipboard (onboarding copies the recovery code)."""
    clipboard = QtGui.QGuiApplication.clipboard()
    clipboard.clear()
    yield
    clipboard.clear()


@pytest.fixture
def preferences(qt_settings: Path) -> Preferences:
    return Preferences()


@pytest.fixture(autouse=True)
def app_look_restored(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """Themes and text sizes a test applies app-wide do not follow other tests. Only what
    changed is set back: each set re-polishes every widget alive (a layout module's filled
    window), which was most of a layout case's time. Reduce motion's StillStyle is named
    "fusion" too: a test that changed the motion setting gets the style set back as well."""
    style, palette, font = qapp.style().name(), qapp.palette(), qapp.font()
    sheet, still = qapp.styleSheet(), motion.reduced()
    yield
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.style().name() != style or motion.reduced() != still:
        qapp.setStyle(style)
    if qapp.palette() != palette:
        qapp.setPalette(palette)
    if qapp.font() != font:
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


@pytest.fixture(scope="module")
def filled_by_language(
    tmp_path_factory: pytest.TempPathFactory, qapp: QtWidgets.QApplication
) -> Iterator[Callable[[str], Filled]]:
    """`filled_in(language)`: the module's filled journal and window, built once while
    the app speaks `language` (the layout cases in pseudo and pseudo-rtl)."""
    made: dict[str, Filled] = {}
    with ExitStack() as stack:

        def filled_in(language: str) -> Filled:
            if language not in made:
                folder = tmp_path_factory.mktemp("layout") / "vault"
                with speaking_for_layout(language):
                    made[language] = stack.enter_context(filled_journal(folder))
            return made[language]

        yield filled_in


@pytest.fixture(scope="module")
def filled(
    tmp_path_factory: pytest.TempPathFactory, qapp: QtWidgets.QApplication
) -> Iterator[Filled]:
    """One filled journal and one main window for all of a module's layout cases: building
    them is the slow part (screens_kit)."""
    with filled_journal(tmp_path_factory.mktemp("layout") / "vault") as made:
        yield made
