"""Key rotation's two halves: a key file for the new data key, and the journal re-encrypted.

SQLCipher's `PRAGMA rekey` rewrites the database in place; SQLite3 Multiple
Ciphers refuses it in WAL mode because it corrupts databases there, and either
way the database and the key file could not change together. So the journal
is exported with `sqlcipher_export` into a fresh database under the new key,
and swap.py puts that database and the new key file in place as one step.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.errors import KeyFileDamaged
from trustjournal.core.vault.database import Database, attach_keyed, damage_as_plain_error
from trustjournal.core.vault.keyfile import KeyFile

_SCHEMA = "rotated"


def new_keyfile(current: KeyFile, new_key: bytes, passphrase: str, recovery_code: str) -> KeyFile:
    """The same journal (vault id, passphrase cost) with slots wrapping `new_key` only."""
    empty = KeyFile(vault_id=current.vault_id, slots={})
    keyfile = empty.with_passphrase(new_key, passphrase, current.passphrase_params())
    keyfile = keyfile.with_recovery_code(new_key, recovery_code)
    # Never put in place a key file that does not give back the key it was made for.
    if keyfile.unwrap_with_recovery_code(recovery_code) != new_key:
        raise KeyFileDamaged()
    return keyfile


def export_database(database: Database, target: Path, new_key: bytes) -> None:
    """Every table, index, trigger and the schema version, into `target` under `new_key`."""
    version = database.schema_version
    connection = database.connection
    with damage_as_plain_error():
        attach_keyed(connection, target, _SCHEMA, new_key)
        try:
            connection.execute(f"PRAGMA {_SCHEMA}.cipher_compatibility = 4")
            # One read transaction: the export is a consistent snapshot of the journal.
            connection.execute("BEGIN")
            try:
                connection.execute(f"SELECT sqlcipher_export('{_SCHEMA}')")
                connection.execute(f"PRAGMA {_SCHEMA}.user_version = {int(version)}")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        finally:
            connection.execute(f"DETACH DATABASE {_SCHEMA}")
