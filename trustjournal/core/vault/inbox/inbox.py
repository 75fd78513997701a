"""The inbox: one sealed file per note in `journal.inbox`, written with no passphrase and
opened only inside an unlocked journal (decision 0006).

`capture` needs only the public key beside the journal: no passphrase, no KDF, no
process lock, so it works while another process holds the journal open (that process
sees the note at its next unlock). `open_inbox` opens every waiting note with the
private keys in the database; a file that does not open is moved into `aside/` with its
reason, and never taken for damage of the journal. `remove` overwrites a note's bytes
before removing the file. Turning kept notes into entries is the journal's work
(core/journal/sealed_notes.py): the vault never imports the domain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from trustjournal.core.errors import TrustJournalError, VaultNotFound
from trustjournal.core.vault import files
from trustjournal.core.vault.inbox import capture_key, sealing, texts
from trustjournal.core.vault.inbox.sealing import Note
from trustjournal.core.vault.paths import VaultPaths

if TYPE_CHECKING:  # capture needs neither SQLCipher nor Argon2: only what seals a note
    from trustjournal.core.vault.database import Database

SUFFIX = ".tjnote"
_NAME = re.compile(r"^[0-9a-f]{32}\.tjnote$")
ID_LENGTH = 12  # the part of a note's name a person types: 48 random bits
STALE_WRITE_SECONDS = 600  # a capture takes milliseconds; ten minutes is surely over
_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)
_UNWRITABLE = (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR)


@dataclass(frozen=True)
class WaitingNote:
    """A note that opened, waiting to be kept or discarded."""

    path: Path
    note: Note
    digest: str  # of the sealed bytes: a note kept once is never kept twice

    @property
    def id(self) -> str:
        return self.path.name[:ID_LENGTH]


@dataclass(frozen=True)
class SetAside:
    """A file in the inbox that did not open, where it was moved, and why (one sentence)."""

    name: str
    moved_to: Path
    reason: str

    @property
    def sentence(self) -> str:
        return texts.SET_ASIDE.format(
            name=self.name, folder=self.moved_to.parent, reason=self.reason
        )


@dataclass(frozen=True)
class Intake:
    notes: tuple[WaitingNote, ...]  # oldest first
    set_aside: tuple[SetAside, ...]


def never() -> bool:
    """An opening or a removal nobody stops."""
    return False


# -- sealing, with the journal locked -----------------------------------------------------


def capture(folder: Path, note: Note) -> Path:
    """Seal `note` into the journal's inbox; returns the new file. Needs no passphrase."""
    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound(texts.NO_JOURNAL)
    if not note.text.strip():
        raise TrustJournalError(texts.EMPTY_NOTE)
    key = capture_key.read_public_key(paths)
    journal_id = _vault_id(paths)
    if journal_id is not None and journal_id != key.vault_id:
        raise TrustJournalError(texts.KEY_OF_ANOTHER)
    try:
        sealed = sealing.seal(note, key.public_key, key.vault_id)
    except sealing.NoteTooLarge:
        raise TrustJournalError(texts.NOTE_TOO_LARGE) from None
    target = paths.inbox / (secrets.token_hex(16) + SUFFIX)
    try:
        _make_inbox(paths)
        # The file's times say nothing of when it was written (its change time still does).
        files.write_atomically(target, sealed, before_rename=lambda: _blank_times(target))
    except OSError as error:
        raise _plain_write_error(error, paths.inbox) from None
    return target


def _vault_id(paths: VaultPaths) -> str | None:
    """The journal's id from its key file's clear header; None when that cannot be read
    (the note is still sealed; the review at unlock checks it)."""
    from trustjournal.core.vault.keys.copies import read_keyfile  # loads Argon2: only here

    try:
        return read_keyfile(paths).keyfile.vault_id
    except TrustJournalError:
        return None


def _make_inbox(paths: VaultPaths) -> None:
    if not paths.inbox.is_dir():
        paths.inbox.mkdir(mode=files.FOLDER_MODE, exist_ok=True)


def _blank_times(target: Path) -> None:
    for stale in target.parent.glob(f".{target.name}.*.tmp"):
        os.utime(stale, (0, 0))


def _blanking(target: Path) -> Callable[[], None]:
    return lambda: _blank_times(target)


def _plain_write_error(error: OSError, inbox: Path) -> TrustJournalError:
    if error.errno in _DISK_FULL:
        return TrustJournalError(texts.INBOX_DISK_FULL)
    if error.errno in _UNWRITABLE or isinstance(error, FileExistsError):
        return TrustJournalError(texts.INBOX_UNWRITABLE.format(path=inbox))
    raise error


