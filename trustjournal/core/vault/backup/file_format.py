"""The .tjbackup file: one encrypted snapshot of the journal and the key file that opens it.

Layout (all of it safe to keep on an external drive or someone else's cloud):

    b"TJBACKUP"                      8 bytes, what kind of file this is
    header length                    4 bytes, big-endian
    header                           JSON: format version, when it was made, the
                                     key file (wrapped keys only), database size
    database                         the SQLCipher database, encrypted as on disk
    notes (version 3 only)           the sealed notes waiting in the journal's inbox,
                                     still sealed: per note, its 32-hex name, 4 bytes
                                     of length, its bytes (decision 0006)
    seal                             32 bytes over everything above

Nothing in it is readable without the passphrase of the day or the recovery
code: the database is encrypted with the data key, which only the key file's
slots hold, wrapped.

The seal of a version-2 file is an HMAC-SHA256 keyed by a key derived (HKDF)
from the journal's data key, so only someone who holds that key can make one:
a changed date, key file or database byte is found once the passphrase or
recovery code has unwrapped the key, before anything is written. Version 1
sealed with a plain SHA-256, which finds damage but not a forger who
recomputes it; those files still restore, and their date is reported as
unchecked. Version 3 is version 2 with the waiting sealed notes after the database; it is
written only when notes wait, so a backup without notes stays readable by older versions.
Pruning reads only the header (the vault id in its key file).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from trustjournal.core.errors import BackupDamaged, TrustJournalError
from trustjournal.core.vault.keys.keyfile import KeyFile

MAGIC = b"TJBACKUP"
FORMAT_VERSION = 2
WITH_NOTES_VERSION = 3  # version 2 and the sealed notes waiting in the inbox
UNSEALED_VERSION = 1  # a plain SHA-256 at the end: restores, but its date is unchecked
_SEAL_INFO = b"TrustJournal backup seal, version 2"
SUFFIX = ".tjbackup"
NAME_PREFIX = "TrustJournal-backup-"
_NAME_TIME = "%Y-%m-%d-%H%M%S"
_NAME_PATTERN = re.compile(r"^TrustJournal-backup-(\d{4}-\d{2}-\d{2}-\d{6})\.tjbackup$")
_MAX_HEADER = 64 * 1024
_DIGEST_BYTES = 32
_CHUNK = 1024 * 1024
_NOTE_NAME = 32


class BackupTampered(BackupDamaged):
    message = (
        "This backup was changed after it was made, or is damaged, so it cannot be trusted "
        "and nothing was changed. Try another backup file."
    )


@dataclass(frozen=True)
class BackupHeader:
    made_at: dt.datetime
    keyfile: KeyFile
    keyfile_bytes: bytes
    database_bytes: int
    schema_version: int
    version: int = FORMAT_VERSION
    notes_bytes: int = 0  # the notes section's length (version 3)

    @property
    def sealed(self) -> bool:
        """Sealed with the journal's own key, so its date can be trusted once checked."""
        return self.version != UNSEALED_VERSION

    def to_bytes(self) -> bytes:
        document = {
            "format": "trustjournal-backup",
            "version": self.version,
            "made_at": self.made_at.isoformat(),
            "keyfile": self.keyfile_bytes.decode("utf-8"),
            "database_bytes": self.database_bytes,
            "schema_version": self.schema_version,
        }
        if self.version == WITH_NOTES_VERSION:
            document["notes_bytes"] = self.notes_bytes
        return json.dumps(document, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> BackupHeader:
        try:
            document = json.loads(raw.decode("utf-8"))
            version = document["version"]
            if document["format"] != "trustjournal-backup" or version not in (
                UNSEALED_VERSION,
                FORMAT_VERSION,
                WITH_NOTES_VERSION,
            ):
                raise BackupDamaged()
            keyfile_bytes = str(document["keyfile"]).encode("utf-8")
            header = cls(
                made_at=dt.datetime.fromisoformat(document["made_at"]),
                keyfile=KeyFile.from_bytes(keyfile_bytes),
                keyfile_bytes=keyfile_bytes,
                database_bytes=_count(document["database_bytes"]),
                schema_version=_count(document["schema_version"]),
                version=version,
                notes_bytes=_count(document.get("notes_bytes", 0)),
            )
        except (TrustJournalError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise BackupDamaged() from None
        return header


def _count(value: object) -> int:
    if type(value) is not int or value < 0:
        raise BackupDamaged()
    return value


def backup_name(made_at: dt.datetime) -> str:
    """TrustJournal-backup-YYYY-MM-DD-HHMMSS.tjbackup, in the computer's local time."""
    return f"{NAME_PREFIX}{made_at.astimezone().strftime(_NAME_TIME)}{SUFFIX}"


def time_in_name(path: Path) -> dt.datetime | None:
    """When a backup was made, read from its name; None for any other file."""
    match = _NAME_PATTERN.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), _NAME_TIME)


class _Seal(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...


def _seal_for(header: BackupHeader, data_key: bytes) -> _Seal:
    """HMAC-SHA256 under a key only the journal has; a plain SHA-256 for version 1."""
    if not header.sealed:
        return hashlib.sha256()
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SEAL_INFO)
    return hmac.new(hkdf.derive(data_key), digestmod=hashlib.sha256)


