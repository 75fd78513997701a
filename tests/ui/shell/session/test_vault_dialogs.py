"""The vault dialogs (`ui/shell/vault_dialogs.py`), through the session that wires them: a
lock closes even the dialogs that refuse Escape while a new recovery code shows, and
forgets the code they held."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from uikit import rotate_until_code_shows
from uikit import text_of as label_text

from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

Unlock = Callable[[], MainWindow]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_lock_closes_the_key_change_while_its_new_code_shows(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    """The dialog refuses Escape until the code is stored; a lock still closes it, and the
    code leaves the screen with it (it waits in the journal for the next unlock)."""
    unlocked()
    rotation = rotate_until_code_shows(session, qtbot)
    assert label_text(rotation, "recovery_code") != ""
    forgotten: list[str] = []
    rotation.finished.connect(lambda _: forgotten.append(label_text(rotation, "recovery_code")))
    with qtbot.waitSignal(rotation.finished):
        session.lock()
    assert forgotten == [""]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_lock_closes_a_waiting_code_and_forgets_it_on_screen(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    rotate_until_code_shows(session, qtbot)
    session.lock()
    unlocked()
    waiting = session.pending_code_dialog
    assert isinstance(waiting, PendingCodeDialog)
    qtbot.waitUntil(waiting.isVisible)
    assert label_text(waiting, "recovery_code") != ""
    forgotten: list[str] = []
    waiting.finished.connect(lambda _: forgotten.append(label_text(waiting, "recovery_code")))
    with qtbot.waitSignal(waiting.finished):
        session.lock()
    assert forgotten == [""]
