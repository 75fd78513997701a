"""Restore from a backup: choose the file, give the passphrase of that day, and restore.

Offered on the first screen of a new computer, on the lock screen and in
Settings (which locks first: a journal in use is never replaced). Nothing is
touched until the backup has been checked; a journal already here is moved
aside into a folder beside it, never deleted, and the dialog says where.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trustjournal.core.clock import Clock
from trustjournal.core.errors import TrustJournalError, WrongRecoveryCode
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.backup.restore import Restored, restore_backup
from trustjournal.core.vault.keys.recovery import normalise_code
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtGui, QtWidgets, Signal
from trustjournal.ui.shell.keys.dialog_parts import add_form_end, form_column, form_end, name_dialog
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    button,
    label,
    passphrase_field,
    show_text,
)
from trustjournal.ui.widgets.dates import day_month_year
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog
from trustjournal.ui.widgets.file_dialogs import choose_file_to_open

EXPLAIN = N_(
    "Choose a backup file (it ends in .tjbackup). It opens with the passphrase you had when "
    "it was made, or with your recovery code from that time."
)
TITLE = N_("Restore from a backup")
WIDTH = 560  # px at the usual text size
REPLACE_TEXT = N_("Move the journal that is here aside")
REPLACE_HELP = N_(
    "There is already a journal here. It is kept, unchanged, in a folder beside it, and "
    "the backup takes its place."
)


def ask_backup_file(parent: QtWidgets.QWidget) -> str:
    """The backup the person chose, or '' (tests replace this)."""
    return choose_file_to_open(
        parent, _("Choose a backup"), "", _("TrustJournal backups (*.tjbackup)")
    )


def restored_text(restored: Restored) -> str:
    made = day_month_year(restored.made_at.astimezone().date())
    sentences = [
        _(
            "Your backup from {day} is restored. Unlock it with the passphrase "
            "you had then, or with the recovery code from then."
        ).format(day=made)
    ]
    if restored.date_note:
        sentences.append(restored.date_note)
    if restored.aside is not None:
        sentences.append(
            _("The journal that was here is kept in {folder}.").format(folder=restored.aside)
        )
    return " ".join(sentences)


def restore_then_open(
    backup: Path, folder: Path, secret: str, now: dt.datetime, replace: bool, open_it: bool
) -> tuple[Restored, Vault | None]:
    """Restore, then (when asked, and `secret` is a passphrase) open the journal with the
    passphrase just given, so the person is not asked for it again.

    No journal opens here for a recovery code (the person sets a new passphrase through
    "Forgot your passphrase?"), nor when the restore has more to say than that it is done
    (a date that could not be checked, a journal moved aside): the lock screen says it."""
    restored = restore_backup(backup, folder, secret, now, replace=replace)
    more_to_say = restored.date_note or restored.aside is not None
    if not open_it or more_to_say or _is_recovery_code(secret):
        return restored, None
    try:
        return restored, Vault.unlock(folder, secret)
    except TrustJournalError:  # restored all the same: the lock screen opens it
        return restored, None


def _is_recovery_code(secret: str) -> bool:
    try:
        normalise_code(secret)
    except WrongRecoveryCode:
        return False
    return True


class RestoreDialog(QtWidgets.QDialog):
    """Emits `restored` with the sentence to show once the journal is in place; or, with
    `open_after`, `opened` with the journal opened by the passphrase just given."""

    restored = Signal(str)
    opened = Signal(object)  # the open Vault

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        parent: QtWidgets.QWidget | None = None,
        open_after: bool = False,
    ) -> None:
        super().__init__(parent)
        self._open_after = open_after
        name_dialog(self, "restore_dialog", _(TITLE))
        self._data_dir = data_dir
        self._clock = clock
        self._busy = False
        self.file_field = QtWidgets.QLineEdit()
        self.file_field.setObjectName("restore_file_field")
        self.file_field.setAccessibleName(_("Backup file"))
        self.file_field.setPlaceholderText("TrustJournal-backup-….tjbackup")
        self.choose_button = button(_("Choose…"), "restore_choose_button")
        self.secret = passphrase_field(
            "restore_secret_field",
            _("Passphrase or recovery code"),
            _("Passphrase or recovery code"),
        )
        self.replace = QtWidgets.QCheckBox(_(REPLACE_TEXT))
        self.replace.setObjectName("restore_replace_check")
        self.replace.setAccessibleName(_(REPLACE_TEXT))
        self.replace_help = label(_(REPLACE_HELP), "muted", "restore_replace_help")
        for widget in (self.replace, self.replace_help):
            widget.setVisible(VaultPaths(data_dir).exists())
        self.end = form_end("restore", _("Restoring your backup"), _("Restore"), "restore_button")
        self.message, self.busy = self.end.message, self.end.busy
        self.restore_button, self.cancel_button = self.end.go_button, self.end.cancel_button
        self._build()
        show_text(self.message, "")
        self.choose_button.clicked.connect(self._choose)
        self.restore_button.clicked.connect(self.start_restore)
        self.cancel_button.clicked.connect(self.reject)
        for changed in (self.file_field.textChanged, self.secret.textChanged):
            changed.connect(self._update_button)
        self.replace.toggled.connect(self._update_button)
        self._update_button()

    def _build(self) -> None:
        body, outer = dialog_body(self, "restore_scroll")
        layout = form_column(body, _(TITLE), label(_(EXPLAIN)))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.file_field, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        layout.addWidget(self.secret)
        layout.addWidget(self.replace_help)
        layout.addWidget(self.replace)
        layout.addStretch(1)
        add_form_end(outer, self.end)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        fit_dialog(self, WIDTH)  # the height wrapped text needs at the width it reads well
        super().showEvent(event)

    def _choose(self) -> None:
        chosen = ask_backup_file(self)
        if chosen:
            self.file_field.setText(chosen)
            self.secret.setFocus()

    def _update_button(self) -> None:
        needs_replace = self.replace.isVisible() and not self.replace.isChecked()
        ready = bool(self.file_field.text().strip() and self.secret.text()) and not needs_replace
        self.restore_button.setEnabled(ready and not self._busy)

    def start_restore(self) -> None:
        if not self.restore_button.isEnabled():
            return
        backup, secret = Path(self.file_field.text().strip()), self.secret.text()
        folder, now, replace = self._data_dir, self._clock.now(), self.replace.isChecked()
        self._set_busy(True)
        show_text(self.message, "")
        open_it = self._open_after
        run_in_background(
            lambda: restore_then_open(backup, folder, secret, now, replace, open_it),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, answer: tuple[Restored, Vault | None]) -> None:
        restored, vault = answer
        self._set_busy(False)
        self.secret.clear()
        self.accept()
        if vault is not None:
            self.opened.emit(vault)
        else:
            self.restored.emit(restored_text(restored))

    def _failed(self, error: TrustJournalError) -> None:
        self._set_busy(False)
        show_text(self.message, str(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for widget in (self.file_field, self.choose_button, self.secret, self.replace):
            widget.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_button()

    def reject(self) -> None:
        if not self._busy:  # a restore in flight finishes first
            self.secret.clear()
            super().reject()
