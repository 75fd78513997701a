"""Restoring a .tjbackup file into a data folder, checking everything before touching it.

The order is the promise: the header and the key (the passphrase of the day
or the recovery code), then the whole file's seal under that key (file_format.py),
before anything is written; then the database is unpacked beside the journal
as journal.db.pending while the seal is checked again (the file may have
changed in between), and opened and checked page by page (every HMAC, the schema); anything
wrong removes what was unpacked, and only a sound database takes the
journal's place. A journal already there is
linked into a folder beside it first and is never deleted; swap.py makes the
switch one rename, so a crash leaves the old journal or the restored one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from trustjournal.core import texts
from trustjournal.core.errors import (
    BackupDamaged,
    JournalAlreadyHere,
    TrustJournalError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from trustjournal.core.vault import files
from trustjournal.core.vault.backup import file_format as backup_format
from trustjournal.core.vault.backup.file_format import BackupHeader
from trustjournal.core.vault.database import apply_key
from trustjournal.core.vault.inbox import capture_key, inbox
from trustjournal.core.vault.keys import swap
from trustjournal.core.vault.keys.keyfile import KeyFile
from trustjournal.core.vault.keys.recovery import normalise_code
from trustjournal.core.vault.keys.swap import StepHook, no_steps
from trustjournal.core.vault.paths import VAULT_FILE_PREFIX, VaultPaths
from trustjournal.core.vault.schema import SCHEMA_VERSION
from trustjournal.core.vault.vault import locked


class BackupNeedsSecret(WrongPassphrase):
    message = (
        "That does not open this backup. Use the passphrase you had when the backup was made, "
        "or your recovery code from that time."
    )


UNCHECKED_DATE = (
    "This backup was made by an older version of TrustJournal, so the date it carries "
    "could not be checked."
)


@dataclass(frozen=True)
class Restored:
    made_at: dt.datetime
    aside: Path | None  # where the journal that was here before now lives
    date_checked: bool = True  # sealed with the journal's key (version 1 files were not)

    @property
    def date_note(self) -> str:
        """One sentence to show beside the date when it could not be checked, else ''."""
        return "" if self.date_checked else UNCHECKED_DATE


def unwrap_backup_key(keyfile: KeyFile, secret: str) -> bytes:
    """The data key from a passphrase or a recovery code, whichever `secret` is."""
    with contextlib.suppress(WrongRecoveryCode):
        normalise_code(secret)
        return keyfile.unwrap_with_recovery_code(secret)
    try:
        return keyfile.unwrap_with_passphrase(secret)
    except WrongPassphrase:
        raise BackupNeedsSecret() from None


def restore_backup(
    backup: Path,
    folder: Path,
    secret: str,
    now: dt.datetime,
    replace: bool = False,
    on_step: StepHook = no_steps,
) -> Restored:
    data_key = unwrap_backup_key(backup_format.read_header(backup).keyfile, secret)
    paths = VaultPaths(folder)
    if paths.exists() and not replace:
        raise JournalAlreadyHere()
    header = backup_format.verify(backup, data_key)  # every byte, before anything is written
    made_folder = not folder.exists()
    files.ensure_private_folder(folder, VAULT_FILE_PREFIX)
    lock = locked(paths)
    aside: Path | None = None
    try:
        swap.resolve(paths)
        if paths.exists() and not replace:
            raise JournalAlreadyHere()
        notes = _unpack(backup, paths.pending_database, data_key, header)
        on_step("unpacked")
        check_database(paths.pending_database, data_key, header)
        public_key = capture_key.public_key_in(paths.pending_database, data_key)
        on_step("checked")
        aside = _aside_folder(folder, now) if paths.exists() else None
        swap.replace(paths, header.keyfile_bytes, aside, on_step)
        _move_old_notes_aside(paths, aside, public_key is None)
        _bring_back_notes(paths, header, public_key, notes)
    except BaseException:
        swap.resolve(paths)
        lock.release()
        if made_folder and not paths.exists():
            _remove_what_was_made(paths)
        raise
    lock.release()
    return Restored(made_at=header.made_at, aside=aside, date_checked=header.sealed)


def _remove_what_was_made(paths: VaultPaths) -> None:
    with contextlib.suppress(OSError):
        paths.lock.unlink()
        paths.folder.rmdir()


def _unpack(
    backup: Path, target: Path, data_key: bytes, header: BackupHeader
) -> list[tuple[str, bytes]]:
    """The database into `target`; gives the sealed notes the backup carried."""
    notes: list[tuple[str, bytes]] = []
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, files.FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        for chunk in backup_format.database_chunks(backup, data_key, header, notes):
            handle.write(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    return notes


def _move_old_notes_aside(paths: VaultPaths, aside: Path | None, key_too: bool) -> None:
    """The replaced journal's waiting notes (and, when the restored journal brings no
    capture key, its public key) go into `aside` with it: they are sealed to its key, and
    left here they would wait for a journal that cannot open them.

    After the swap, so a crash before it leaves the old journal whole with its notes. A
    move that fails leaves them here; the next review sets them aside with its reason."""
    if aside is None:
        return
    moving = [paths.inbox, paths.capture_key] if key_too else [paths.inbox]
    for source in moving:
        with contextlib.suppress(OSError):
            source.rename(aside / source.name)
    files.fsync_folder(paths.folder)


def _bring_back_notes(
    paths: VaultPaths,
    header: BackupHeader,
    public_key: bytes | None,
    notes: list[tuple[str, bytes]],
) -> None:
    """The restored journal's capture key beside it, and its waiting notes in the inbox.

    After the swap: the journal is restored already, and a crash here costs only what the
    next unlock puts right (the public key) or the notes (still in the backup)."""
    if public_key is not None:
        vault_id = header.keyfile.vault_id
        capture_key.write_public_key(paths, capture_key.PublicKey(vault_id, public_key))
    inbox.put_back(paths, notes)


def check_database(path: Path, data_key: bytes, header: BackupHeader) -> None:
    """The restored database opens with its key, every page authentic, its schema readable."""
    if header.schema_version > SCHEMA_VERSION:
        raise TrustJournalError(texts.BACKUP_FROM_NEWER)
    connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_key(connection, data_key)
        # Every page's HMAC under the key: the bytes are the journal's, whole and unaltered
        # (the file's seal was checked while unpacking). SQLite's integrity_check is
        # left to `doctor`: at 100,000 entries it takes 25 s against 4 s for this.
        problems = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher3.DatabaseError:
        raise BackupDamaged() from None
    finally:
        connection.close()
    if problems or version != header.schema_version:
        raise BackupDamaged()


def _aside_folder(folder: Path, now: dt.datetime) -> Path:
    """A new folder beside the journal's, never one that already holds something."""
    stamp = now.astimezone().strftime("%Y-%m-%d-%H%M%S")
    candidate = folder.with_name(f"{folder.name}-before-restore-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder.with_name(f"{folder.name}-before-restore-{stamp}-{number}")
    return candidate
