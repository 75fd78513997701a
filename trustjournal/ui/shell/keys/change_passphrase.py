"""Change the passphrase: the current one, then the new one twice. Entries are not touched.

For when someone may have seen or guessed it. The key derivation runs off the
GUI thread; the session waits for it before a lock closes the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from trustjournal.core.language.speaking import N_
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.shell.keys.passphrase_dialog import PassphraseDialog, Wording

WORDS = Wording(
    name="change_passphrase_dialog",
    title=N_("Change passphrase"),
    explain=N_(
        "If someone may have seen or guessed your passphrase, you can choose a new one here. "
        "Your entries and your recovery code stay the same."
    ),
    first_label=N_("C&urrent passphrase"),
    first_name="current_passphrase",
    go=N_("Change passphrase"),
    busy=N_("Changing your passphrase"),
    first_hidden=True,
)


class ChangePassphraseDialog(PassphraseDialog):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(WORDS, parent)
        self._vault = vault
        self.go_button.setObjectName("change_passphrase_button")
        self.cancel_button.setObjectName("change_passphrase_cancel_button")

    def work(self, secret: str, passphrase: str) -> Callable[[], object]:
        vault = self._vault
        return lambda: vault.change_passphrase(secret, passphrase)

    def succeeded(self, result: object) -> None:
        self.changed.emit()
