"""A lock while a key change's new recovery code is on screen keeps the code for next time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import NEW_PASSPHRASE
from uikit import click, rotate_until_code_shows
from uikit import find as child
from uikit import text_of as label_text

from trustjournal.core.vault.keys import pending_code
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

Unlock = Callable[[], MainWindow]


def _rotate_until_code_shows(session: Session, qtbot: QtBot) -> str:
    """The new recovery code, as the key-change dialog shows it."""
    return label_text(rotate_until_code_shows(session, qtbot), "recovery_code")


def _copy_then_lock(
    qtbot: QtBot, session: Session, dialog: QtWidgets.QWidget | None, code: str
) -> None:
    """Copy the code shown in `dialog`; it is on the clipboard, and gone after a lock."""
    click(qtbot, dialog, "copy_code_button")
    clipboard = QtGui.QGuiApplication.clipboard()
    assert clipboard.text() == code
    session.lock()
    assert clipboard.text() == ""


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_code_a_lock_interrupted_is_shown_again_until_confirmed(
    unlocked: Unlock, session: Session, qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    folder, _old_code = created_vault
    unlocked()
    code = _rotate_until_code_shows(session, qtbot)
    session.lock()  # before "I have stored it"
    unlocked()
    dialog = session.pending_code_dialog
    assert isinstance(dialog, PendingCodeDialog)
    assert dialog.parentWidget() is session.window  # over the journal, blocking only it
    qtbot.waitUntil(dialog.isVisible)
    assert label_text(dialog, "recovery_code") == code
    dialog.reject()
    assert dialog.isVisible()  # only "I have stored it" closes it
    child(dialog, QtWidgets.QCheckBox, "stored_checkbox").click()
    with qtbot.waitSignal(dialog.destroyed):  # closed and gone before the lock comes
        click(qtbot, dialog, "continue_button")
    assert session.journal is not None
    assert pending_code.pending(session.journal.vault.database) == ""
    session.lock()
    unlocked()
    assert session.pending_code_dialog is None  # nothing waits any more
    session.lock()
    Vault.recover(folder, code, NEW_PASSPHRASE, params=FLOOR).close()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_confirmed_code_leaves_the_database(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    _rotate_until_code_shows(session, qtbot)
    assert session.journal is not None
    database = session.journal.vault.database
    assert pending_code.pending(database) != ""  # kept only until confirmed
    rotation = session.rotate_key_dialog
    assert rotation is not None
    child(rotation, QtWidgets.QCheckBox, "stored_checkbox").click()
    click(qtbot, rotation, "continue_button")
    assert pending_code.pending(database) == ""
    session.lock()
    unlocked()
    assert session.pending_code_dialog is None


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_new_code_copied_in_the_key_change_leaves_the_clipboard_at_lock(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    code = _rotate_until_code_shows(session, qtbot)
    _copy_then_lock(qtbot, session, session.rotate_key_dialog, code)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_waiting_code_copied_again_leaves_the_clipboard_at_lock(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    code = _rotate_until_code_shows(session, qtbot)
    session.lock()
    unlocked()
    dialog = session.pending_code_dialog
    assert isinstance(dialog, PendingCodeDialog)
    qtbot.waitUntil(dialog.isVisible)
    _copy_then_lock(qtbot, session, dialog, code)
