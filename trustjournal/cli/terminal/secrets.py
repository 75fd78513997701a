"""Where the command line reads passphrases and recovery codes from.

From the terminal without echo (new passphrases twice), or, with
`--passphrase-fd N`, as lines from file descriptor N in the order asked.
"""

from __future__ import annotations

import getpass
import os
from typing import Protocol

from trustjournal.cli import texts
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import N_, _


class SecretsDoNotMatch(TrustJournalError):
    # Said through _() when the error is made (core/errors.py).
    message = N_("The two passphrases were not the same. Nothing was changed; please try again.")


class SecretSource(Protocol):
    def ask(self, prompt: str) -> str: ...

    def ask_new(self, prompt: str) -> str: ...


class TerminalSecrets:
    def ask(self, prompt: str) -> str:
        return getpass.getpass(f"{prompt}: ")

    def ask_new(self, prompt: str) -> str:
        first = getpass.getpass(f"{prompt}: ")
        second = getpass.getpass(_("Type it once more: "))
        if first != second:
            raise SecretsDoNotMatch()
        return first


class FdSecrets:
    """Lines from a file descriptor; read a byte at a time so nothing is read ahead."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def ask(self, prompt: str) -> str:
        line = bytearray()
        while True:
            try:
                byte = os.read(self._fd, 1)
            except OSError:
                raise TrustJournalError(texts.FD_UNREADABLE.format(fd=self._fd)) from None
            if not byte or byte == b"\n":
                break
            line += byte
        if not line and not byte:
            raise TrustJournalError(texts.FD_ENDED.format(fd=self._fd, secret=prompt.lower()))
        try:
            return line.decode("utf-8").removesuffix("\r")
        except UnicodeDecodeError:
            said = texts.FD_NOT_UTF8.format(fd=self._fd, secret=prompt.lower())
            raise TrustJournalError(said) from None

    def ask_new(self, prompt: str) -> str:
        return self.ask(prompt)
