"""Making, listing and pruning encrypted backups of an open vault.

A backup copies the database file's encrypted bytes as they are, while the
write-ahead log is folded in and the write lock is held (Database.whole_in_file),
so it is a consistent snapshot and never a copy taken in the middle of a
write; nothing is decrypted on the way. Those bytes and the key file go into
one .tjbackup file (backup_format.py), written under a temporary name,
synced and renamed: a crash leaves either no backup or a whole one, and never
a readable byte of the journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.errors import DiskFull
from trustjournal.core.vault import files
from trustjournal.core.vault.backup import file_format as backup_format
from trustjournal.core.vault.backup.file_format import BackupHeader
from trustjournal.core.vault.keys.swap import StepHook, no_steps
from trustjournal.core.vault.vault import Vault

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_TEMPORARY_PREFIX = "." + backup_format.NAME_PREFIX


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # local time, from the name
    size: int


def make_backup(vault: Vault, folder: Path, now: dt.datetime, on_step: StepHook = no_steps) -> Path:
    """Write one .tjbackup file of the open vault into `folder`; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(folder)
    target = folder / backup_format.backup_name(now)
    with vault.database.whole_in_file() as database:
        on_step("snapshot taken")
        header = BackupHeader(
            made_at=now,
            keyfile=vault.keyfile,
            keyfile_bytes=vault.keyfile.to_bytes(),
            database_bytes=database.stat().st_size,
            schema_version=vault.database.schema_version,
        )
        _write_whole(target, header, database, on_step)
    on_step("finished")
    return target


def _write_whole(target: Path, header: BackupHeader, snapshot: Path, on_step: StepHook) -> None:
    temporary = _private_temporary(target.parent, ".tmp")
    try:
        with temporary.open("wb") as handle:
            backup_format.write(handle, header, snapshot)
            handle.flush()
            os.fsync(handle.fileno())
        on_step("written")
        temporary.replace(target)
    except OSError as error:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        if error.errno in (28, 122):  # ENOSPC, EDQUOT
            raise DiskFull() from None
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    files.fsync_folder(target.parent)


def _private_temporary(folder: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=_TEMPORARY_PREFIX, suffix=suffix, dir=folder)
    os.close(fd)
    return Path(name)


def remove_stale_temporaries(folder: Path) -> None:
    """Half-written backups a crash left behind (encrypted, but clutter)."""
    for path in folder.glob(_TEMPORARY_PREFIX + "*"):
        with contextlib.suppress(OSError):
            path.unlink()


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (by the time in their names)."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        made_at = backup_format.time_in_name(path)
        if made_at is not None and path.is_file():
            found.append(BackupFile(path, made_at, path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def backups_to_keep(backups: list[BackupFile]) -> list[BackupFile]:
    """The newest of each of the last 7 days and of each of the last 4 weeks that have one."""
    newest_first = sorted(backups, key=lambda backup: backup.made_at, reverse=True)
    daily: dict[dt.date, BackupFile] = {}
    weekly: dict[tuple[int, int], BackupFile] = {}
    for backup in newest_first:
        day = backup.made_at.date()
        if day not in daily and len(daily) < KEEP_DAILY:
            daily[day] = backup
        week = tuple(day.isocalendar())[:2]
        if week not in weekly and len(weekly) < KEEP_WEEKLY:
            weekly[(week[0], week[1])] = backup
    kept = {backup.path for backup in (*daily.values(), *weekly.values())}
    return [backup for backup in newest_first if backup.path in kept]


def prune_backups(folder: Path) -> list[Path]:
    """Remove backups beyond the 7 daily and 4 weekly kept; returns what was removed."""
    backups = list_backups(folder)
    kept = {backup.path for backup in backups_to_keep(backups)}
    removed = [backup.path for backup in backups if backup.path not in kept]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed
