"""The journal's own backups: where they go, when the last one was made, whether one is due.

The app backs up at most once a day, on lock or quit, into the folder the
person chose; the command line backs up whenever asked. Both record the last
backup in the vault's settings, so Settings can say when and where.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.errors import NoBackupFolder
from trustjournal.core.journal.journal import Journal
from trustjournal.core.settings import Settings
from trustjournal.core.vault.backup.making import make_backup, prune_backups

FOLDER = "backup_folder"
LAST = "last_backup"
PROBLEM = "backup_problem"


@dataclass(frozen=True)
class LastBackup:
    made_at: dt.datetime
    path: Path


def backup_folder(settings: Settings) -> Path | None:
    value = settings.backup_folder
    return Path(value) if value else None


def last_backup(settings: Settings) -> LastBackup | None:
    made_at, _, path = settings.last_backup.partition(" ")
    try:
        return LastBackup(dt.datetime.fromisoformat(made_at), Path(path)) if path else None
    except ValueError:
        return None


def backup_due(settings: Settings, today: dt.date) -> bool:
    """A folder is chosen and no backup was made today (in the computer's local time)."""
    if backup_folder(settings) is None:
        return False
    last = last_backup(settings)
    return last is None or last.made_at.astimezone().date() < today


def back_up_now(journal: Journal, folder: Path | None = None, prune: bool = False) -> Path:
    """One backup into `folder` (else the chosen one), recorded as the last one."""
    made = write_backup(journal, folder, prune)
    record_backup(journal, made)
    return made.path


def write_backup(journal: Journal, folder: Path | None = None, prune: bool = False) -> LastBackup:
    """The backup alone (safe off the GUI thread).

    `prune` keeps this journal's newest of 7 days and of 4 weeks there, and never
    touches another journal's backups in the same folder.
    """
    target = folder or backup_folder(journal.settings)
    if target is None:
        raise NoBackupFolder()
    now = journal.clock.now()
    written = make_backup(journal.vault, target, now)
    if prune:
        prune_backups(target, journal.vault.keyfile.vault_id, now)
    return LastBackup(now, written)


def record_backup(journal: Journal, made: LastBackup) -> None:
    """Remember it in the settings (which tells the app's views, so on the GUI thread)."""
    journal.settings.set(LAST, f"{made.made_at.isoformat()} {made.path}")
    if journal.settings.backup_problem:
        journal.settings.reset(PROBLEM)  # an earlier failure is over


def record_problem(journal: Journal, sentence: str) -> None:
    """Why an automatic backup failed, for Settings to say until one succeeds."""
    journal.settings.set(PROBLEM, sentence)
