"""Any failure while unlocking ends the lock screen's busy state with one plain sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import click, type_passphrase
from uikit import find as child
from uikit import text_of as label_text

from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.session import Session


def _try_unlock(qtbot: QtBot, session: Session) -> LockScreen:
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    type_passphrase(qtbot, screen, PASSPHRASE)
    click(qtbot, screen, "unlock_button")
    qtbot.waitUntil(lambda: label_text(screen, "unlock_message") != "", timeout=15_000)
    return screen


def _assert_ready_again(screen: LockScreen) -> None:
    passphrase = child(screen, QtWidgets.QLineEdit, "passphrase_field")
    assert passphrase.isEnabled()
    assert not child(screen, QtWidgets.QProgressBar, "unlock_busy").isVisible()
    message = label_text(screen, "unlock_message")
    assert len(message.splitlines()) == 1 and "Traceback" not in message


@pytest.mark.parametrize(
    "failure",
    [PermissionError(13, "Permission denied", "/somewhere/journal.lock"), ValueError("x")],
)
def test_an_error_that_is_not_ours_ends_the_busy_state(
    created_vault: tuple[Path, str],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    failure: Exception,
) -> None:
    def failing(_folder: Path, _passphrase: str) -> Vault:
        raise failure

    monkeypatch.setattr(Vault, "unlock", staticmethod(failing))
    screen = _try_unlock(qtbot, session)
    _assert_ready_again(screen)
    if isinstance(failure, OSError):
        assert "could not use /somewhere/journal.lock" in label_text(screen, "unlock_message")


def test_a_key_file_holding_1e400_ends_the_busy_state(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    folder, _ = created_vault
    paths = VaultPaths(folder)
    for path in (paths.keyfile, paths.keyfile_backup):
        document = json.loads(path.read_text())
        text = json.dumps(document).replace('"time_cost": 3', '"time_cost": 1e400')
        path.write_text(text)
    screen = _try_unlock(qtbot, session)
    _assert_ready_again(screen)
    assert "key file is damaged" in label_text(screen, "unlock_message")
