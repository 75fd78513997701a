"""A check-up of a vault: key file, permissions, leftovers, cipher and SQLite integrity.

`examine` says in plain words which check failed and what it found (the
cipher check's pages, the integrity check's first lines). With `repair` it
also does the repairs that cannot lose anything: it finishes or undoes a key
rotation or restore a crash interrupted, removes temporary key files a killed
`passwd` left, mends journal.key from a backup copy that has just opened
the journal, and a stale backup copy from a journal.key that has. A damaged
database is never touched: restoring a backup moves it aside instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from trustjournal.core.errors import (
    DatabaseDamaged,
    KeyFileMismatch,
    TrustJournalError,
    as_plain_error,
)
from trustjournal.core.vault import files, texts
from trustjournal.core.vault.backup.making import list_backups
from trustjournal.core.vault.database import Database, apply_key, key_fits
from trustjournal.core.vault.inbox import capture_key
from trustjournal.core.vault.keys import pending_code, swap
from trustjournal.core.vault.keys.copies import (
    KeyFileReading,
    read_keyfile,
    read_small_file,
    unwrapped_copies,
)
from trustjournal.core.vault.keys.keyfile import KeyFile
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault, locked

_SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


def examine(paths: VaultPaths, passphrase: str, repair: bool = False) -> list[Finding]:
    """Every check, in order; with `repair`, the safe repairs first.

    Each part is checked even when another cannot be (a dangling link, an
    unreadable file): its trouble becomes a finding, never the end of the check-up.
    """
    lock = locked(paths)
    try:
        findings = _checked(lambda: repair_leftovers(paths) if repair else check_leftovers(paths))
        keyfile_findings = _checked(lambda: check_keyfile(paths))
        permissions = _checked(lambda: check_permissions(paths))
        try:
            reading, data_key = fitting_copy(
                paths, lambda keyfile: keyfile.unwrap_with_passphrase(passphrase)
            )
        except TrustJournalError as error:
            unopened = Finding(False, str(error))
            return [*findings, *_unproven(keyfile_findings), *permissions, unopened]
        database = diagnose_database(paths, data_key)
        if reading.primary_damaged:
            # The backup copy opened the journal: that one finding says all about journal.key.
            keyfile_findings = [_mend_primary(paths, reading.keyfile.to_bytes(), repair)]
        elif MISMATCH in database:
            keyfile_findings = _unproven(keyfile_findings)
        elif repair:
            keyfile_findings = _mend_stale_copy(paths, keyfile_findings)
        damaged = not database[0].ok  # after it, only a waiting recovery code may follow
        vault_id = reading.keyfile.vault_id
        if not damaged:  # the capture key after the database, before a code reminder
            capture = _checked(lambda: check_capture_key(paths, data_key, vault_id, repair))
            database = [database[0], *capture, *database[1:]]
        findings += keyfile_findings + permissions + database
        newest = newest_backup(paths, data_key, vault_id) if repair and damaged else None
    finally:
        lock.release()
    if repair and damaged:
        findings.append(Finding(False, restore_advice(newest)))
    return findings


MISMATCH = Finding(False, str(KeyFileMismatch()))


def _checked(check: Callable[[], list[Finding]]) -> list[Finding]:
    """A check's findings, or one finding that says why it could not be done."""
    try:
        return check()
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    except OSError as error:
        return [Finding(False, str(as_plain_error(error)))]


def _unproven(keyfile_findings: list[Finding]) -> list[Finding]:
    """The key-file findings without their "sound", for a key file that opened nothing."""
    return [finding for finding in keyfile_findings if not finding.ok]


def fitting_copy(
    paths: VaultPaths, unwrap: Callable[[KeyFile], bytes]
) -> tuple[KeyFileReading, bytes]:
    """The copy of the key file whose key the database takes (the primary if none does).

    Only when both copies take the passphrase but differ (an old journal.key put
    back after the key was changed) is the database asked which key is its own.
    """
    candidates = list(unwrapped_copies(paths, unwrap))
    if len(candidates) > 1:
        for reading, data_key in candidates:
            if key_fits(paths.database, data_key):
                return reading, data_key
    return candidates[0]


