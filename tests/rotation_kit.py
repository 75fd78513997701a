"""A journal whose key was changed, with the key file from before kept aside: what a
person restoring an old copy of their files would put back; and which passphrase opens a
journal after a key or passphrase change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from testkit import PASSPHRASE

from trustjournal.core.errors import WrongPassphrase
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault


def rotated_with_old_keyfile(folder: Path) -> tuple[bytes, bytes]:
    """Rotate the key of a journal with one entry ("kept"); gives the old and the new
    key file."""
    paths = VaultPaths(folder)
    old = paths.keyfile.read_bytes()
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), title="kept", body="words"))
    journal.vault.rotate_key(PASSPHRASE)
    journal.close()
    return old, paths.keyfile.read_bytes()


def opens_with(folder: Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the journal in `folder` (a wrong one is no error here)."""
    try:
        Vault.unlock(folder, passphrase).close()
    except WrongPassphrase:
        return False
    return True
