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
    button_row,
    heading,
    label,
    passphrase_field,
    show_text,
)
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog
from trustjournal.ui.widgets.throttle import UnlockThrottle, wait_text

WIDTH = 520  # px at the usual text size


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
        body, outer = dialog_body(self, "together_owner_check_scroll")
        body.addWidget(heading(words.OWNER_CHECK_TITLE))
        body.addWidget(label(words.OWNER_CHECK_TEXT))
        for widget in (self.field, self.message, self.busy):
            body.addWidget(widget)
        body.addStretch(1)
        outer.addLayout(button_row(self.cancel_button, self.start_button))
        self.start_button.clicked.connect(self.check)
        self.field.returnPressed.connect(self.check)
        self.cancel_button.clicked.connect(self.reject)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        fit_dialog(self, WIDTH)
        super().showEvent(event)

    def say(self, text: str) -> None:
        show_text(self.message, text)
        fit_dialog(self, WIDTH)  # as tall as the message needs

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
