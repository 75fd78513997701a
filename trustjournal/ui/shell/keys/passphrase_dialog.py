"""A dialog that asks for one secret, then a new passphrase twice, and runs the slow part off
the GUI thread: the shape shared by "use your recovery code" and "change passphrase"."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.keys.dialog_parts import form_column, name_dialog
from trustjournal.ui.shell.keys.passphrase_form import NewPassphraseForm
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    busy_bar,
    button,
    button_row,
    label,
    passphrase_field,
    show_text,
)
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog

WIDTH = 560  # px at the usual text size


@dataclass(frozen=True)
class Wording:
    name: str  # the dialog's objectName; its parts are named after it
    title: str
    explain: str
    first_label: str  # with a mnemonic, e.g. "Recovery &code"
    first_name: str
    go: str
    busy: str
    first_hidden: bool = False  # the first field is a passphrase: show dots

    def said(self) -> Wording:
        """These words in the language of the moment (each dialog's Wording is English)."""
        return dataclasses.replace(
            self,
            title=_(self.title),
            explain=_(self.explain),
            first_label=_(self.first_label),
            go=_(self.go),
            busy=_(self.busy),
        )


class PassphraseDialog(QtWidgets.QDialog):
    def __init__(self, words: Wording, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        words = words.said()
        name_dialog(self, words.name, words.title)
        self.setModal(True)
        self._busy = False
        spoken = words.first_label.replace("&", "")
        if words.first_hidden:
            self.secret = passphrase_field(words.first_name, spoken)
        else:
            self.secret = QtWidgets.QLineEdit()
            self.secret.setObjectName(words.first_name)
            self.secret.setAccessibleName(spoken)
        self.form = NewPassphraseForm()
        self.message = label("", "error", f"{words.name.removesuffix('_dialog')}_message")
        self.message.setVisible(False)
        self.busy = busy_bar(f"{words.name.removesuffix('_dialog')}_busy", words.busy)
        self.go_button = button(words.go, "", primary=True)
        self.cancel_button = button(_("Cancel"), "")
        self._build(words)
        self.secret.textChanged.connect(self._update_button)
        self.form.changed.connect(self._update_button)
        self.form.changed.connect(self.fit)  # wrapped hints need their height
        self.go_button.clicked.connect(self.go)
        self.cancel_button.clicked.connect(self.reject)
        self._update_button()

    def _build(self, words: Wording) -> None:
        body, outer = dialog_body(self, f"{words.name.removesuffix('_dialog')}_scroll")
        layout = form_column(body, words.title, label(words.explain))
        first_label = QtWidgets.QLabel(words.first_label)
        first_label.setBuddy(self.secret)
        layout.addWidget(first_label)
        layout.addWidget(self.secret)
        layout.addWidget(label(_("Your new passphrase"), "subheading"))
        layout.addWidget(self.form)
        layout.addStretch(1)
        outer.addWidget(self.message)
        outer.addWidget(self.busy)
        outer.addLayout(button_row(self.cancel_button, self.go_button))

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """As wide as it reads well at this text size, as tall as its words (it scrolls
        on a short screen)."""
        fit_dialog(self, WIDTH)

    def work(self, secret: str, passphrase: str) -> Callable[[], object]:
        """What to run off the GUI thread (subclasses say)."""
        raise NotImplementedError

    def succeeded(self, result: object) -> None:
        """The work is done (subclasses say what follows)."""

    def _update_button(self) -> None:
        ready = bool(self.secret.text().strip()) and self.form.ready()
        self.go_button.setEnabled(ready and not self._busy)

    def go(self) -> None:
        if self._busy or not self.secret.text().strip() or not self.form.ready():
            return
        work = self.work(self.secret.text(), self.form.passphrase())
        self._set_busy(True)
        show_text(self.message, "")
        run_in_background(work, self._done, self._failed, self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.secret.setEnabled(not busy)
        self.form.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.form.clear()
        self.accept()
        self.succeeded(result)

    def _failed(self, error: TrustJournalError) -> None:
        self._set_busy(False)
        show_text(self.message, str(error))
        self.fit()
        self.secret.selectAll()
        self.secret.setFocus()
