"""Putting a new database and its key file in place together, so a crash leaves one journal.

Key rotation and restoring a backup both replace journal.db and journal.key,
and no file system renames two files at once. So the change goes in steps,
and the rename of the database is the single moment it takes effect:

1. the new database is written complete to journal.db.pending and synced;
2. the new key file goes into a manifest, journal.pending (written atomically);
3. when asked, the current journal is linked (or copied) into an aside folder;
4. journal.db.pending is renamed over journal.db: from here on it is the journal;
5. the old database's write-ahead log is dropped, the new key file is written
   to journal.key and journal.key.bak, and the manifest is removed.

`resolve` runs whenever the vault is opened, with the process lock held: a
manifest beside a pending database means step 4 never happened (the pending
files go, the old journal stands); a manifest alone means step 4 did (step 5
is done again). A kill at any moment therefore leaves a journal that opens
with the old key or with the new one, never neither.

A passphrase change (`change_keyfile`) keeps the database and rewrites both
copies of the key file. No file system writes two files at once either, and a
kill between them left journal.key.bak opening with the old passphrase for
good. So it goes through the manifest too, marked as leaving the database as
it is: once the manifest is written the change is made, and `resolve` writes
both copies again; before that nothing has changed. Exactly one passphrase
opens the journal afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from trustjournal.core.vault import files
from trustjournal.core.vault.paths import VaultPaths

StepHook = Callable[[str], None]

# In a manifest: the key file changes and the database stays as it is (its log is live).
DATABASE_UNCHANGED = "unchanged"


def no_steps(_step: str) -> None:
    """The default step hook; tests pass one that kills the process at a chosen step."""


def replace(paths: VaultPaths, keyfile_bytes: bytes, aside: Path | None, on_step: StepHook) -> None:
    """Make journal.db.pending (complete, written by the caller) and `keyfile_bytes` the journal."""
    files.fsync_file(paths.pending_database)
    on_step("staged")
    manifest = {"keyfile": keyfile_bytes.decode("utf-8"), "aside": str(aside) if aside else None}
    files.write_atomically(paths.pending_manifest, json.dumps(manifest).encode())
    on_step("manifest written")
    if aside is not None:
        keep_aside(paths, aside)
        on_step("moved aside")
    paths.pending_database.replace(paths.database)
    files.fsync_folder(paths.folder)
    on_step("committed")
    _finish(paths, keyfile_bytes, on_step)


def change_keyfile(paths: VaultPaths, keyfile_bytes: bytes, on_step: StepHook) -> None:
    """Make `keyfile_bytes` both copies of the key file; the database is left as it is."""
    manifest = {"keyfile": keyfile_bytes.decode("utf-8"), "database": DATABASE_UNCHANGED}
    files.write_atomically(paths.pending_manifest, json.dumps(manifest).encode())
    on_step("manifest written")
    _finish(paths, keyfile_bytes, on_step, drop_old_log=False)


def resolve(paths: VaultPaths) -> None:
    """Undo a swap that had not taken effect, or finish one that had (or a passphrase change)."""
    if not paths.pending_manifest.exists():
        if paths.pending_database.exists():
            discard_pending_database(paths)
        return
    manifest = json.loads(paths.pending_manifest.read_bytes())
    keyfile_bytes = str(manifest["keyfile"]).encode("utf-8")
    if manifest.get("database") == DATABASE_UNCHANGED:
        discard_pending_database(paths)  # none is made by a passphrase change
        _finish(paths, keyfile_bytes, no_steps, drop_old_log=False)
    elif paths.pending_database.exists():
        discard_pending_database(paths)
        paths.pending_manifest.unlink()
        files.fsync_folder(paths.folder)
    else:
        _finish(paths, keyfile_bytes, no_steps)


def discard_pending_database(paths: VaultPaths) -> None:
    for path in (paths.pending_database, *_companions(paths.pending_database)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def keep_aside(paths: VaultPaths, aside: Path) -> None:
    """The current journal's files, linked into `aside` (copied where links are refused)."""
    aside.mkdir(mode=files.FOLDER_MODE, parents=True, exist_ok=True)
    for source in (
        paths.database,
        *_companions(paths.database),
        paths.keyfile,
        paths.keyfile_backup,
    ):
        target = aside / source.name
        if not source.exists() or target.exists():
            continue
        try:
            os.link(source, target)
        except OSError:
            shutil.copy2(source, target)
    files.fsync_folder(aside)


def _finish(
    paths: VaultPaths, keyfile_bytes: bytes, on_step: StepHook, drop_old_log: bool = True
) -> None:
    if drop_old_log:
        # The new database has never been opened, so any log beside it is the old one's.
        for companion in _companions(paths.database):
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()
    files.write_atomically(
        paths.keyfile, keyfile_bytes, before_rename=lambda: on_step("key file staged")
    )
    on_step("key file written")
    files.write_atomically(
        paths.keyfile_backup, keyfile_bytes, before_rename=lambda: on_step("copy staged")
    )
    # Only now: until both copies hold the new key file, the manifest is what finishes it.
    paths.pending_manifest.unlink()
    files.fsync_folder(paths.folder)
    on_step("finished")


def _companions(database: Path) -> tuple[Path, ...]:
    """The files SQLite keeps beside a database while it writes."""
    return tuple(
        database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")
    )
