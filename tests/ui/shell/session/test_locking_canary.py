"""A whole session with a canary typed into the editor: it ends up in the vault, and only there.

The canary is made fresh for each run, so no source file or log can hold it
by accident. The temporary folder is pointed inside this test's own folder, so
every place the app could have written (data, temp, Qt settings) is searched.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE, files_containing
from uikit import go_through_onboarding, unlock_with, wait_active, wait_for_window

from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QtCore.QDir.tempPath()) == folder
    return folder


def app_folders() -> list[Path]:
    """Where Qt would keep this app's own files on this computer, if it made any."""
    kinds = (
        QtCore.QStandardPaths.StandardLocation.AppDataLocation,
        QtCore.QStandardPaths.StandardLocation.AppConfigLocation,
        QtCore.QStandardPaths.StandardLocation.CacheLocation,
    )
    found = [Path(QtCore.QStandardPaths.writableLocation(kind)) for kind in kinds]
    return [folder for folder in found if folder.is_dir()]


def type_entry(qtbot: QtBot, main: MainWindow, text: str) -> None:
    wait_active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    body = main.journal_page.findChild(QtWidgets.QPlainTextEdit, "editorBody")
    assert isinstance(body, QtWidgets.QPlainTextEdit)
    qtbot.keyClicks(body, text)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_canary_ends_up_in_the_vault_and_nowhere_else(
    session: Session, qtbot: QtBot, tmp_path: Path, private_temp: Path
) -> None:
    canary = "canary-" + secrets.token_hex(8)
    main = go_through_onboarding(qtbot, session)
    type_entry(qtbot, main, f"Today I wrote {canary} and nobody else can read it.")
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # saves, then locks
    wait_for_window(qtbot, session, LockScreen)
    unlock_with(qtbot, session, PASSPHRASE)
    main = wait_for_window(qtbot, session, MainWindow)
    assert session.journal is not None
    assert any(canary in entry.body for entry in session.journal.entries())
    main.close()  # quitting
    assert session.journal is None
    assert files_containing(canary, [tmp_path, *app_folders()]) == []
