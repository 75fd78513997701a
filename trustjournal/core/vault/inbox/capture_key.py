"""The capture key pair: the private half inside the encrypted database, the public half
in `journal.capture-key` beside it, with the vault id (decision 0006).

The database is the truth. At every unlock `settle` makes a pair if the journal has none
(journals made before sealed notes existed) and rewrites the public file when it is
missing or differs, saying so. A key change makes a new pair; older private keys stay
until no waiting note is sealed to them (`forget_unneeded`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.vault import files
from trustjournal.core.vault.inbox import sealing, texts
from trustjournal.core.vault.paths import VaultPaths

if TYPE_CHECKING:  # `capture` reads the public key without loading SQLCipher
    from trustjournal.core.vault.database import Database

FORMAT = "TrustJournal capture key"
FORMAT_VERSION = 1
MOST_FILE_BYTES = 4096  # a public key file is about 200 bytes; never read a large file whole
# Crockford's base 32: no I, L, O or U, so a fingerprint read aloud or copied by hand is
# not misread. Letters and digits rather than dictionary words: the groups read the same
# in every language the app speaks.
_FINGERPRINT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class PublicKey:
    vault_id: str
    public_key: bytes

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "public_key": base64.b64encode(self.public_key).decode(),
        }
        return (json.dumps(document, indent=1) + "\n").encode()

    @property
    def fingerprint(self) -> str:
        """Four groups of four characters naming this key and its journal (80 bits), as a
        capture window shows them: a person can see that a note goes where they expect."""
        digest = hashlib.sha256(f"{FORMAT} {self.vault_id} ".encode() + self.public_key).digest()
        number = int.from_bytes(digest[:10])
        characters = "".join(_FINGERPRINT_ALPHABET[(number >> (5 * i)) & 31] for i in range(16))
        return " ".join(characters[i : i + 4] for i in range(0, 16, 4))


def read_public_key(paths: VaultPaths) -> PublicKey:
    """The public key beside the journal; raises with one sentence when it cannot be used."""
    try:
        with paths.capture_key.open("rb") as handle:
            raw = handle.read(MOST_FILE_BYTES + 1)
        document = json.loads(raw.decode())
        key = base64.b64decode(document["public_key"], validate=True)
        vault_id = document["vault_id"]
        right_shape = document["format"] == FORMAT and document["version"] == FORMAT_VERSION
    except (OSError, ValueError, KeyError, TypeError, binascii.Error):
        raise TrustJournalError(texts.KEY_UNUSABLE) from None
    if not right_shape or len(key) != sealing.PUBLIC_BYTES or not isinstance(vault_id, str):
        raise TrustJournalError(texts.KEY_UNUSABLE)
    return PublicKey(vault_id, key)


def write_public_key(paths: VaultPaths, key: PublicKey) -> None:
    files.write_atomically(paths.capture_key, key.to_bytes())  # 0600, whole or not at all


def settle(paths: VaultPaths, database: Database, vault_id: str, now: dt.datetime) -> bool:
    """Make the pair if there is none, and the public file agree with the database.

    True when a pair was there and the file beside it was not its public half: the
    person is told (texts.KEY_MENDED). A new pair is no news.
    """
    current = current_public_key(database)
    if current is None:
        current = make_pair(database, now)
        write_public_key(paths, PublicKey(vault_id, current))
        return False
    expected = PublicKey(vault_id, current)
    if file_agrees(paths, expected):
        return False
    write_public_key(paths, expected)
    return True


def file_agrees(paths: VaultPaths, expected: PublicKey) -> bool:
    try:
        return read_public_key(paths) == expected
    except TrustJournalError:
        return False


def rotate(paths: VaultPaths, database: Database, vault_id: str, now: dt.datetime) -> None:
    """A new pair for a key change; notes sealed to the old one still open until none wait."""
    public = make_pair(database, now)
    write_public_key(paths, PublicKey(vault_id, public))


def make_pair(database: Database, now: dt.datetime) -> bytes:
    """A new current pair in the database; returns its public half."""
    private, public = sealing.new_key_pair()
    with database.transaction() as cursor:
        cursor.execute("UPDATE capture_keys SET current = 0 WHERE current = 1")
        cursor.execute(
            "INSERT INTO capture_keys (key_id, public_key, private_key, created_at, current)"
            " VALUES (?, ?, ?, ?, 1)",
            (sealing.key_id_of(public).hex(), public, private, now.isoformat()),
        )
    return public


def current_public_key(database: Database) -> bytes | None:
    row = database.query_one("SELECT public_key FROM capture_keys WHERE current = 1")
    return None if row is None else bytes(row[0])


def public_key_in(path: Path, data_key: bytes) -> bytes | None:
    """The current public key of the database at `path` (a restore's, not yet in place);
    None for a journal from before sealed notes."""
    import sqlcipher3

    from trustjournal.core.vault.database import apply_key

    connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_key(connection, data_key)
        row = connection.execute("SELECT public_key FROM capture_keys WHERE current = 1").fetchone()
    except sqlcipher3.DatabaseError:
        return None  # no such table yet: the first unlock makes the pair
    finally:
        connection.close()
    return None if row is None else bytes(row[0])


def private_keys(database: Database) -> dict[bytes, bytes]:
    """Every private key still kept, by key id (the current one and those notes still need)."""
    rows = database.query(
        "SELECT key_id, private_key FROM capture_keys WHERE private_key IS NOT NULL"
    )
    return {bytes.fromhex(key_id): bytes(private) for key_id, private in rows}


def retired_key_ids(database: Database) -> set[bytes]:
    """Ids of older pairs whose private half is gone: their notes say "an old key"."""
    rows = database.query("SELECT key_id FROM capture_keys WHERE current = 0")
    return {bytes.fromhex(row[0]) for row in rows}


def forget_unneeded(database: Database, still_needed: set[bytes]) -> None:
    """Drop older private keys no waiting note is sealed to (secure_delete zeroes them)."""
    for key_id in set(private_keys(database)) - still_needed:
        with database.transaction() as cursor:
            cursor.execute(
                "UPDATE capture_keys SET private_key = NULL WHERE key_id = ? AND current = 0",
                (key_id.hex(),),
            )
