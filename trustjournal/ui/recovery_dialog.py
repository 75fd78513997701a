"""Forgot the passphrase: the recovery code and a new passphrase open the journal again."""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.background import run_in_background
from trustjournal.ui.passphrase_form import NewPassphraseForm
from trustjournal.ui.qt import QtGui, QtWidgets, Signal
from trustjournal.ui.widgets import SPACING, busy_bar, button, button_row, heading, label, show_text

EXPLAIN = (
    "It happens. Type the recovery code you stored when you set up the journal, then "
    "choose a new passphrase. Your entries stay exactly as they are."
)


class RecoveryDialog(QtWidgets.QDialog):
    recovered = Signal(object)  # the open Vault

    def __init__(self, data_dir: Path, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle("Use your recovery code")
        self.setAccessibleName("Use your recovery code")
        self.setModal(True)
        self._data_dir = data_dir
        self._busy = False
        self.code_field = QtWidgets.QLineEdit()
        self.code_field.setObjectName("recovery_code_field")
        self.code_field.setAccessibleName("Recovery code")
        self.code_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.form = NewPassphraseForm()
        self.message = label("", "error", "recovery_message")
        self.message.setVisible(False)
        self.busy = busy_bar("recovery_busy", "Opening your journal")
        self.recover_button = button("Open my journal", "recover_button", primary=True)
        self.cancel_button = button("Cancel", "recovery_cancel_button")
        self._build()
        self.code_field.textChanged.connect(self._update_button)
        self.form.changed.connect(self._update_button)
        self.recover_button.clicked.connect(self.try_recover)
        self.cancel_button.clicked.connect(self.reject)
        self._update_button()

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(SPACING)
        layout.addWidget(heading("Use your recovery code"))
        layout.addWidget(label(EXPLAIN))
        code_label = QtWidgets.QLabel("Recovery &code")
        code_label.setBuddy(self.code_field)
        layout.addWidget(code_label)
        layout.addWidget(self.code_field)
        layout.addWidget(label("Your new passphrase", "subheading"))
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addLayout(button_row(self.cancel_button, self.recover_button))
        self.setFixedWidth(560)
        self.form.changed.connect(self.adjustSize)  # wrapped hints need their height

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        self.adjustSize()
        super().showEvent(event)

    def _update_button(self) -> None:
        ready = bool(self.code_field.text().strip()) and self.form.ready()
        self.recover_button.setEnabled(ready and not self._busy)

    def try_recover(self) -> None:
        if self._busy or not self.form.ready():
            return
        code, passphrase, folder = self.code_field.text(), self.form.passphrase(), self._data_dir
        self._set_busy(True)
        show_text(self.message, "")
        run_in_background(
            lambda: Vault.recover(folder, code, passphrase), self._recovered, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.code_field.setEnabled(not busy)
        self.form.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()

    def _recovered(self, vault: Vault) -> None:
        self._set_busy(False)
        self.code_field.clear()
        self.form.clear()
        self.accept()
        self.recovered.emit(vault)

    def _failed(self, error: TrustJournalError) -> None:
        self._set_busy(False)
        show_text(self.message, str(error))
        self.adjustSize()
        self.code_field.setFocus()
