"""Sealing a note when something is wrong: each fault is one plain sentence, and nothing is
left half-written (no note, no readable byte)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from inbox_kit import capture
from testkit import snapshot

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.vault import files
from trustjournal.core.vault.inbox import inbox, texts
from trustjournal.core.vault.paths import VaultPaths


@pytest.fixture
def folder(created_vault: tuple[Path, str]) -> Path:
    return created_vault[0]


def _refused(folder: Path, text: str = "a note") -> str:
    with pytest.raises(TrustJournalError) as refused:
        capture(folder, text)
    return str(refused.value)


def test_a_5_mb_note_is_refused_with_the_limit_and_nothing_is_written(folder: Path) -> None:
    before = snapshot(folder)
    assert _refused(folder, "x" * 5_000_000) == texts.NOTE_TOO_LARGE
    assert snapshot(folder) == before


def test_an_empty_note_is_refused(folder: Path) -> None:
    assert _refused(folder, " \n\t") == texts.EMPTY_NOTE


def test_no_journal_in_the_folder_is_said(tmp_path: Path) -> None:
    assert _refused(tmp_path / "nowhere") == texts.NO_JOURNAL
    assert not (tmp_path / "nowhere").exists()


def test_a_missing_inbox_is_made_private(folder: Path) -> None:
    inbox_folder = VaultPaths(folder).inbox
    assert not inbox_folder.exists()
    capture(folder)
    assert inbox_folder.stat().st_mode & 0o777 == 0o700
    assert len(inbox.waiting_names(folder)) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_inbox_is_said_plainly(folder: Path) -> None:
    inbox_folder = VaultPaths(folder).inbox
    inbox_folder.mkdir(mode=0o500)
    try:
        assert _refused(folder) == texts.INBOX_UNWRITABLE.format(path=inbox_folder)
    finally:
        inbox_folder.chmod(0o700)


def test_an_inbox_that_cannot_be_written_is_said_plainly(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root the read-only mode is no obstacle, so the refusal is the system's answer."""

    def refuse(path: Path, data: bytes, before_rename: object = None) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(files, "write_atomically", refuse)
    inbox_folder = VaultPaths(folder).inbox
    assert _refused(folder) == texts.INBOX_UNWRITABLE.format(path=inbox_folder)


def test_an_inbox_that_is_a_file_is_said_plainly(folder: Path) -> None:
    VaultPaths(folder).inbox.write_bytes(b"")
    assert _refused(folder) == texts.INBOX_UNWRITABLE.format(path=VaultPaths(folder).inbox)


def test_a_full_disk_leaves_nothing_half_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r": FullDisk(real_fdopen(fd, mode)))
    assert _refused(folder) == texts.INBOX_DISK_FULL
    monkeypatch.undo()
    assert list(VaultPaths(folder).inbox.iterdir()) == []  # not even the temporary file
