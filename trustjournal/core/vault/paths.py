"""Where a vault keeps its files: one folder, every file named `journal.*`.

A module of its own so that the key-file copies and the swap can name the paths
without importing the vault that uses them (which would be a circle).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

VAULT_FILE_PREFIX = "journal."  # every file the vault keeps: journal.db, journal.key, ...


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "journal.db"

    @property
    def keyfile(self) -> Path:
        return self.folder / "journal.key"

    @property
    def keyfile_backup(self) -> Path:
        return self.folder / "journal.key.bak"

    @property
    def lock(self) -> Path:
        return self.folder / "journal.lock"

    @property
    def pending_database(self) -> Path:
        """A new database being put in place (key rotation, restore); see keys/swap.py."""
        return self.folder / "journal.db.pending"

    @property
    def pending_manifest(self) -> Path:
        return self.folder / "journal.pending"

    @property
    def capture_key(self) -> Path:
        """The public half of the capture key pair, with the vault id (inbox/capture_key.py)."""
        return self.folder / "journal.capture-key"

    @property
    def inbox(self) -> Path:
        """Notes sealed while the journal was locked, one file each (inbox/inbox.py)."""
        return self.folder / "journal.inbox"

    @property
    def inbox_aside(self) -> Path:
        """Files found in the inbox that did not open as notes, kept for the person to see."""
        return self.inbox / "aside"

    def exists(self) -> bool:
        return any(p.exists() for p in (self.database, self.keyfile, self.keyfile_backup))
