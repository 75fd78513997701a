"""Qt's file dialogs leave nothing outside the vault (issue 20, item 10).

Qt's own dialog writes its history and the last folder it showed to
QtProject.conf (0644) when it is destroyed. Each of the app's ways to ask for
a file is driven here to accept a path in a folder named like a secret; then
the user settings folder must hold no file at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.keys import recovery_code_view, restore_dialog
from trustjournal.ui.shell.settings import backups
from trustjournal.ui.widgets import file_dialogs

Ask = Callable[[QtWidgets.QWidget], str]


@pytest.fixture
def secret_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Therapy with Dr Kay"
    folder.mkdir()
    (folder / "old.tjbackup").write_bytes(b"x")
    return folder


@pytest.fixture
def scratch_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the helper's scratch folder goes, so the test can see that it is gone."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def accept_when_shown(qtbot: QtBot, name: str, folder: Path) -> None:
    """Once a file dialog is up, go to `folder`, type `name` and accept."""

    def answer() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, QtWidgets.QFileDialog):
            QtCore.QTimer.singleShot(20, answer)
            return
        dialog.setDirectory(str(folder))
        field = dialog.findChild(QtWidgets.QLineEdit, "fileNameEdit")
        assert field is not None
        field.setText(name)
        dialog.accept()

    QtCore.QTimer.singleShot(0, answer)


def files_under(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


ASKS: dict[str, tuple[Ask, str]] = {
    "recovery code": (recovery_code_view.ask_save_path, "code.txt"),
    "backup to restore": (restore_dialog.ask_backup_file, "old.tjbackup"),
    "backup folder": (lambda parent: backups.ask_backup_folder(parent, ""), ""),
    "export": (
        lambda parent: file_dialogs.choose_file_to_save(parent, "Export", "", "PDF (*.pdf)"),
        "journal-for-therapy.pdf",
    ),
}


@pytest.mark.parametrize("kind", sorted(ASKS))
def test_a_file_dialog_leaves_no_file_outside_the_vault(
    kind: str,
    qt_settings: Path,
    secret_folder: Path,
    scratch_parent: Path,
    qtbot: QtBot,
) -> None:
    ask, name = ASKS[kind]
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)
    accept_when_shown(qtbot, name, secret_folder)
    chosen = ask(parent)
    assert Path(chosen).resolve() == (secret_folder / name).resolve()
    assert files_under(qt_settings) == []  # no QtProject.conf, nor anything else
    assert files_under(scratch_parent) == []  # the scratch folder is gone too


def test_the_apps_own_settings_keep_their_place(qt_settings: Path, qtbot: QtBot) -> None:
    before = QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject").fileName()
    with file_dialogs.settings_in_scratch():
        assert QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject").fileName() != before
    assert QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject").fileName() == before


def test_a_cancelled_dialog_gives_nothing_and_leaves_nothing(
    qt_settings: Path, secret_folder: Path, qtbot: QtBot
) -> None:
    def cancel() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, QtWidgets.QFileDialog):
            QtCore.QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    QtCore.QTimer.singleShot(0, cancel)
    assert file_dialogs.choose_folder(None, "Choose", str(secret_folder)) == ""
    assert files_under(qt_settings) == []


SAVE_CODE_SCRIPT = """
import sys
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.keys.recovery_code_view import ask_save_path

application()
folder = sys.argv[1]

def answer():
    dialog = QtWidgets.QApplication.activeModalWidget()
    if not isinstance(dialog, QtWidgets.QFileDialog):
        QtCore.QTimer.singleShot(20, answer)
        return
    dialog.setDirectory(folder)
    dialog.findChild(QtWidgets.QLineEdit, "fileNameEdit").setText("code.txt")
    dialog.accept()

QtCore.QTimer.singleShot(0, answer)
print(ask_save_path(QtWidgets.QWidget()))
"""


def test_in_a_fresh_app_the_home_and_config_folders_stay_empty(
    tmp_path: Path, secret_folder: Path
) -> None:
    """As people run it: Qt finds its settings through $XDG_CONFIG_HOME and $HOME."""
    home, config, temp = tmp_path / "home", tmp_path / "config", tmp_path / "temp"
    for folder in (home, config, temp):
        folder.mkdir()
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "TMPDIR": str(temp),
    }
    result = subprocess.run(
        [sys.executable, "-c", SAVE_CODE_SCRIPT, str(secret_folder)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == str(secret_folder / "code.txt")
    for folder in (home, config, temp):
        assert files_under(folder) == [], folder
