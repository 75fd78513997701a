"""The SQLCipher connection: opened with a raw key, hardened, migrated.

Only modules in `trustjournal.core.vault` use this; the rest of the app asks
the stores, which speak SQL on its behalf.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from trustjournal.core import texts
from trustjournal.core.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DiskFull,
    KeyRefused,
    TrustJournalError,
)
from trustjournal.core.vault.keys.memory import wipe_text
from trustjournal.core.vault.schema import MIGRATIONS

Row = tuple[Any, ...]
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_QUIET_ATTEMPTS = 3
_PAGE_SIZE = 4096  # SQLCipher 4's default, which the journal keeps
_SALT_BYTES = 16  # SQLCipher keeps the salt in the clear at the start of the file
_RESERVE = 80  # each page ends with its IV (16 bytes) and HMAC-SHA512 (64 bytes)
# A full or unwritable disk: the journal is sound, only the write could not happen.
_DISK_TROUBLE = (_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN)


class NewerSchema(TrustJournalError):
    message = (
        "This journal was written by a newer TrustJournal. Update TrustJournal to open it; "
        "nothing was changed."
    )


def _primary_code(error: sqlcipher3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damage(error: sqlcipher3.Error) -> bool:
    return _primary_code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


@contextlib.contextmanager
def damage_as_plain_error() -> Iterator[None]:
    """Turn SQLite's corruption and full-disk errors into plain messages."""
    try:
        yield
    except sqlcipher3.DatabaseError as error:
        if is_damage(error):
            raise DatabaseDamaged() from None
        if is_disk_trouble(error):
            raise DiskFull() from None
        raise


def is_disk_trouble(error: sqlcipher3.Error) -> bool:
    return _primary_code(error) in _DISK_TROUBLE