def restore_advice(newest: Path | None) -> str:
    if newest is None:
        return texts.RESTORE_ADVICE
    return texts.RESTORE_NEWEST.format(path=newest)


def newest_backup(paths: VaultPaths, data_key: bytes, vault_id: str) -> Path | None:
    """This journal's newest backup (`vault_id`, from the key file that opened it) in the
    chosen folder, if the damaged journal still says where that is."""
    try:
        connection = sqlcipher3.connect(f"{paths.database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlcipher3.Error:
        return None
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_key(connection, data_key)
        row = connection.execute(
            "SELECT value FROM settings WHERE key = 'backup_folder'"
        ).fetchone()
        folder = json.loads(row[0]) if row else ""
    except (sqlcipher3.Error, ValueError, TypeError):
        return None
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            connection.close()
    if not isinstance(folder, str) or not folder:
        return None
    found = list_backups(Path(folder), vault_id)  # the folder may hold other journals' too
    return found[0].path if found else None


def _stray_temporaries(paths: VaultPaths) -> list[Path]:
    """Key files and key-change manifests a killed write never renamed into place."""
    patterns = (".journal.key*.tmp", ".journal.pending.*.tmp")
    return sorted(path for pattern in patterns for path in paths.folder.glob(pattern))


def check_leftovers(paths: VaultPaths) -> list[Finding]:
    found: list[Finding] = []
    if paths.pending_manifest.exists() or paths.pending_database.exists():
        found.append(Finding(False, texts.INTERRUPTED))
    strays = _stray_temporaries(paths)
    if strays:
        names = ", ".join(path.name for path in strays)
        found.append(Finding(False, texts.STRAY_FILES.format(names=names)))
    return found


def repair_leftovers(paths: VaultPaths) -> list[Finding]:
    found: list[Finding] = []
    if paths.pending_manifest.exists() or paths.pending_database.exists():
        swap.resolve(paths)
        found.append(Finding(True, texts.FINISHED_INTERRUPTED))
    for stray in _stray_temporaries(paths):
        stray.unlink()
        found.append(Finding(True, texts.REMOVED_STRAY.format(name=stray.name)))
    return found


def _mend_primary(paths: VaultPaths, sound: bytes, repair: bool) -> Finding:
    if not repair:
        return Finding(False, texts.PRIMARY_NEEDS_MENDING)
    files.write_atomically(paths.keyfile, sound)
    return Finding(True, texts.MENDED_PRIMARY)


STALE_COPY = Finding(False, texts.KEY_FILE_COPY_STALE)


def _mend_stale_copy(paths: VaultPaths, keyfile_findings: list[Finding]) -> list[Finding]:
    """journal.key has just opened the journal: a differing backup copy becomes it again.

    An out-of-date copy (a passphrase change stopped between the two files by an
    older version) would go on opening the journal with the old passphrase.
    """
    if STALE_COPY not in keyfile_findings:
        return keyfile_findings
    files.write_atomically(paths.keyfile_backup, read_small_file(paths.keyfile))
    mended = Finding(True, texts.MENDED_COPY)
    return [mended if finding == STALE_COPY else finding for finding in keyfile_findings]


def check_keyfile(paths: VaultPaths) -> list[Finding]:
    try:
        reading = read_keyfile(paths)
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    if reading.primary_damaged:
        return [Finding(False, texts.KEY_FILE_NEEDS_MENDING)]
    backup_matches = files.read_if_exists(paths.keyfile_backup) == files.read_if_exists(
        paths.keyfile
    )
    if not backup_matches:
        return [Finding(True, texts.KEY_FILE_SOUND), STALE_COPY]
    return [Finding(True, texts.KEY_FILES_SOUND)]


def check_permissions(paths: VaultPaths) -> list[Finding]:
    if sys.platform == "win32":
        return []
    loose = [
        path.name
        for path in (paths.folder, *sorted(paths.folder.iterdir()))
        if _mode(path) & ~(files.FOLDER_MODE if path.is_dir() else files.FILE_MODE)
    ]
    if loose:
        return [Finding(False, texts.OTHERS_MAY_READ.format(names=", ".join(loose)))]
    return [Finding(True, texts.ONLY_YOU_READ)]


def _mode(path: Path) -> int:
    """The permission bits of what `path` leads to; 0 for a link that leads nowhere.

    A dangling link exposes nothing, and the key-file check names a broken journal.key.
    """
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0


def check_database(vault: Vault) -> list[Finding]:
    try:
        problems = vault.database.problems()
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    if problems:
        return [Finding(False, _damage_text(problems))]
    return [Finding(True, texts.DATABASE_SOUND)]


def diagnose_database(paths: VaultPaths, data_key: bytes) -> list[Finding]:
    """Open the database with its key and run every check; say what failed and where."""
    try:
        database = Database.open(paths.database, data_key)
    except DatabaseDamaged:
        if not key_fits(paths.database, data_key):
            return [MISMATCH]
        return [Finding(False, _damage_text(_raw_problems(paths, data_key)))]
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    waiting = ""
    try:
        problems = database.problems()
        if not problems:
            waiting = pending_code.pending(database)
    except DatabaseDamaged:
        problems = _raw_problems(paths, data_key)
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    finally:
        database.close()
    if problems:
        return [Finding(False, _damage_text(problems))]
    # A key change's new recovery code not yet stored: the old one opens nothing now.
    unstored = [Finding(False, texts.RECOVERY_CODE_WAITS)] if waiting else []
    return [Finding(True, texts.DATABASE_SOUND), *unstored]


def check_capture_key(
    paths: VaultPaths, data_key: bytes, vault_id: str, repair: bool
) -> list[Finding]:
    """Whether the public key beside the journal is the half of the pair in the database;
    with `repair`, it is rewritten from the database (or the pair made, for an old journal)."""
    database = Database.open(paths.database, data_key)
    try:
        current = capture_key.current_public_key(database)
        if current and capture_key.file_agrees(paths, capture_key.PublicKey(vault_id, current)):
            return [Finding(True, texts.CAPTURE_KEY_SOUND)]
        if not repair:
            return [Finding(False, texts.CAPTURE_KEY_WRONG)]
        capture_key.settle(paths, database, vault_id, dt.datetime.now(dt.UTC))
        return [Finding(True, texts.CAPTURE_KEY_MENDED)]
    finally:
        database.close()


def _raw_problems(paths: VaultPaths, data_key: bytes) -> list[str]:
    """What SQLCipher's page check and SQLite's integrity check say, read without migrating."""
    connection = sqlcipher3.connect(f"{paths.database.resolve().as_uri()}?mode=ro", uri=True)
    found: list[str] = []
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_key(connection, data_key)
        for check in ("cipher_integrity_check", "integrity_check"):
            try:
                rows = connection.execute(f"PRAGMA {check}").fetchall()
            except sqlcipher3.DatabaseError as error:
                found.append(f"{check.replace('_', ' ')}: {error}")
                continue
            found += [f"{check.replace('_', ' ')}: {row[0]}" for row in rows if row[0] != "ok"]
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            connection.close()
    return found or [texts.FIRST_PAGE_UNREADABLE]


def _damage_text(problems: list[str]) -> str:
    shown = "; ".join(problems[:_SHOWN_PROBLEMS])
    more = len(problems) - _SHOWN_PROBLEMS
    if more > 0:
        return texts.DATABASE_DAMAGED_AND_MORE.format(problems=shown, more=more)
    return texts.DATABASE_DAMAGED.format(problems=shown)
