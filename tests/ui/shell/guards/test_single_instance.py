"""One running app per journal folder: a second launch brings the first forward and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.ui.shell import app
from trustjournal.ui.shell.guards.single_instance import InstanceServer, server_name
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import Session


@pytest.fixture
def first(data_dir: Path, qtbot: QtBot) -> Iterator[tuple[Session, InstanceServer]]:
    started = app.start(data_dir)
    assert started is not None
    yield started
    session, server = started
    session.close()
    server.close()


def test_a_second_launch_activates_the_first_and_exits(
    first: tuple[Session, InstanceServer], data_dir: Path, qtbot: QtBot
) -> None:
    session, server = first
    assert isinstance(session.window, OnboardingWindow)
    session.window.showMinimized()
    with qtbot.waitSignal(server.activated):
        assert app.run(str(data_dir)) == 0
    assert not session.window.isMinimized()


def test_another_folder_is_another_instance(
    first: tuple[Session, InstanceServer], tmp_path: Path
) -> None:
    assert server_name(tmp_path / "other") != server_name(first[0].data_dir)
    other = app.start(tmp_path / "other")
    assert other is not None
    other[0].close()
    other[1].close()


def test_the_server_name_hides_the_path(data_dir: Path) -> None:
    name = server_name(data_dir)
    assert data_dir.name not in name
    assert name == server_name(str(data_dir) + "/")  # the same folder, however it is written


RUN_SCRIPT = """
import sys
from trustjournal.ui.shell.app import application, run
from trustjournal.ui.qt import QtCore, QtWidgets

app = application()

def look_then_quit():
    shown = [w.objectName() for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]
    print(" ".join(sorted(name for name in shown if name)))
    QtWidgets.QApplication.quit()

QtCore.QTimer.singleShot(0, look_then_quit)
sys.exit(run(sys.argv[1]))
"""


def test_run_shows_onboarding_and_returns_when_the_app_quits(
    data_dir: Path, qt_settings: Path
) -> None:
    """In a fresh interpreter, as the command line starts it (quitting ends a QApplication)."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(qt_settings),
        "TRUSTJOURNAL_KDF_TARGET_SECONDS": "0",
    }
    result = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert "onboarding" in result.stdout.split()
