"""Making, listing and pruning encrypted backups of an open vault.

A backup copies the database file's encrypted bytes as they are, while the
write-ahead log is folded in and the write lock is held (Database.whole_in_file),
so it is a consistent snapshot and never a copy taken in the middle of a
write; nothing is decrypted on the way. Those bytes and the key file go into
one .tjbackup file (file_format.py), sealed with a key derived from the data
key, written under a temporary name, synced and renamed: a crash leaves either
no backup or a whole one, and never a readable byte of the journal.

Pruning keeps to the journal's own backups: several journals may share one
folder, so a file is a candidate only when its header names this journal's
vault id, and anything unreadable is left alone. It ranks by the time in the
names, and the clock can be wrong: a backup dated after `now` neither takes a
slot nor is deleted (a clock set back must not throw away the backups made
before it went wrong, and a far-future name must not push out today's); once
the clock reaches its date it rotates like any other. The backup just made is
named for `now`, so it is the newest that counts and always kept.
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
from trustjournal.core.vault.inbox import inbox
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
    _make_folder(folder)
    remove_stale_temporaries(folder)
    target = folder / backup_format.backup_name(now)
    with vault.database.whole_in_file() as database:
        on_step("snapshot taken")
        # Notes sealed while locked travel still sealed (decision 0006); without any the
        # file stays version 2, which older versions of the app read.
        notes = backup_format.packed_notes(inbox.sealed_files(vault.paths.folder))
        header = BackupHeader(
            made_at=now,
            keyfile=vault.keyfile,
            keyfile_bytes=vault.keyfile.to_bytes(),
            database_bytes=database.stat().st_size,
            schema_version=vault.database.schema_version,
            version=backup_format.WITH_NOTES_VERSION if notes else backup_format.FORMAT_VERSION,
            notes_bytes=len(notes),
        )
        _write_whole(target, header, database, vault.data_key(), on_step, notes)
    on_step("finished")
    return target


def _make_folder(folder: Path) -> None:
    """A folder the app makes is 0700; one that is there already is the person's, as it is.

    Not files.ensure_private_folder: it also changes an existing folder's mode,
    which a FAT-formatted external drive refuses (EPERM), and a backup there must
    still work. mkdir's mode only loses bits to the umask, never gains them.
    """
    if not folder.is_dir():
        folder.mkdir(mode=files.FOLDER_MODE, parents=True, exist_ok=True)


def _write_whole(
    target: Path,
    header: BackupHeader,
    snapshot: Path,
    data_key: bytes,
    on_step: StepHook,
    notes: bytes = b"",
) -> None:
    temporary = _private_temporary(target.parent, ".tmp")
    try:
        with temporary.open("wb") as handle:
            backup_format.write(handle, header, snapshot, data_key, notes)
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


def list_backups(folder: Path, vault_id: str | None = None) -> list[BackupFile]:
    """The backups in `folder`, newest first (by the time in their names).

    With `vault_id`, only the journal's own: a folder may be shared by several
    journals, and each backup's header names its journal (a file whose header
    cannot be read is no one's).
    """
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        made_at = backup_format.time_in_name(path)
        if made_at is None or not path.is_file():
            continue
        if vault_id is not None and backup_format.vault_id_of(path) != vault_id:
            continue
        with contextlib.suppress(FileNotFoundError):  # removed since: another journal's pruning
            found.append(BackupFile(path, made_at, path.stat().st_size))
    return sorted(found, key=lambda backup: backup.made_at, reverse=True)


def backups_to_keep(backups: list[BackupFile]) -> list[BackupFile]:
    """The newest of each of the last 7 days that have one, and of each of the last 4 weeks."""
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


def prune_backups(folder: Path, vault_id: str, now: dt.datetime) -> list[Path]:
    """Remove this journal's backups beyond the 7 daily and 4 weekly kept; returns them.

    Only files whose header names `vault_id` are looked at, and those dated
    after `now` are never removed. The backup just made, named for `now`, is
    the newest that counts, so it is always kept.
    """
    local_now = now.astimezone().replace(tzinfo=None)  # names are in local time
    ours = [backup for backup in list_backups(folder, vault_id) if backup.made_at <= local_now]
    kept = {backup.path for backup in backups_to_keep(ours)}
    removed = [backup.path for backup in ours if backup.path not in kept]
    for path in removed:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    return removed