class Database:
    """One open, unlocked SQLCipher database."""

    def __init__(self, connection: sqlcipher3.Connection, path: Path | None = None) -> None:
        self._connection: sqlcipher3.Connection | None = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, data_key: bytes, *, new: bool = False) -> Database:
        """Open and migrate; an empty file is refused unless it was just made (`new`)."""
        # An emptied journal.db would otherwise be taken for a new journal and written over.
        if not new and _is_empty(path):
            raise DatabaseEmpty()
        # mode=rw: SQLite must never create a new, empty journal in place of a missing one.
        connection = sqlcipher3.connect(
            f"{path.resolve().as_uri()}?mode=rw",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            _apply_key_and_pragmas(connection, data_key)
            database = cls(connection, path)
            database.migrate()
        except BaseException:
            connection.close()
            raise
        return database

    def reopen(self, path: Path, data_key: bytes) -> None:
        """Close this connection and open `path` in its place (the stores keep this object)."""
        self.close()
        self._connection = Database.open(path, data_key).connection
        self.path = path

    @property
    def connection(self) -> sqlcipher3.Connection:
        if self._connection is None:
            raise RuntimeError("the database is closed")
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlcipher3.Error):
                self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._connection = None

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    # -- reading and writing --------------------------------------------------------

    def query(self, sql: str, parameters: tuple[Any, ...] | list[Any] = ()) -> list[Row]:
        with damage_as_plain_error():
            return list(self.connection.execute(sql, parameters).fetchall())

    def query_one(self, sql: str, parameters: tuple[Any, ...] | list[Any] = ()) -> Row | None:
        with damage_as_plain_error():
            row = self.connection.execute(sql, parameters).fetchone()
            return tuple(row) if row is not None else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Cursor]:
        """One write transaction: all of it lands, or none of it does."""
        cursor = self.connection.cursor()
        with damage_as_plain_error():
            cursor.execute("BEGIN IMMEDIATE")
            try:
                yield cursor
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
            cursor.execute("COMMIT")

    @contextlib.contextmanager
    def whole_in_file(self) -> Iterator[Path]:
        """While this lasts, the database file alone holds the whole journal and stays still.

        The write-ahead log is folded into the file, then the write lock is taken
        and held, so no write can begin until the block ends: the file can be
        copied byte for byte (still encrypted) as a consistent snapshot.
        """
        if self.path is None:
            raise RuntimeError("the database has no file")
        log = self.path.with_name(self.path.name + "-wal")
        with damage_as_plain_error():
            for _attempt in range(_QUIET_ATTEMPTS):
                self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.connection.execute("BEGIN IMMEDIATE")
                if not log.exists() or log.stat().st_size == 0:
                    break
                self.connection.execute("COMMIT")  # a write slipped in between; fold again
            else:
                raise TrustJournalError(texts.BUSY_NO_BACKUP)
            try:
                yield self.path
            finally:
                self.connection.execute("COMMIT")

    # -- schema ---------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        row = self.query_one("PRAGMA user_version")
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        current = self.schema_version
        if current > len(MIGRATIONS):
            raise NewerSchema()
        for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction() as cursor:
                for statement in _statements(script):
                    cursor.execute(statement)
                cursor.execute(f"PRAGMA user_version = {version}")

    # -- checks ---------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What the cipher, SQLite and the search index say is wrong (empty when sound)."""
        found: list[str] = []
        found += [str(row[0]) for row in self.query("PRAGMA cipher_integrity_check")]
        found += [str(row[0]) for row in self.query("PRAGMA integrity_check") if row[0] != "ok"]
        found += [f"broken link in {row[0]}" for row in self.query("PRAGMA foreign_key_check")]
        try:
            self.query("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
        except sqlcipher3.DatabaseError as error:
            found.append(f"search index: {error}")
        return found + self._incomplete_attachments()

    def _incomplete_attachments(self) -> list[str]:
        """Kept bytes whose chunks do not add up to their size (length() reads no content)."""
        if not self.query_one("SELECT 1 FROM sqlite_master WHERE name = 'attachment_blobs'"):
            return []  # a journal from before attachments (migration 10)
        rows = self.query(
            "SELECT blobs.id FROM attachment_blobs AS blobs"
            " LEFT JOIN attachment_chunks AS chunks ON chunks.blob_id = blobs.id"
            " GROUP BY blobs.id HAVING coalesce(sum(length(chunks.data)), 0) != blobs.size"
        )
        return [f"attachment bytes {row[0]} incomplete" for row in rows]


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:
        return False  # opening says what is wrong with it


def apply_key(connection: sqlcipher3.Connection, data_key: bytes, schema: str = "main") -> None:
    """Key a connection (or an attached schema) with the raw data key.

    The hex form of the key is a Python string that nothing else needs: it is
    run as a script (never cached as a prepared statement) and wiped in place
    straight after, so it lives for one call instead of until the next collection.
    """
    statement = f"PRAGMA {schema}.key = \"x'{data_key.hex()}'\";"
    try:
        connection.executescript(statement)
    finally:
        wipe_text(statement)
        del statement


def _apply_key_and_pragmas(connection: sqlcipher3.Connection, data_key: bytes) -> None:
    # SQLCipher's own log would go to stderr; it must stay silent.
    connection.execute("PRAGMA cipher_log_level = NONE")
    # cipher_memory_security stays off (SQLCipher's default): it wiped and locked only
    # SQLCipher's own buffers while the same text lives unwiped in Python's strings and
    # Qt's widgets, and it made every write about five times as costly. The decision and
    # its figures: docs/memory-security.md.
    apply_key(connection, data_key)
    connection.execute("PRAGMA cipher_compatibility = 4")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        if is_disk_trouble(error):
            raise DiskFull() from None
        # The key unwrapped correctly, so this is damage or a key file that belongs to
        # another database (see `key_fits`); never a wrong passphrase.
        raise KeyRefused() from None
    with damage_as_plain_error():
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA secure_delete = ON")


def key_fits(path: Path, data_key: bytes) -> bool:
    """Whether `data_key` is the key the database at `path` was encrypted with.

    Each page carries its own HMAC: under a foreign key every page fails it, while a
    damaged database under its own key still has pages that pass. So a refusal at open
    can be told apart: an old or foreign key file, or damage.
    """
    try:
        connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlcipher3.Error:
        return True  # unreadable for other reasons: not the key file's fault
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_key(connection, data_key)
        failed = len(connection.execute("PRAGMA cipher_integrity_check").fetchall())
    except sqlcipher3.Error:
        return True
    finally:
        connection.close()
    pages = path.stat().st_size // _PAGE_SIZE
    return pages == 0 or failed < pages or _first_page_decrypts(path, data_key)


def _first_page_decrypts(path: Path, data_key: bytes) -> bool:
    """Whether the first page, decrypted with `data_key`, holds SQLite's fixed header bytes.

    Every page's HMAC key is derived from the salt in the file's first 16 bytes,
    so damage there fails every page as a foreign key would. The pages themselves
    are encrypted with the raw key alone: if page 1 decrypts to SQLite's constant
    header fields (page size 4096, payload fractions 64/32/32), the key is the
    journal's own and the salt is what broke.
    """
    try:
        with path.open("rb") as handle:
            page = handle.read(_PAGE_SIZE)
    except OSError:
        return False
    if len(page) < _PAGE_SIZE:
        return False
    iv_at = _PAGE_SIZE - _RESERVE
    decryptor = Cipher(algorithms.AES(data_key), modes.CBC(page[iv_at : iv_at + 16])).decryptor()
    plain = decryptor.update(page[_SALT_BYTES:iv_at]) + decryptor.finalize()
    # Offsets 16-17 and 21-23 of the SQLite header, counted from the end of the salt.
    return plain[0:2] == b"\x10\x00" and plain[5:8] == b"\x40\x20\x20"


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
