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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from trustjournal.core.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KeyFileDamaged,
    KeyFileMismatch,
    KeyFileMissing,
    KeyRefused,
    TrustJournalError,
    WeakKeyParameters,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.vault.keys.keyfile import MAX_KEYFILE_BYTES, KeyFile
from trustjournal.core.vault.paths import VaultPaths

Opened = TypeVar("Opened")

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
    return next(unwrapped_copies(paths, unwrap))


def unwrapped_copies(
    paths: VaultPaths, unwrap: Callable[[KeyFile], bytes]
) -> Iterator[tuple[KeyFileReading, bytes]]:
    """Each copy that gives a data key, primary first, with that key.

    A copy may give a key the database refuses (an old journal.key put back after
    the key was changed), so the caller can go on to the next one. If no copy
    gives a key at all, the first copy's refusal is raised.
    """
    refusal: TrustJournalError | None = None
    given = False
    for copy in _copies(paths):
        try:
            data_key = unwrap(copy.keyfile)
        except Refusal as error:
            refusal = refusal or error
            continue
        given = True
        yield KeyFileReading(copy.keyfile, primary_damaged=copy.is_backup), data_key
    if not given:
        assert refusal is not None
        raise refusal


def open_with_fitting_copy(
    paths: VaultPaths,
    unwrap: Callable[[KeyFile], bytes],
    open_database: Callable[[KeyFileReading, bytes], Opened],
) -> Opened:
    """Open the database with the first copy's key that it accepts.

    An old journal.key put back after the key was changed still takes the
    passphrase, but the database refuses its key; the backup copy may hold the
    current one. If no key fits, the pages' HMACs tell an old or foreign key
    file (every page fails) from damage (some pages pass).
    """
    refused: list[bytes] = []
    for reading, data_key in unwrapped_copies(paths, unwrap):
        if not paths.database.exists():
            raise DatabaseMissing()
        try:
            return open_database(reading, data_key)
        except KeyRefused:
            refused.append(data_key)
    from trustjournal.core.vault.database import key_fits  # SQLCipher: not to read a header

    if any(key_fits(paths.database, key) for key in refused):
        raise DatabaseDamaged()
    raise KeyFileMismatch()
