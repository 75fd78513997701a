"""Starting a check-in together needs the owner's passphrase, checked off the GUI thread.

The passphrase is checked against the key file's passphrase slot (the same
Argon2id work as unlocking); the key it gives back is dropped at once.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.vault import check_passphrase
from trustjournal.ui.qt import QtGui, QtWidgets, Signal
from trustjournal.ui.trust.together import texts as words
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    busy_bar,
    button,
    heading,
    label,
    passphrase_field,
    show_text,
)
from trustjournal.ui.widgets.throttle import UnlockThrottle, wait_text


class OwnerCheckDialog(QtWidgets.QDialog):
    confirmed = Signal()

    def __init__(
        self,
        folder: Path,
        throttle: UnlockThrottle,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The session's, so closing and reopening the dialog does not reset the wait: an
        # unlocked journal must not become a way to guess at its passphrase quickly.
        self.throttle = throttle
        self.setObjectName("together_owner_check")
        self.setWindowTitle(words.TITLE)
        self.setAccessibleName(words.TITLE)
        self._folder = folder
        self._busy = False
        self.field = passphrase_field("together_passphrase", _("Passphrase"), _("Passphrase"))
        self.message = label("", "error", "together_passphrase_message")
        show_text(self.message, "")
        self.busy = busy_bar("together_passphrase_busy", _("Checking the passphrase"))
        self.start_button = button(
            words.OWNER_CHECK_START, "together_passphrase_start", primary=True
        )
        self.cancel_button = button(_("Cancel"), "together_passphrase_cancel")
        # Return in the field means Start, never Cancel, wherever the focus goes meanwhile.
        self.cancel_button.setAutoDefault(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(words.OWNER_CHECK_TITLE))
        layout.addWidget(label(words.OWNER_CHECK_TEXT))
        for widget in (self.field, self.message, self.busy):
            layout.addWidget(widget)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.setFixedWidth(520)  # a fixed width, so wrapped words get the height they need
        self.start_button.clicked.connect(self.check)
        self.field.returnPressed.connect(self.check)
        self.cancel_button.clicked.connect(self.reject)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.adjustSize()
        super().showEvent(event)

    def say(self, text: str) -> None:
        show_text(self.message, text)
        self.adjustSize()

    def check(self) -> None:
        passphrase = self.field.text()
        if self._busy or not passphrase:
            return
        left = self.throttle.seconds_left()
        if left:
            self.say(wait_text(left))
            return
        self._set_busy(True)
        show_text(self.message, "")
        folder = self._folder
        run_in_background(
            lambda: check_passphrase(folder, passphrase), self._passed, self._failed, owner=self
        )

    def _passed(self, _nothing: object) -> None:
        self.throttle.record_success()
        self._set_busy(False)
        self.field.clear()
        self.confirmed.emit()
        self.accept()

    def _failed(self, error: TrustJournalError) -> None:
        self.throttle.record_failure()
        self._set_busy(False)
        self.say(str(error))
        self.field.selectAll()
        self.field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        # Read-only rather than disabled: the focus stays in the field while it is checked.
        self.field.setReadOnly(busy)
        self.start_button.setEnabled(not busy)
