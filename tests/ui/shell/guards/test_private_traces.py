"""No stray traces: sockets in the user's runtime folder, private settings, no dialog history."""

from __future__ import annotations

import socket
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import short_socket_folder

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.guards.private_traces import (
    forget_file_dialog_history,
    make_settings_private,
)
from trustjournal.ui.shell.guards.single_instance import (
    SOCKET_PREFIX,
    InstanceServer,
    remove_stale_sockets,
    server_name,
)
from trustjournal.ui.shell.settings.preferences import Preferences

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="file modes and sockets are POSIX")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # Short, like /run/user/1000: a socket's whole path must fit in about 100 bytes.
    with short_socket_folder() as folder:
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
        yield folder


@posix_only
def test_the_instance_socket_lives_in_the_runtime_folder(
    runtime: Path, data_dir: Path, qtbot: QtBot
) -> None:
    server = InstanceServer(data_dir)
    try:
        assert server.listen()
        (made,) = runtime.iterdir()
        assert made.is_socket()
        assert str(made) == server_name(data_dir)
        assert not Path(QtCore.QDir.tempPath(), made.name).exists()  # never Qt's own place
    finally:
        server.close()


@posix_only
def test_sockets_a_crash_left_are_removed_and_live_ones_kept(
    runtime: Path, data_dir: Path, qtbot: QtBot
) -> None:
    stale = runtime / f"{SOCKET_PREFIX}0123456789abcdef01234567"
    left = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    left.bind(str(stale))
    left.close()  # like a crash: the file stays, nobody listens
    assert stale.is_socket()
    live = InstanceServer(data_dir)
    live.listen()
    try:
        assert remove_stale_sockets() == [stale.name]
        assert not stale.exists()
        assert Path(server_name(data_dir)).exists()
    finally:
        live.close()


@posix_only
def test_the_settings_file_is_private_in_a_private_folder(
    qt_settings: Path, preferences: Preferences
) -> None:
    store = QtCore.QSettings()
    path = Path(store.fileName())
    make_settings_private(store)
    store.setValue("window/geometry", b"x")
    store.sync()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_file_dialogs_leave_no_history(qt_settings: Path, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QtWidgets.QFileDialog(None, "Choose", str(tmp_path))
    dialog.setOption(QtWidgets.QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    dialog.reject()
    dialog.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    history = QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject")
    history.sync()
    assert history.childGroups(), "the dialog should have recorded something to forget"
    forget_file_dialog_history()
    history = QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject")
    assert "FileDialog" not in history.childGroups()
    assert (
        str(tmp_path) not in Path(history.fileName()).read_text()
        if Path(history.fileName()).exists()
        else True
    )