# -- counting and opening, with the journal open ------------------------------------------


def waiting_names(folder: Path) -> list[Path]:
    """The note files waiting, by name alone (nothing is opened): cheap, for a count."""
    inbox = VaultPaths(folder).inbox
    try:
        return sorted(path for path in inbox.iterdir() if _NAME.match(path.name))
    except OSError:
        return []


def waiting_count(folder: Path) -> int:
    """How many note files wait, by name alone and unsorted: cheap for 10,000 (sorting
    their paths took a quarter of a second on the GUI thread)."""
    try:
        return sum(1 for path in VaultPaths(folder).inbox.iterdir() if _NAME.match(path.name))
    except OSError:
        return 0


@dataclass(frozen=True)
class OpeningKeys:
    """What opening notes needs from the database: read on the thread that owns the
    connection, then used on any thread (the app opens the files on its helper)."""

    private: dict[bytes, X25519PrivateKey]
    retired: frozenset[bytes]


def opening_keys(database: Database) -> OpeningKeys:
    """The capture keys, each made an X25519 key once (not once a note)."""
    private = {
        key_id: X25519PrivateKey.from_private_bytes(secret)
        for key_id, secret in capture_key.private_keys(database).items()
    }
    return OpeningKeys(private, frozenset(capture_key.retired_key_ids(database)))


def open_inbox(paths: VaultPaths, database: Database, vault_id: str) -> Intake:
    """Every waiting note opened; whatever does not open is set aside with its reason."""
    return open_files(paths, opening_keys(database), vault_id)


def open_files(
    paths: VaultPaths, keys: OpeningKeys, vault_id: str, stopped: Callable[[], bool] = never
) -> Intake:
    """The files alone, no database: safe on any thread. `stopped` is asked before each
    file (a lock); what is opened by then is given, the rest waits untouched."""
    _remove_stale_writes(paths)
    notes: list[WaitingNote] = []
    aside: list[SetAside] = []
    for path in _candidates(paths):
        if stopped():
            break
        try:
            sealed = _read_note_file(path)
            if sealed and not sealed.strip(b"\0"):
                path.unlink()  # overwritten by a removal a crash stopped: it was kept or discarded
                continue
            notes.append(_opened(path, sealed, keys, vault_id))
        except sealing.NotANote as refusal:
            aside.append(_set_aside(paths, path, _why(refusal.reason)))
        except OSError as error:
            reason = texts.WHY_UNREADABLE.format(reason=error.strerror or error)
            aside.append(_set_aside(paths, path, reason))
    notes.sort(key=lambda waiting: (waiting.note.written_at, waiting.path.name))
    return Intake(tuple(notes), tuple(aside))


def _remove_stale_writes(paths: VaultPaths) -> None:
    """Temporary files a killed capture left (sealed bytes only, but clutter). A capture may
    be writing one right now, without any lock, so only those unchanged for a while go."""
    try:
        stale = list(paths.inbox.glob(".*" + SUFFIX + ".*.tmp"))
    except OSError:
        return
    now = time.time()
    for path in stale:
        with contextlib.suppress(OSError):
            if now - path.lstat().st_ctime > STALE_WRITE_SECONDS:
                path.unlink()


def _candidates(paths: VaultPaths) -> list[Path]:
    """Every entry of the inbox but the aside folder and a write still under way."""
    try:
        found = list(paths.inbox.iterdir())
    except FileNotFoundError:
        return []
    aside = paths.inbox_aside.name
    chosen = (p for p in found if p.name != aside and not p.name.startswith("."))
    return sorted(chosen, key=lambda path: path.name)  # by name: Path's own order is slower


def _read_note_file(path: Path) -> bytes:
    """The bytes of a regular file, never following a link nor waiting on a pipe."""
    if not stat.S_ISREG(os.lstat(path).st_mode):
        raise sealing.NotANote("not-a-file")
    if not _NAME.match(path.name):
        raise sealing.NotANote(sealing.NOT_OURS)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
            raise sealing.NotANote("not-a-file") from None
        raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise sealing.NotANote("not-a-file")
        sealed = handle.read(sealing.MOST_FILE_BYTES + 1)
    if len(sealed) > sealing.MOST_FILE_BYTES:
        raise sealing.NotANote("too-large")
    return sealed


