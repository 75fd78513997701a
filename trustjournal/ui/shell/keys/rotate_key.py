"""Change the key: the whole journal encrypted again under a new key, and a new recovery code.

For "I think someone saw my passphrase, or copied my key file". Offered in
Settings and right after a passphrase change. The rotation runs off the GUI
thread (the session waits for it before a lock closes the vault); the new
recovery code is then shown once, as at the start.
"""

from __future__ import annotations

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell import texts
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.dialog_parts import add_form_end, form_column, form_end, name_dialog
from trustjournal.ui.shell.keys.recovery_code_view import RecoveryCodeView
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    label,
    passphrase_field,
    show_text,
)

TITLE = N_("Change the key")
EXPLAIN = N_(
    "If you think someone saw your passphrase or copied your key file, change the key. "
    "Your whole journal is encrypted again with a new key and you get a new recovery code; "
    "old copies of the key file and your old recovery code stop working."
)


class RotateKeyDialog(QtWidgets.QDialog):
    def __init__(
        self, vault: Vault, clipboard: ClipboardGuard, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        name_dialog(self, "rotate_key_dialog", _(TITLE))
        self._vault = vault
        self._busy = False
        self.steps = QtWidgets.QStackedWidget()
        self.passphrase = passphrase_field(
            "rotate_passphrase_field", _("Your passphrase"), _("Passphrase")
        )
        self.end = form_end("rotate", _("Changing the key"), _(TITLE), "rotate_key_button")
        self.message, self.busy = self.end.message, self.end.busy
        self.go_button, self.cancel_button = self.end.go_button, self.end.cancel_button
        self.code_view = RecoveryCodeView(clipboard, kept_until_confirmed=True)
        self._build()
        show_text(self.message, "")
        self.passphrase.textChanged.connect(self._update_button)
        self.passphrase.returnPressed.connect(self.start_rotation)
        self.go_button.clicked.connect(self.start_rotation)
        self.cancel_button.clicked.connect(self.reject)
        self.code_view.confirmed.connect(self.accept)
        self._update_button()

    def _build(self) -> None:
        ask = QtWidgets.QWidget()
        ask.setObjectName("rotate_ask_step")
        layout = form_column(
            QtWidgets.QVBoxLayout(ask),
            _(TITLE),
            label(_(EXPLAIN)),
            label(texts.KEY_CHANGE_AFTER, "muted"),
        )
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.passphrase)
        add_form_end(layout, self.end)
        layout.addStretch(1)  # any height to spare goes below the buttons, not between lines
        self.steps.addWidget(ask)
        self.code_view.setObjectName("rotate_code_step")
        self.steps.addWidget(self.code_view)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.addWidget(self.steps)
        self.setFixedWidth(680)  # the recovery code on one line
        self.steps.currentChanged.connect(self._fit_to_step)
        self._fit_to_step(self.steps.currentIndex())

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        self._fit_to_step(self.steps.currentIndex())  # as it is now: no message, no bar
        super().showEvent(event)

    def _fit_to_step(self, shown: int) -> None:
        """The dialog as tall as the step it shows at the dialog's own width. Left to the
        stack, it took the height its wrapped lines want at a narrower width, and the first
        step's lines were spread over half a dialog of empty space."""
        page, outer = self.steps.widget(shown), self.layout()
        if page is None or outer is None:
            return
        margins = self.contentsMargins() + outer.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        self.steps.setFixedHeight(height if height > 0 else page.sizeHint().height())
        self.adjustSize()

    def _update_button(self) -> None:
        self.go_button.setEnabled(bool(self.passphrase.text()) and not self._busy)

    def start_rotation(self) -> None:
        if not self.go_button.isEnabled():
            return
        passphrase, vault = self.passphrase.text(), self._vault
        self._set_busy(True)
        show_text(self.message, "")
        run_in_background(
            lambda: vault.rotate_key(passphrase), self._done, self._failed, owner=self
        )

    def _done(self, recovery_code: str) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.code_view.show_code(recovery_code)
        self.steps.setCurrentWidget(self.code_view)

    def _failed(self, error: TrustJournalError) -> None:
        self._set_busy(False)
        show_text(self.message, str(error))
        self.passphrase.selectAll()
        self._fit_to_step(self.steps.currentIndex())  # room for the sentence

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()
        self._fit_to_step(self.steps.currentIndex())  # room for the bar, or none

    def reject(self) -> None:
        if self._busy:
            return  # the rotation finishes first; the code must be seen
        if self.steps.currentWidget() is self.code_view:
            if self.code_view.stored.isChecked():
                self.accept()  # said stored, then closed: as good as Continue
            return  # the new code is shown once: only "I have stored it" closes this
        self.passphrase.clear()
        super().reject()

    def force_close(self) -> None:
        """The journal is locking: close whatever step shows. The key change is done; its
        code, if not yet confirmed, waits in the database for the next unlock."""
        self.passphrase.clear()
        self.code_view.forget_code()
        super().reject()

    def accept(self) -> None:
        """The person stored the new code: it is deleted from the database too."""
        self._vault.forget_pending_recovery_code()
        self.code_view.forget_code()
        super().accept()
