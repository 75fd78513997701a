"""Careful file handling for the vault folder: private modes, atomic writes, a process lock."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from trustjournal.core.errors import VaultInUse

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def ensure_private_folder(folder: Path, prefix: str = "") -> None:
    """Create the folder if needed and make it readable by its owner only.

    A folder that already holds files other than those whose names start with
    `prefix` belongs to the person (say, Documents); its mode is left alone and
    the vault's own files stay private by their 0600 mode.
    """
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if sys.platform == "win32":
        return
    names = [entry.name.lstrip(".") for entry in folder.iterdir()]
    if all(prefix and name.startswith(prefix) for name in names):
        folder.chmod(FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner may read; fails if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)


def make_private(path: Path) -> None:
    if sys.platform != "win32" and path.exists():
        path.chmod(FILE_MODE)


def read_if_exists(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def fsync_file(path: Path) -> None:
    """Make a file's bytes durable before it is renamed into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be opened)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(
    path: Path, data: bytes, before_rename: Callable[[], None] | None = None
) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    The bytes go to a new private temporary file in the same folder (a random name,
    created exclusively with mode 0600, so nothing planted there beforehand can
    receive them), are flushed to disk, renamed over the target, and the folder
    itself is synced. Exports use this too, in folders the person chose; a
    temporary file a killed write left for the same target (it may hold entry
    text) is removed first. `before_rename` runs once the temporary file is complete
    and synced, just before it takes the target's place (the kill tests stop there).
    """
    remove_stale_temporaries(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if before_rename is not None:
            before_rename()
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    fsync_folder(path.parent)


def write_folder_atomically(folder: Path, files: Sequence[tuple[str, bytes]]) -> None:
    """Make `folder` hold exactly `files` (name, bytes) so that a crash leaves either the
    old folder or the new one whole, never half of one.

    The files go to a new private temporary folder beside it (a random name, 0700, each
    file 0600, created exclusively and synced); then a folder already there is moved aside,
    the new one renamed into place and the old one removed. A kill leaves only names
    `remove_stale_temporaries(folder)` finds. The names must be plain file names.
    """
    remove_stale_temporaries(folder)
    temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
    try:
        for name, data in files:
            _write_new_file(temporary / name, data)
        fsync_folder(temporary)
        aside = folder.with_name(f".{folder.name}.{secrets.token_hex(4)}.old.tmp")
        if folder.is_dir() and not folder.is_symlink():
            folder.rename(aside)
        temporary.rename(folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    fsync_folder(folder.parent)
    shutil.rmtree(aside, ignore_errors=True)


def _write_new_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Temporary files (or folders) an interrupted `write_atomically(path, ...)` (or
    `write_folder_atomically`) left beside `path`."""
    removed: list[Path] = []
    for stale in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale)
            else:
                stale.unlink()
            removed.append(stale)
    return removed


def glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)


class ProcessLock:
    """An exclusive lock on a file, held while a process has the vault open.

    The operating system drops the lock when the process ends, even when it is
    killed, so a crash never leaves the journal locked out.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        handle = os.fdopen(fd, "r+b")
        try:
            _lock_exclusively(handle)
        except OSError:
            handle.close()
            raise VaultInUse() from None
        # The file stays empty: holding the lock is the whole message, and opening
        # the journal (even with a wrong passphrase) then changes no byte on disk.
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def __del__(self) -> None:
        # A lock whose owner was dropped without closing is released, as the operating
        # system would at exit, instead of leaving an open file for the collector.
        self.release()


def _lock_exclusively(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
