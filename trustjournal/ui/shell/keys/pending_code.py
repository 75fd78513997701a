"""A new recovery code shown again after unlocking, until the person confirms they stored it.

The journal locked (idle, quick hide, a lock) while the code of a key change
was on screen. The code waited inside the encrypted database
(core/vault/keys/pending_code.py); this shows it again, and confirming deletes it.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.recovery_code_view import RecoveryCodeView
from trustjournal.ui.widgets.controls import SPACING, label

AGAIN = N_(
    "Your journal locked before you confirmed that you stored your new recovery code, so "
    "here it is again. Your old code no longer opens the journal."
)


class PendingCodeDialog(QtWidgets.QDialog):
    def __init__(
        self,
        vault: Vault,
        code: str,
        clipboard: ClipboardGuard,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pending_code_dialog")
        self.setWindowTitle(_("Your new recovery code"))
        self._vault = vault
        self.code_view = RecoveryCodeView(clipboard, kept_until_confirmed=True)
        self.code_view.show_code(code)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(label(_(AGAIN), "muted", "pending_code_note"))
        layout.addWidget(self.code_view)
        self.setFixedWidth(680)  # the recovery code on one line
        self.code_view.confirmed.connect(self.accept)

    def accept(self) -> None:
        """Stored: the code leaves the database and the screen."""
        self._vault.forget_pending_recovery_code()
        self.code_view.forget_code()
        super().accept()

    def reject(self) -> None:
        if self.code_view.stored.isChecked():
            self.accept()  # said stored, then closed: as good as Continue

    def force_close(self) -> None:
        """The journal is locking: the code stays waiting for the next unlock."""
        self.code_view.forget_code()
        super().reject()
