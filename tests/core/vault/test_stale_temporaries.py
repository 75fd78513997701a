"""A killed export leaves a temporary file; the next write removes it, and none is readable."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from trustjournal.core.exchange.export import write_export
from trustjournal.core.vault import files


def test_a_temporary_file_left_by_a_killed_export_is_removed(tmp_path: Path) -> None:
    left = tmp_path / ".therapy.md.k2j4h5g6.tmp"
    left.write_text("entry text from the export that was killed")
    other = tmp_path / ".notes.txt.abcdefgh.tmp"  # not ours to remove: another target
    other.write_text("x")
    write_export(tmp_path / "therapy.md", b"# the new export\n")
    assert not left.exists()
    assert other.exists()
    assert (tmp_path / "therapy.md").read_bytes() == b"# the new export\n"


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_the_temporary_file_is_readable_by_its_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes: list[int] = []
    real_fsync = os.fsync

    def watching_fsync(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode):
            modes.append(stat.S_IMODE(info.st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", watching_fsync)
    previous = os.umask(0)  # even with a permissive umask
    try:
        files.write_atomically(tmp_path / "therapy.md", b"words")
    finally:
        os.umask(previous)
    assert modes and all(mode == 0o600 for mode in modes)


def test_names_with_glob_characters_are_taken_literally(tmp_path: Path) -> None:
    keep = tmp_path / ".a.md.x.tmp"
    keep.write_text("x")
    files.write_atomically(tmp_path / "[a].md", b"y")
    assert keep.exists()
