"""Exports being written, remembered inside the encrypted database until they are done.

An export is written to a hidden temporary file beside its target and renamed
into place (files.write_atomically). A process killed in between leaves that
file, full of entry text, in a folder the person chose and may never export
to again. So the target is remembered here before the write and forgotten
after it; at the next unlock the temporary files of every target still
remembered are removed. Only the writer's own pattern for that exact target
(`.NAME.*.tmp` beside it) is ever touched. The list lives only in the encrypted
database, in the settings table under a key `core.settings` does not declare.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.vault import files
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.settings import SettingsStore

UNFINISHED_KEY = "unfinished_writes"


def _remembered(store: SettingsStore) -> list[str]:
    value = store.load().get(UNFINISHED_KEY, [])
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _keep(store: SettingsStore, targets: list[str]) -> None:
    if targets:
        store.save(UNFINISHED_KEY, targets)
    else:
        store.remove(UNFINISHED_KEY)


@contextlib.contextmanager
def remembered(database: Database, target: Path) -> Iterator[None]:
    """Remember `target` while it is written; a kill meanwhile leaves it remembered.

    The export goes ahead even if the journal cannot note it (its own disk full, say):
    then only the next export to that folder removes what a kill would leave.
    """
    store = SettingsStore(database)
    name = str(target.absolute())
    with contextlib.suppress(TrustJournalError):
        _keep(store, [*_remembered(store), name])
    try:
        yield
    finally:
        with contextlib.suppress(TrustJournalError):
            _keep(store, [other for other in _remembered(store) if other != name])


def sweep(database: Database) -> list[Path]:
    """Remove what killed writes left; never stops an unlock (gives what was removed)."""
    removed: list[Path] = []
    try:
        store = SettingsStore(database)
        targets = _remembered(store)
        if not targets:
            return removed
        for target in targets:
            removed += files.remove_stale_temporaries(Path(target))
        _keep(store, [])
    except (OSError, TrustJournalError, sqlcipher3.Error):
        pass  # a full disk or an unreachable folder: tried again at the next unlock
    return removed
