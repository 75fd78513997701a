"""backup, restore, rekey: keeping the journal through lost laptops and seen passphrases."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trustjournal.cli import texts
from trustjournal.cli.context import Context
from trustjournal.cli.terminal import interrupts
from trustjournal.core.errors import NoBackupFolder
from trustjournal.core.exchange.texts.dates import day_and_time, short_date, time_of_day
from trustjournal.core.journal.backups import back_up_now, backup_folder
from trustjournal.core.language.numbers import Number
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.backup import making as backup
from trustjournal.core.vault.backup import restore
from trustjournal.core.vault.vault import vault_id_in


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup_parser = commands.add_parser("backup", help=_("write an encrypted backup"))
    backup_parser.add_argument("--to", metavar="FOLDER", type=Path, help=_("where to write it"))
    backup_parser.add_argument("--list", action="store_true", help=_("show the backups there"))
    backup_parser.set_defaults(run=run_backup)
    restore_parser = commands.add_parser("restore", help=_("restore a journal from a backup"))
    restore_parser.add_argument(
        "file", metavar="FILE", type=Path, help=_("the .tjbackup file to restore from")
    )
    restore_parser.add_argument(
        "--replace", action="store_true", help=_("move the journal that is here aside first")
    )
    restore_parser.set_defaults(run=run_restore)
    commands.add_parser("rekey", help=_("a new data key and recovery code")).set_defaults(
        run=run_rekey
    )


def run_backup(context: Context, arguments: argparse.Namespace) -> int:
    if arguments.list and arguments.to is not None:
        # No passphrase needed: the vault id is in the key file's clear header.
        return _print_list(arguments.to, vault_id_in(context.data_dir))
    with context.journal() as journal:
        if arguments.list:
            folder = backup_folder(journal.settings)
            if folder is None:
                raise NoBackupFolder()
            return _print_list(folder, journal.vault.keyfile.vault_id)
        written = back_up_now(journal, arguments.to)
    print(_("Backup written: {path}").format(path=written))
    print(
        _("It opens with today's passphrase or with your recovery code; keep it off this computer.")
    )
    return 0


def _print_list(folder: Path, vault_id: str | None) -> int:
    """This journal's backups in `folder` (a shared folder holds others' too); every backup
    there when no journal is here yet (a new computer, before a restore)."""
    found = backup.list_backups(folder, vault_id)
    if not found:
        print(_("There are no backups in {folder} yet.").format(folder=folder))
        return 0
    for item in found:
        size = _("{size:.1f} MB").format(size=Number(item.size / 1_000_000))
        made = day_and_time(item.made_at.astimezone())
        print(f"{made}  {size:>10}  {item.path}")
    return 0


def run_restore(context: Context, arguments: argparse.Namespace) -> int:
    secret = context.secrets.ask(_("Passphrase or recovery code from when the backup was made"))
    restored = restore.restore_backup(
        arguments.file,
        context.data_dir,
        secret,
        context.clock.now(),
        replace=arguments.replace,
    )
    made = restored.made_at.astimezone()
    print(
        _("Restored the backup made on {day} at {time} into {folder}.").format(
            day=short_date(made.date()), time=time_of_day(made), folder=context.data_dir
        )
    )
    if restored.date_note:
        print(restored.date_note)
    if restored.aside is not None:
        print(
            _("The journal that was here is kept, unchanged, in {folder}.").format(
                folder=restored.aside
            )
        )
    print(_("It opens with the passphrase you had then, or with the recovery code from then."))
    return 0


def run_rekey(context: Context, arguments: argparse.Namespace) -> int:
    passphrase = context.secrets.ask(_("Passphrase"))
    vault = context.unlock(passphrase)
    # From the end of the export (stopping before it changes nothing) until the new key is
    # in place, Ctrl+C and SIGTERM wait: stopped inside, the change would be half told.
    held = interrupts.HeldInterrupts()
    try:
        try:
            recovery_code = vault.rotate_key(passphrase, on_step=held.hold_from("exported"))
        finally:
            stopped = held.release()
        if stopped is None:
            _print_new_code(recovery_code)
            vault.forget_pending_recovery_code()  # printed: the app need not show it again
    finally:
        vault.close()
    if stopped is not None:
        # The code stays waiting, unshown: a Ctrl+C may mean someone came into the room.
        print(texts.REKEY_STOPPED, file=sys.stderr, flush=True)
        return interrupts.honour(stopped)
    return 0


def _print_new_code(recovery_code: str) -> None:
    print(_("Your journal is now encrypted with a new key. Your passphrase stays the same;"))
    print(_("old copies of the key file, and your old recovery code, no longer open it."))
    print()
    print(_("Recovery code: {code}").format(code=recovery_code))
    print()
    print(_("This new code is the only way back in if you forget your passphrase, and it is"))
    print(_("shown only this once. Write it down and keep it somewhere only you can reach."))
    print(
        _("Backups made before today still open with the old code; consider making a new one."),
        flush=True,
    )
