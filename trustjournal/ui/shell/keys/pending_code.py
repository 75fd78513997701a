"""A new recovery code shown again after unlocking, until the person confirms they stored it.

The journal locked (idle, quick hide, a lock) while the code of a key change
was on screen. The code waited inside the encrypted database
(core/vault/keys/pending_code.py); this shows it again, and confirming deletes it.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.recovery_code_view import RecoveryCodeView
from trustjournal.ui.widgets.controls import label
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog

AGAIN = N_(
    "Your journal locked before you confirmed that you stored your new recovery code, so "
    "here it is again. Your old code no longer opens the journal."
)
WIDTH = 680  # px at the usual text size


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
        body, _outer = dialog_body(self, "pending_code_scroll")
        body.addWidget(label(_(AGAIN), "muted", "pending_code_note"))
        body.addWidget(self.code_view)
        body.addStretch(1)
        self.code_view.confirmed.connect(self.accept)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        fit_dialog(self, WIDTH)  # the recovery code on one line, its words whole
        super().showEvent(event)

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
