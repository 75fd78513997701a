"""The vault: a folder holding the encrypted database and the key file that opens it.

Opening goes: take the process lock, read the key file, unwrap the data key
(a wrong passphrase fails here, before the database is touched), then open the
database with that key. Changing the passphrase rewrites one slot of the key
file; the database is never re-encrypted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

from trustjournal.core.errors import (
    KeyFileDamaged,
    TrustJournalError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from trustjournal.core.vault import files, unfinished_writes
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.inbox import capture_key
from trustjournal.core.vault.keys import pending_code, rotation, swap
from trustjournal.core.vault.keys.copies import open_with_fitting_copy, read_keyfile
from trustjournal.core.vault.keys.keyfile import KEY_BYTES, Argon2Params, KeyFile, calibrate
from trustjournal.core.vault.keys.recovery import new_recovery_code
from trustjournal.core.vault.keys.strength import require_strong
from trustjournal.core.vault.paths import VAULT_FILE_PREFIX, VaultPaths

# VaultPaths lives in paths.py; it is named here too until ui/shell/session.py (being
# split on another branch) imports it from there.
__all__ = ["Vault", "VaultPaths"]

KDF_TARGET_ENV = "TRUSTJOURNAL_KDF_TARGET_SECONDS"
DEFAULT_KDF_TARGET_SECONDS = 0.5


def check_passphrase(folder: Path, passphrase: str) -> None:
    """Nothing when the passphrase opens the vault's key file; raises WrongPassphrase if not.

    For asking the owner of an open journal to confirm it is them: the same
    Argon2id work as unlocking, and the key it gives back is dropped at once.
    A damaged or missing key file raises what unlocking would.
    """
    read_keyfile(VaultPaths(folder)).keyfile.unwrap_with_passphrase(passphrase)


def vault_id_in(folder: Path) -> str | None:
    """The id of the journal in `folder`, from its key file's clear header; None if none.

    No passphrase is needed (backups carry the same id in their headers), so a
    backup folder can be listed for this journal alone before unlocking it.
    """
    try:
        return read_keyfile(VaultPaths(folder)).keyfile.vault_id
    except TrustJournalError:
        return None


def default_kdf_params() -> Argon2Params:
    """Parameters calibrated on this computer (never below the floor)."""
    target = float(os.environ.get(KDF_TARGET_ENV, DEFAULT_KDF_TARGET_SECONDS))
    return calibrate(target_seconds=target)


class Vault:
    """An unlocked vault. Close it to drop the key and the connection."""

    def __init__(
        self,
        paths: VaultPaths,
        database: Database,
        keyfile: KeyFile,
        lock: files.ProcessLock,
        data_key: bytearray,
    ) -> None:
        self.paths = paths
        self.database = database
        self._keyfile = keyfile
        self._lock = lock
        self._data_key = data_key
        self._opened_through_backup = False
        # True when the capture key beside the journal was not the database's and was
        # rewritten at this unlock (inbox/capture_key.py); the person is told.
        self.capture_key_mended = False

    # -- creating and opening ------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, params: Argon2Params | None = None
    ) -> tuple[Vault, str]:
        """A new, empty vault and its recovery code (to show the person once)."""
        require_strong(passphrase)
        paths = VaultPaths(folder)
        if paths.exists():
            raise VaultExists()
        files.ensure_private_folder(folder, VAULT_FILE_PREFIX)
        lock = locked(paths)
        try:
            if paths.exists():
                raise VaultExists()
            data_key = secrets.token_bytes(KEY_BYTES)
            recovery_code = new_recovery_code()
            keyfile = KeyFile.new(
                data_key, passphrase, recovery_code, params or default_kdf_params()
            )
            _write_keyfile(paths, keyfile)
            files.create_private_file(paths.database)
            vault = cls._open_database(paths, keyfile, lock, data_key, new=True)
            vault.settle_capture_key()
        except BaseException:
            lock.release()
            raise
        return vault, recovery_code

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        return cls._unlock(folder, lambda keyfile: keyfile.unwrap_with_passphrase(passphrase))

    @classmethod
    def recover(
        cls,
        folder: Path,
        recovery_code: str,
        new_passphrase: str,
        params: Argon2Params | None = None,
    ) -> Vault:
        """Open with the recovery code and set a new passphrase in the same step."""
        require_strong(new_passphrase)
        vault = cls._unlock(
            folder, lambda keyfile: keyfile.unwrap_with_recovery_code(recovery_code)
        )
        try:
            vault._rewrap_passphrase(new_passphrase, params)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _unlock(cls, folder: Path, unwrap: Callable[[KeyFile], bytes]) -> Vault:
        paths = VaultPaths(folder)
        if not paths.exists():
            raise VaultNotFound()
        lock = locked(paths)
        try:
            swap.resolve(paths)  # a rotation or restore a crash interrupted
            # Manifests a killed key change never renamed into place; the lock says no one
            # else is writing one now.
            files.remove_stale_temporaries(paths.pending_manifest)
            vault = open_with_fitting_copy(
                paths,
                unwrap,
                lambda reading, key: cls._open_database(
                    paths, reading.keyfile, lock, key, through_backup=reading.primary_damaged
                ),
            )
            unfinished_writes.sweep(vault.database)  # what a killed export left behind
            vault.capture_key_mended = vault.settle_capture_key()
        except BaseException:
            lock.release()
            raise
        return vault

    @classmethod
    def _open_database(
        cls,
        paths: VaultPaths,
        keyfile: KeyFile,
        lock: files.ProcessLock,
        data_key: bytes,
        new: bool = False,
        through_backup: bool = False,
    ) -> Vault:
        database = Database.open(paths.database, data_key, new=new)
        files.ensure_private_folder(paths.folder, VAULT_FILE_PREFIX)
        for path in (paths.database, *_sidecars(paths.database)):
            files.make_private(path)
        vault = cls(paths, database, keyfile, lock, bytearray(data_key))
        vault._opened_through_backup = through_backup
        return vault

    # -- while open -----------------------------------------------------------------

    def settle_capture_key(self) -> bool:
        """Make the capture pair if there is none; put the public key file right (True if
        it had to be). Journals made before sealed notes get their pair here."""
        now = dt.datetime.now(dt.UTC)
        return capture_key.settle(self.paths, self.database, self._keyfile.vault_id, now)

    @property
    def is_open(self) -> bool:
        return self.database.is_open

    @contextlib.contextmanager
    def apart(self) -> Iterator[Database]:
        """A connection of its own to the journal, for one write on another thread (the
        app stores a picture on its helper while the window's connection keeps serving;
        WAL lets the window read meanwhile, and a write of its own waits its turn)."""
        if not self.is_open:
            raise VaultLocked()
        database = Database.open(self.paths.database, bytes(self._data_key))
        try:
            yield database
        finally:
            database.close()

    @property
    def opened_through_backup(self) -> bool:
        """True when journal.key did not open the journal and journal.key.bak did.

        The journal is sound, but journal.key was damaged or changed on disk: the
        person is told, and `repair_key_file` mends it.
        """
        return self._opened_through_backup

    def repair_key_file(self) -> None:
        """Rewrite journal.key (and its backup) from the copy that opened the journal.

        Atomic and private (0600), like every key-file write.
        """
        if not self.is_open:
            raise VaultLocked()
        _write_keyfile(self.paths, self._keyfile)
        self._opened_through_backup = False

    @property
    def keyfile(self) -> KeyFile:
        """The key file as written now (wrapped keys only; safe to copy into a backup)."""
        return self._keyfile

    def pending_recovery_code(self) -> str:
        """The new recovery code of a key change still waiting to be confirmed, or ''."""
        return pending_code.pending(self.database)

    def forget_pending_recovery_code(self) -> None:
        """The person confirmed they stored the waiting code: it leaves the database."""
        pending_code.forget(self.database)

    def data_key(self) -> bytes:
        """The raw data key, for keying a backup snapshot; never store it."""
        if not self.is_open:
            raise VaultLocked()
        return bytes(self._data_key)

    def change_passphrase(
        self,
        current: str,
        new: str,
        params: Argon2Params | None = None,
        on_step: swap.StepHook = swap.no_steps,
    ) -> None:
        """Check the current passphrase, then wrap the same data key under the new one."""
        require_strong(new)
        self._keyfile.unwrap_with_passphrase(current)
        self._rewrap_passphrase(new, params, on_step)

    def _rewrap_passphrase(
        self, new: str, params: Argon2Params | None, on_step: swap.StepHook = swap.no_steps
    ) -> None:
        if not self.is_open:
            raise VaultLocked()  # the key is gone: wrapping now would wrap zeros
        data_key = bytes(self._data_key)
        updated = self._keyfile.with_passphrase(data_key, new, params or default_kdf_params())
        # Never write a slot that does not give back the key that opens the database.
        if updated.unwrap_with_passphrase(new) != data_key:
            raise KeyFileDamaged()
        # Through a manifest, so a kill between the two copies leaves no old passphrase working.
        swap.change_keyfile(self.paths, updated.to_bytes(), on_step)
        self._keyfile = updated
        self._opened_through_backup = False  # both copies now hold the new slot

    def rotate_key(self, passphrase: str, on_step: swap.StepHook = swap.no_steps) -> str:
        """Encrypt the whole journal under a new data key; returns the new recovery code.

        Afterwards the old recovery code and every old copy of the key file open
        nothing written from now on. A crash at any moment leaves the journal
        opening with the old key file or the new one (see swap.py).
        """
        if not self.is_open:
            raise VaultLocked()
        self._keyfile.unwrap_with_passphrase(passphrase)
        new_key = secrets.token_bytes(KEY_BYTES)
        recovery_code = new_recovery_code()
        keyfile = rotation.new_keyfile(self._keyfile, new_key, passphrase, recovery_code)
        raw = keyfile.to_bytes()
        swap.resolve(self.paths)
        rotation.export_database(self.database, self.paths.pending_database, new_key, recovery_code)
        on_step("exported")
        self.database.close()
        try:
            swap.replace(self.paths, raw, aside=None, on_step=on_step)
        finally:
            self._reopen_after_swap(keyfile, raw, new_key)
        # A new capture pair with the new key; notes sealed to the old one still open.
        now = dt.datetime.now(dt.UTC)
        capture_key.rotate(self.paths, self.database, keyfile.vault_id, now)
        return recovery_code

    def _reopen_after_swap(self, keyfile: KeyFile, raw: bytes, new_key: bytes) -> None:
        """Open whichever database the swap left in place (the new one unless it failed)."""
        swap.resolve(self.paths)
        if files.read_if_exists(self.paths.keyfile) == raw:
            self.database.reopen(self.paths.database, new_key)
            self._keyfile = keyfile
            self._wipe_key()
            self._data_key = bytearray(new_key)
        else:
            self.database.reopen(self.paths.database, bytes(self._data_key))

    def close(self) -> None:
        """Close the connection, forget the key, and let other processes in."""
        try:
            self.database.close()
        finally:
            self._wipe_key()
            self._lock.release()

    def _wipe_key(self) -> None:
        for i in range(len(self._data_key)):
            self._data_key[i] = 0


def _write_keyfile(paths: VaultPaths, keyfile: KeyFile) -> None:
    """The primary copy first, then the backup, each atomically (a new vault, a mended copy;
    a passphrase change goes through swap.change_keyfile).

    The backup is a second copy of the current key file, not an older one: an
    old copy would still open with a passphrase the person meant to retire.
    """
    raw = keyfile.to_bytes()
    files.write_atomically(paths.keyfile, raw)
    files.write_atomically(paths.keyfile_backup, raw)


def locked(paths: VaultPaths) -> files.ProcessLock:
    lock = files.ProcessLock(paths.lock)
    lock.acquire()
    return lock


def _sidecars(database: Path) -> tuple[Path, ...]:
    return (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm"))
