"""Reading the key file's two copies without trusting what is on disk.

The primary copy (journal.key) and its backup (journal.key.bak) are read as
small regular files only: a FIFO, a device or a symlink leading out of the
folder would hang or feed endless bytes, so each is treated as damage. When
the primary copy is damaged, or refuses a passphrase that its differing backup
copy accepts (a slot edited on disk), the backup copy opens the journal.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.errors import (
    KeyFileDamaged,
    KeyFileMissing,
    TrustJournalError,
    WeakKeyParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.vault.keyfile import MAX_KEYFILE_BYTES, KeyFile

if TYPE_CHECKING:
    from trustjournal.core.vault.vault import VaultPaths

# What a copy says when it will not give the key; another copy may still agree.
Refusal = (WrongPassphrase, WrongRecoveryCode, WeakKeyParameters, KeyFileDamaged)


@dataclass(frozen=True)
class KeyFileReading:
    keyfile: KeyFile
    primary_damaged: bool  # True when only the backup copy could be read or used


@dataclass(frozen=True)
class _Copy:
    keyfile: KeyFile
    raw: bytes
    is_backup: bool


def read_small_file(path: Path, limit: int = MAX_KEYFILE_BYTES) -> bytes:
    """At most `limit` + 1 bytes of a regular file inside its own folder."""
    try:
        if path.is_symlink() and path.resolve().parent != path.parent.resolve():
            raise KeyFileDamaged()
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise KeyFileMissing() from None
    except OSError:
        raise KeyFileDamaged() from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise KeyFileDamaged()
        return os.read(fd, limit + 1)
    except OSError:
        raise KeyFileDamaged() from None
    finally:
        os.close(fd)


def _copies(paths: VaultPaths) -> list[_Copy]:
    """The readable, distinct copies, primary first; raises the primary's error if none."""
    copies: list[_Copy] = []
    errors: list[TrustJournalError] = []
    for path, is_backup in ((paths.keyfile, False), (paths.keyfile_backup, True)):
        try:
            raw = read_small_file(path)
            keyfile = KeyFile.from_bytes(raw)
        except TrustJournalError as error:
            errors.append(error)
            continue
        if not any(copy.raw == raw for copy in copies):
            copies.append(_Copy(keyfile, raw, is_backup))
    if not copies:
        raise errors[0]
    return copies


def read_keyfile(paths: VaultPaths) -> KeyFileReading:
    """The key file, from the backup copy if the primary one is missing or damaged."""
    first = _copies(paths)[0]
    return KeyFileReading(first.keyfile, primary_damaged=first.is_backup)


def unwrap_from_either(
    paths: VaultPaths, unwrap: Callable[[KeyFile], bytes]
) -> tuple[KeyFileReading, bytes]:
    """The data key from the first copy that gives it, and which copy that was."""
    refusal: TrustJournalError | None = None
    for copy in _copies(paths):
        try:
            data_key = unwrap(copy.keyfile)
        except Refusal as error:
            refusal = refusal or error
            continue
        return KeyFileReading(copy.keyfile, primary_damaged=copy.is_backup), data_key
    assert refusal is not None
    raise refusal
