"""Changing the passphrase from Settings: a wrong current one says so; a right one takes."""

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
    unlock_with,
    wait_for_window,
)

from trustjournal.core.errors import WrongPassphrase
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.ui.qt import Qt
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

Unlock = Callable[[], MainWindow]


def open_from_settings(main: MainWindow, session: Session, qtbot: QtBot) -> ChangePassphraseDialog:
    main.actions_by_name["settings_action"].trigger()
    settings = session.settings_dialog
    assert settings is not None
    qtbot.mouseClick(button(settings, "change_passphrase_open_button"), Qt.MouseButton.LeftButton)
    dialog = session.change_passphrase_dialog
    assert isinstance(dialog, ChangePassphraseDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill(qtbot: QtBot, dialog: ChangePassphraseDialog, current: str) -> None:
    type_into(qtbot, field(dialog, "current_passphrase"), current)
    type_new_passphrase(qtbot, dialog, NEW_PASSPHRASE)
    qtbot.mouseClick(button(dialog, "change_passphrase_button"), Qt.MouseButton.LeftButton)


def key_files(data_dir: Path) -> dict[str, bytes]:
    paths = VaultPaths(data_dir)
    return {p.name: p.read_bytes() for p in (paths.keyfile, paths.keyfile_backup) if p.exists()}


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_wrong_current_passphrase_changes_nothing(
    unlocked: Unlock, session: Session, qtbot: QtBot, data_dir: Path
) -> None:
    dialog = open_from_settings(unlocked(), session, qtbot)
    before = key_files(data_dir)
    assert before
    fill(qtbot, dialog, "not what I chose")
    qtbot.waitUntil(lambda: bool(text_of(dialog, "change_passphrase_message")))
    assert text_of(dialog, "change_passphrase_message") == WrongPassphrase.message
    assert dialog.isVisible()
    assert key_files(data_dir) == before  # byte for byte: no slot was rewritten
    session.lock()
    unlock_with(qtbot, session, PASSPHRASE)  # the old passphrase still opens the journal
    wait_for_window(qtbot, session, MainWindow)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_new_passphrase_opens_the_journal_after_a_lock(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    assert main.actions_by_name["change_passphrase_action"].text().startswith("&Change")
    dialog = open_from_settings(main, session, qtbot)
    with qtbot.waitSignal(dialog.changed, timeout=15_000):
        fill(qtbot, dialog, PASSPHRASE)
    session.lock()
    screen = wait_for_window(qtbot, session, LockScreen)
    unlock_with(qtbot, session, PASSPHRASE)
    qtbot.waitUntil(lambda: screen.throttle.failures == 1)
    unlock_with(qtbot, session, NEW_PASSPHRASE)
    wait_for_window(qtbot, session, MainWindow)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_lock_waits_for_a_change_in_flight(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    journal = session.journal
    assert journal is not None
    dialog = open_from_settings(main, session, qtbot)
    fill(qtbot, dialog, PASSPHRASE)
    session.lock()  # straight away, while the new key is still being derived
    assert not journal.vault.is_open
    unlock_with(qtbot, session, NEW_PASSPHRASE)
    wait_for_window(qtbot, session, MainWindow)
