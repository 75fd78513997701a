"""Forgot the passphrase: the recovery code and a new passphrase open the journal again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trustjournal.core.language.speaking import N_
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.shell.keys.passphrase_dialog import PassphraseDialog, Wording

WORDS = Wording(
    name="recovery_dialog",
    title=N_("Use your recovery code"),
    explain=N_(
        "It happens. Type the recovery code you stored when you set up the journal, then "
        "choose a new passphrase. Your entries stay exactly as they are."
    ),
    first_label=N_("Recovery &code"),
    first_name="recovery_code_field",
    go=N_("Open my journal"),
    busy=N_("Opening your journal"),
)


class RecoveryDialog(PassphraseDialog):
    recovered = Signal(object)  # the open Vault

    def __init__(self, data_dir: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(WORDS, parent)
        self._data_dir = data_dir
        self.secret.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.go_button.setObjectName("recover_button")
        self.cancel_button.setObjectName("recovery_cancel_button")

    def work(self, secret: str, passphrase: str) -> Callable[[], object]:
        folder = self._data_dir
        return lambda: Vault.recover(folder, secret, passphrase)

    def succeeded(self, result: object) -> None:
        self.recovered.emit(result)
