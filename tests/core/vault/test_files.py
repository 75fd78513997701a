"""Careful file handling: atomic replacement, private modes, the process lock."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from trustjournal.core.errors import VaultInUse
from trustjournal.core.vault import files


def test_an_atomic_write_replaces_the_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "journal.key"
    target.write_bytes(b"old")
    files.write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["journal.key"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "journal.key"
    target.write_bytes(b"old")

    def refuse(self: Path, other: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["journal.key"]


def test_an_atomic_write_syncs_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = files.os.fsync
    monkeypatch.setattr(files.os, "fsync", lambda fd: synced.append(fd) or real_fsync(fd))
    files.write_atomically(tmp_path / "journal.key", b"data")
    assert len(synced) == (1 if sys.platform == "win32" else 2)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_written_files_and_the_folder_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    files.ensure_private_folder(folder)
    files.write_atomically(folder / "journal.key", b"data")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "journal.key").stat().st_mode) == 0o600


def test_the_lock_is_exclusive_until_released(tmp_path: Path) -> None:
    first = files.ProcessLock(tmp_path / "journal.lock")
    second = files.ProcessLock(tmp_path / "journal.lock")
    first.acquire()
    with pytest.raises(VaultInUse):
        second.acquire()
    assert not second.held
    first.release()
    second.acquire()
    assert second.held
    second.release()
