"""Without $XDG_RUNTIME_DIR, another user cannot stop the app from starting (issue 20, item 11).

A short temporary folder stands in for the system temp folder, where the
fallback runtime folder is made.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import short_socket_folder

from trustjournal.ui.shell import app
from trustjournal.ui.shell.guards import single_instance
from trustjournal.ui.shell.guards.single_instance import InstanceServer, server_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="sockets in folders are POSIX")


@pytest.fixture
def temp_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # Short, like /tmp: a socket's whole path must fit in about 100 bytes.
    with short_socket_folder() as folder:
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        monkeypatch.setattr(tempfile, "tempdir", str(folder))
        yield folder


def fallback(root: Path) -> Path:
    assert single_instance.fallback_folder().parent == root
    return single_instance.fallback_folder()


def start_and_close(data_dir: Path) -> None:
    started = app.start(data_dir)
    assert started is not None, "the app must start"
    session, server = started
    session.close()
    server.close()


def test_the_fallback_folder_is_made_private_and_used(temp_root: Path, data_dir: Path) -> None:
    name = server_name(data_dir)
    folder = fallback(temp_root)
    assert name is not None and Path(name).parent == folder
    assert stat.S_IMODE(folder.lstat().st_mode) == 0o700


def test_a_folder_open_to_others_is_refused_with_a_sentence_and_the_app_starts(
    temp_root: Path, data_dir: Path, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    squatted = fallback(temp_root)
    squatted.mkdir()
    squatted.chmod(0o777)  # anyone could have put a socket in it
    assert server_name(data_dir) is None
    start_and_close(data_dir)
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [single_instance.NO_PRIVATE_PLACE.format(folder=squatted)]
    assert stat.S_IMODE(squatted.lstat().st_mode) == 0o777  # not taken over
    assert list(squatted.iterdir()) == []  # and nothing listened in it


def test_a_folder_someone_else_owns_is_refused(
    temp_root: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    someone_else = os.getuid() + 1
    monkeypatch.setattr(os, "getuid", lambda: someone_else)
    theirs = fallback(temp_root)  # named for this uid, owned by the real one
    theirs.mkdir(mode=0o700)
    assert server_name(data_dir) is None
    start_and_close(data_dir)
    assert list(theirs.iterdir()) == []


def test_a_link_in_its_place_is_refused(temp_root: Path, data_dir: Path, qtbot: QtBot) -> None:
    elsewhere = temp_root / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    fallback(temp_root).symlink_to(elsewhere)
    assert server_name(data_dir) is None
    start_and_close(data_dir)
    assert list(elsewhere.iterdir()) == []


def test_a_squatted_start_makes_no_socket_in_the_shared_temp_folder(
    temp_root: Path, data_dir: Path, qtbot: QtBot
) -> None:
    fallback(temp_root).write_text("squatted")  # a file where the folder should be
    server = InstanceServer(data_dir)
    assert not server.listen()
    server.close()
    assert sorted(path.name for path in temp_root.iterdir()) == [fallback(temp_root).name]
    assert not single_instance.notify_running(data_dir)
