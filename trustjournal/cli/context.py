"""What every command needs: the data folder, the secrets, and an open journal."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from trustjournal.cli import texts
from trustjournal.cli.secrets import FdSecrets, SecretSource, TerminalSecrets
from trustjournal.core.clock import Clock, SystemClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.inbox import texts as inbox_texts

if TYPE_CHECKING:  # loaded when a journal is opened: `capture` must not pay for the domain
    from trustjournal.core.journal.journal import Journal
    from trustjournal.core.vault.vault import Vault

DATA_DIR_ENV = "TRUSTJOURNAL_DATA_DIR"


def default_data_dir() -> Path:
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("TrustJournal", appauthor=False))


@dataclass
class Context:
    data_dir: Path
    secrets: SecretSource
    clock: Clock

    @classmethod
    def from_arguments(cls, arguments: argparse.Namespace) -> Context:
        data_dir = Path(arguments.data_dir) if arguments.data_dir else default_data_dir()
        fd = arguments.passphrase_fd
        secrets: SecretSource = FdSecrets(fd) if fd is not None else TerminalSecrets()
        return cls(data_dir=data_dir, secrets=secrets, clock=SystemClock())

    @contextlib.contextmanager
    def journal(self, remind_of_notes: bool = True) -> Iterator[Journal]:
        """The journal, unlocked with the passphrase, closed again afterwards."""
        from trustjournal.core.journal.journal import Journal

        vault = self.unlock(self.secrets.ask(_("Passphrase")), remind_of_notes=remind_of_notes)
        journal = Journal(vault, clock=self.clock)
        try:
            yield journal
        finally:
            journal.close()

    def unlock(
        self, passphrase: str, remind_of_code: bool = True, remind_of_notes: bool = True
    ) -> Vault:
        """The vault, unlocked; one line on stderr if only the key file's backup copy opened
        it, if the capture key beside it had to be put right, how many sealed notes wait,
        and a reminder while a new recovery code waits to be stored (as the app shows it
        after unlocking)."""
        from trustjournal.core.vault.vault import Vault

        vault = Vault.unlock(self.data_dir, passphrase)
        if vault.opened_through_backup:
            print(texts.OPENED_THROUGH_BACKUP, file=sys.stderr)
        if vault.capture_key_mended:
            print(inbox_texts.KEY_MENDED, file=sys.stderr)
        waiting = len(inbox.waiting_names(self.data_dir)) if remind_of_notes else 0
        if waiting:
            print(inbox_texts.notes_wait(waiting), file=sys.stderr)
        if remind_of_code:
            code = vault.pending_recovery_code()
            if code:
                print(code_waits(code), file=sys.stderr)
        return vault


def code_waits(code: str) -> str:
    """The waiting code itself only for a person at a terminal: standard error sent
    elsewhere (a script's log, cron's mail) gets the reminder without it."""
    return texts.CODE_WAITS_SHOWN.format(code=code) if sys.stderr.isatty() else texts.CODE_WAITS


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(texts.NOT_A_DATE.format(text=text)) from None


def date_argument(text: str) -> dt.date:
    """For argparse: a bad date is a usage error (exit 2) that says the format."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(texts.NOT_A_DATE_ARGUMENT.format(text=text)) from None
