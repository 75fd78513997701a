"""Key rotation's two halves: a key file for the new data key, and the journal re-encrypted.

SQLCipher's `PRAGMA rekey` rewrites the database in place; SQLite3 Multiple
Ciphers refuses it in WAL mode because it corrupts databases there, and either
way the database and the key file could not change together. So the journal
is copied page by page into a fresh database under the new key (SQLite's
backup API, which SQLCipher re-encrypts on the way; `sqlcipher_export` does
the same but rebuilds every index and took five times as long), and swap.py
puts that database and the new key file in place as one step.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from trustjournal.core.errors import KeyFileDamaged
from trustjournal.core.vault import files
from trustjournal.core.vault.database import Database, apply_key, damage_as_plain_error
from trustjournal.core.vault.keys import pending_code
from trustjournal.core.vault.keys.keyfile import KeyFile


def new_keyfile(current: KeyFile, new_key: bytes, passphrase: str, recovery_code: str) -> KeyFile:
    """The same journal (vault id, passphrase cost) with slots wrapping `new_key` only."""
    empty = KeyFile(vault_id=current.vault_id, slots={})
    keyfile = empty.with_passphrase(new_key, passphrase, current.passphrase_params())
    keyfile = keyfile.with_recovery_code(new_key, recovery_code)
    # Never put in place a key file that does not give back the key it was made for.
    if keyfile.unwrap_with_recovery_code(recovery_code) != new_key:
        raise KeyFileDamaged()
    return keyfile


def export_database(
    database: Database, target: Path, new_key: bytes, recovery_code: str = ""
) -> None:
    """Every page of the journal into `target`, encrypted again under `new_key`.

    The new `recovery_code` waits there, unconfirmed (pending_code.py), so a lock
    before the person has stored it never loses it.

    SQLite's online backup copies the journal in one step from the open
    connection, so it is a consistent snapshot; SQLCipher decrypts each page
    with the current key and encrypts it with the target's. Indexes and the
    search index come across as pages, so nothing is rebuilt.
    """
    # Made 0600 before SQLite opens it: SQLite would create it under the umask (0644),
    # and the -wal and -shm files it makes beside journal.db later copy its mode.
    files.create_private_file(target)
    connection = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_key(connection, new_key)
        connection.execute("PRAGMA cipher_compatibility = 4")
        # A pending file: swap.py syncs it before use and discards it after a crash, so
        # SQLite's own journal and syncs would only double the time (12 s instead of 25).
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        with damage_as_plain_error():
            database.connection.backup(connection)
            if recovery_code:
                pending_code.remember(Database(connection), recovery_code)
    finally:
        connection.close()