def packed_notes(notes: list[tuple[str, bytes]]) -> bytes:
    """The notes section: each note's name (32 hex characters), length and sealed bytes."""
    return b"".join(
        name.encode("ascii") + len(data).to_bytes(4, "big") + data for name, data in notes
    )


def unpacked_notes(section: bytes) -> list[tuple[str, bytes]]:
    notes: list[tuple[str, bytes]] = []
    at = 0
    while at < len(section):
        name = section[at : at + _NOTE_NAME].decode("ascii", "replace")
        length = int.from_bytes(section[at + _NOTE_NAME : at + _NOTE_NAME + 4], "big")
        at += _NOTE_NAME + 4
        if not re.fullmatch("[0-9a-f]{32}", name) or at + length > len(section):
            raise BackupDamaged()
        notes.append((name, section[at : at + length]))
        at += length
    return notes


def write(
    handle: IO[bytes], header: BackupHeader, database: Path, data_key: bytes, notes: bytes = b""
) -> None:
    """The whole file into `handle`: magic, header, database bytes, notes, the seal."""
    seal = _seal_for(header, data_key)

    def put(data: bytes) -> None:
        seal.update(data)
        handle.write(data)

    raw_header = header.to_bytes()
    put(MAGIC + len(raw_header).to_bytes(4, "big") + raw_header)
    with database.open("rb") as source:
        for chunk in iter(lambda: source.read(_CHUNK), b""):
            put(chunk)
    put(notes)
    handle.write(seal.digest())


def read_header(path: Path) -> BackupHeader:
    """The header alone, with the file's size checked against it (no full read).

    Nothing in it is trusted yet: `verify` checks it with the journal's key.
    """
    try:
        with open_regular(path) as handle:
            header, raw_front = _read_header(handle)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        raise BackupDamaged() from None
    if size < len(raw_front) + header.database_bytes + header.notes_bytes + _DIGEST_BYTES:
        raise BackupDamaged()
    return header


def vault_id_of(path: Path) -> str | None:
    """The vault id a backup's header names, from the header alone; None if unreadable.

    Pruning deletes only files for which this is the journal's own id, so
    anything that cannot be read (a FIFO, a link, someone else's file) is left alone.
    """
    try:
        with open_regular(path, follow_links=False) as handle:
            header, _ = _read_header(handle)
    except (OSError, BackupDamaged):
        return None
    return header.keyfile.vault_id


def open_regular(path: Path, follow_links: bool = True) -> IO[bytes]:
    """`path` opened for reading if it is a regular file; BackupDamaged if it is anything else.

    Opened without blocking and checked on the open descriptor, so a FIFO or a
    device named as a backup is refused at once instead of hanging or streaming.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    handle = os.fdopen(fd, "rb")
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        handle.close()
        raise BackupDamaged()
    return handle


def verify(path: Path, data_key: bytes) -> BackupHeader:
    """Read the whole file and check its seal; the header, now to be trusted as far as it can.

    Nothing is written: restore calls this before it touches anything.
    """
    header = read_header(path)
    for _chunk in database_chunks(path, data_key, header):
        pass
    return header


def database_chunks(
    path: Path,
    data_key: bytes,
    expected: BackupHeader,
    notes_out: list[tuple[str, bytes]] | None = None,
) -> Iterator[bytes]:
    """The database bytes, checked: an error after the last chunk if the seal fails.

    Callers write the chunks somewhere private and use them only once the
    iteration has finished without an error. `expected` is the header an earlier
    pass read: a file swapped in between is refused. The sealed notes a version-3 file
    carries go into `notes_out` once checked with the rest.
    """
    try:
        with open_regular(path) as handle:
            header, raw_front = _read_header(handle)
            if header != expected:
                raise BackupTampered()
            seal = _seal_for(header, data_key)
            seal.update(raw_front)
            remaining = header.database_bytes
            while remaining:
                chunk = handle.read(min(_CHUNK, remaining))
                if not chunk:
                    raise BackupDamaged()
                seal.update(chunk)
                remaining -= len(chunk)
                yield chunk
            notes = handle.read(header.notes_bytes)
            if len(notes) != header.notes_bytes:
                raise BackupDamaged()
            seal.update(notes)
            if not hmac.compare_digest(handle.read(_DIGEST_BYTES + 1), seal.digest()):
                raise BackupTampered() if header.sealed else BackupDamaged()
            if notes_out is not None:
                notes_out += unpacked_notes(notes)
    except OSError:
        raise BackupDamaged() from None


def _read_header(handle: IO[bytes]) -> tuple[BackupHeader, bytes]:
    front = handle.read(len(MAGIC) + 4)
    if len(front) != len(MAGIC) + 4 or not front.startswith(MAGIC):
        raise BackupDamaged()
    length = int.from_bytes(front[len(MAGIC) :], "big")
    if length > _MAX_HEADER:
        raise BackupDamaged()
    raw = handle.read(length)
    if len(raw) != length:
        raise BackupDamaged()
    return BackupHeader.from_bytes(raw), front + raw
