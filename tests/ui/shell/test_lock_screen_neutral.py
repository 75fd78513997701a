"""With a neutral title chosen, the lock screen is neutral too: no "journal", no app name,
no trust wording in anything it shows or names (issue 21, item 16)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import text_of, unlock_with, wait_for_window

from trustjournal.core.journal.backups import FOLDER
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

GIVES_AWAY = re.compile(r"journal|trust|betray|hurt|heal|therap", re.IGNORECASE)


def words_on(screen: QtWidgets.QWidget) -> list[str]:
    """Every word the lock screen shows or names: its title, each visible label, button,
    field and bar, with their tooltips and accessible names."""
    found = [screen.windowTitle(), screen.accessibleName(), screen.toolTip()]
    for widget in screen.findChildren(QtWidgets.QWidget):
        if not widget.isVisibleTo(screen):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QtWidgets.QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QtWidgets.QProgressBar):
            found.append(widget.format())
    return [text for text in found if text]


def giveaways(screen: QtWidgets.QWidget) -> list[str]:
    return [text for text in words_on(screen) if GIVES_AWAY.search(text)]


def test_the_neutral_lock_screen_says_only_locked(
    created_vault: tuple[Path, str], session: Session, preferences: Preferences
) -> None:
    preferences.set_neutral_title("Notes")
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    assert screen.windowTitle() == "Notes"
    assert text_of(screen, "lock_heading") == "Locked"
    assert giveaways(screen) == []


def test_a_wrong_passphrase_is_said_neutrally_too(
    created_vault: tuple[Path, str], session: Session, preferences: Preferences, qtbot: QtBot
) -> None:
    preferences.set_neutral_title("Notes")
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    unlock_with(qtbot, session, "not the right words at all")
    qtbot.waitUntil(lambda: text_of(screen, "unlock_message") != "", timeout=15_000)
    assert "caps lock" in text_of(screen, "unlock_message")
    assert giveaways(screen) == []


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_locking_with_todays_backup_running_stays_neutral(
    unlocked: Callable[[], MainWindow],
    session: Session,
    preferences: Preferences,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    preferences.set_neutral_title("Notes")
    unlocked()
    assert session.journal is not None
    session.journal.settings.set(FOLDER, str(tmp_path / "drive"))
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    assert session.closing is not None  # today's backup runs behind the lock screen
    assert giveaways(screen) == []
    qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)
    assert giveaways(screen) == []
    unlock_with(qtbot, session, PASSPHRASE)
    wait_for_window(qtbot, session, MainWindow)


def test_without_a_neutral_title_the_lock_screen_names_the_journal(
    created_vault: tuple[Path, str], session: Session
) -> None:
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    assert screen.windowTitle() == "TrustJournal"
    assert any("journal" in text for text in words_on(screen))
