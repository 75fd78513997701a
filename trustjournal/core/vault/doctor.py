"""A check-up of a vault: key file, permissions, cipher and SQLite integrity."""

from __future__ import annotations

import stat
import sys
from dataclasses import dataclass

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.vault import files
from trustjournal.core.vault.vault import Vault, VaultPaths, read_keyfile


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


def check_keyfile(paths: VaultPaths) -> list[Finding]:
    try:
        reading = read_keyfile(paths)
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    if reading.primary_damaged:
        return [
            Finding(
                False,
                "The key file is damaged or missing, but its backup copy is sound and opens "
                "the journal. Copy journal.key.bak over journal.key to mend it.",
            )
        ]
    backup_matches = (
        paths.keyfile_backup.exists()
        and paths.keyfile_backup.read_bytes() == paths.keyfile.read_bytes()
    )
    if not backup_matches:
        return [
            Finding(True, "The key file is sound."),
            Finding(False, "The key file's backup copy is missing or out of date."),
        ]
    return [Finding(True, "The key file and its backup copy are sound.")]


def check_permissions(paths: VaultPaths) -> list[Finding]:
    if sys.platform == "win32":
        return []
    loose = [
        path.name
        for path in (paths.folder, *sorted(paths.folder.iterdir()))
        if stat.S_IMODE(path.stat().st_mode)
        & ~(files.FOLDER_MODE if path.is_dir() else files.FILE_MODE)
    ]
    if loose:
        return [Finding(False, "Other people on this computer may read: " + ", ".join(loose))]
    return [Finding(True, "Only you can read the journal's folder and files.")]


def check_database(vault: Vault) -> list[Finding]:
    try:
        problems = vault.database.problems()
    except TrustJournalError as error:
        return [Finding(False, str(error))]
    if problems:
        return [Finding(False, "The database has damage: " + "; ".join(problems[:5]))]
    return [Finding(True, "The database's encryption and structure are sound.")]