def _opened(path: Path, sealed: bytes, keys: OpeningKeys, vault_id: str) -> WaitingNote:
    key_id = sealing.key_id_in(sealed)
    if key_id not in keys.private:
        raise sealing.NotANote(sealing.OLD_KEY if key_id in keys.retired else sealing.OTHER_KEY)
    note = sealing.open_sealed(sealed, keys.private[key_id], vault_id)
    return WaitingNote(path, note, hashlib.sha256(sealed).hexdigest())


def _why(reason: str) -> str:
    return {
        sealing.TRUNCATED: texts.WHY_TRUNCATED,
        sealing.NOT_OURS: texts.WHY_NOT_A_NOTE,
        sealing.OTHER_KEY: texts.WHY_OTHER_KEY,
        sealing.OLD_KEY: texts.WHY_OLD_KEY,
        sealing.TAMPERED: texts.WHY_TAMPERED,
        "not-a-file": texts.WHY_NOT_A_FILE,
        "too-large": texts.WHY_TOO_LARGE,
    }[reason]


def _set_aside(paths: VaultPaths, path: Path, reason: str) -> SetAside:
    """Move the file (or link, folder, pipe: never followed) into aside/, unread further."""
    paths.inbox_aside.mkdir(mode=files.FOLDER_MODE, exist_ok=True)
    target = paths.inbox_aside / path.name
    if os.path.lexists(target):
        target = paths.inbox_aside / f"{path.name}.{secrets.token_hex(4)}"
    path.rename(target)  # rename moves a link itself, never what it points at
    return SetAside(path.name, target, reason)


# -- carried by backups, still sealed ----------------------------------------------------------


def sealed_files(folder: Path) -> list[tuple[str, bytes]]:
    """Every waiting note's name (without its suffix) and sealed bytes, for a backup; a
    file that is no regular note-sized file is left for the review to set aside."""
    found: list[tuple[str, bytes]] = []
    for path in waiting_names(folder):
        with contextlib.suppress(OSError, sealing.NotANote):
            found.append((path.name.removesuffix(SUFFIX), _read_note_file(path)))
    return found


def put_back(paths: VaultPaths, notes: list[tuple[str, bytes]]) -> None:
    """Notes a restored backup carried, into the inbox as they were (none written twice)."""
    if not notes:
        return
    _make_inbox(paths)
    for name, sealed in notes:
        target = paths.inbox / (name + SUFFIX)
        if not os.path.lexists(target):
            files.write_atomically(target, sealed, before_rename=_blanking(target))


def set_aside_names(paths: VaultPaths) -> list[str]:
    try:
        return sorted(path.name for path in paths.inbox_aside.iterdir())
    except OSError:
        return []


# -- removing, once kept or discarded ------------------------------------------------------


def remove(notes: Sequence[WaitingNote], stopped: Callable[[], bool] = never) -> None:
    """Overwrite each note's sealed bytes with zeros, make that durable, then remove the
    files (texts.REMOVAL_LIMIT says what this cannot promise).

    One sync for all of them: a sync per file cost 8 of the 10 seconds of keeping 1,000
    notes on a busy disk. A crash before the removal leaves zeroed files, which the next
    review removes (never shown as notes); a note kept already is never kept twice.
    `stopped` is asked before each file (the app stops at a lock): what it leaves is what
    a crash would.
    """
    overwritten: list[Path] = []
    for note in notes:
        if stopped():
            break
        if _overwrite(note.path):
            overwritten.append(note.path)
    if not overwritten:
        return
    os.sync()
    for path in overwritten:
        if stopped():
            break
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    files.fsync_folder(overwritten[0].parent)


def _overwrite(path: Path) -> bool:
    """Zeros over the file's bytes; False when it is gone already."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    try:
        os.write(fd, bytes(os.fstat(fd).st_size))
    finally:
        os.close(fd)
    return True


def forget_unneeded_keys(paths: VaultPaths, database: Database) -> None:
    """Older private keys go once no waiting note names them (read from headers alone)."""
    needed: set[bytes] = set()
    for path in waiting_names(paths.folder):
        with contextlib.suppress(OSError, sealing.NotANote), path.open("rb") as handle:
            needed.add(sealing.key_id_in(handle.read(sealing.HEADER_BYTES + 2048)))
    capture_key.forget_unneeded(database, needed)


def moment_now() -> dt.datetime:
    """The local time with its offset, as a note records when it was written."""
    return dt.datetime.now().astimezone()
