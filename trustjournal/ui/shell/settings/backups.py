"""Backups and key (from Settings): the folder, the last backup, Back up now, restore, key change.

Backups are encrypted (.tjbackup files), so the folder can be anywhere; an
external drive is the point, since most journals are lost with the laptop.
The app makes one at most once a day when it locks or quits.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.backups import (
    FOLDER,
    LastBackup,
    backup_folder,
    last_backup,
    record_backup,
    write_backup,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.qt import QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    SPACING,
    busy_bar,
    button,
    button_row,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.dates import date_and_time
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog
from trustjournal.ui.widgets.file_dialogs import choose_folder

NO_FOLDER = N_("No backups yet. Choose a folder, ideally on an external drive you keep safe.")
MOVING = N_(
    "Moving to a new computer: make a backup onto a drive, install TrustJournal on the new "
    "computer, and choose \u201cRestore from a backup\u2026\u201d on its first screen. It opens "
    "with the passphrase you had when the backup was made."
)
WIDTH = 620  # px at the usual text size
ROTATE_HELP = N_("I think someone saw my passphrase, or copied my key file.")


def ask_backup_folder(parent: QtWidgets.QWidget, start: str) -> str:
    """The folder the person chose, or '' (tests replace this)."""
    return choose_folder(parent, _("Where should backups go?"), start)


def status_text(journal: Journal) -> str:
    """When and where the last backup was made, and why the last automatic one failed."""
    problem = journal.settings.backup_problem
    return _last_backup_text(journal) + (f" {problem}" if problem else "")


def _last_backup_text(journal: Journal) -> str:
    last = last_backup(journal.settings)
    folder = backup_folder(journal.settings)
    if last is None:
        if folder is None:
            return _(NO_FOLDER)
        return _("No backup yet. Backups go to {folder}.").format(folder=folder)
    made = last.made_at.astimezone()
    return _("Last backup: {when}, in {folder}.").format(
        when=date_and_time(made), folder=last.path.parent
    )


class BackupSection(QtWidgets.QWidget):
    restore_requested = Signal()
    rotate_requested = Signal()

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_section")
        self._journal = journal
        self.status = label("", "muted", "backup_status")
        self.choose_button = button(_("Choose folder…"), "backup_folder_button")
        self.now_button = button(_("Back up now"), "backup_now_button")
        self.busy = busy_bar("backup_busy", _("Making a backup"))
        self.message = label("", "error", "backup_message")
        self.restore_button = button(_("Restore from a backup…"), "settings_restore_button")
        self.rotate_button = button(
            _("Change the key…"), "rotate_key_open_button", tip=_(ROTATE_HELP)
        )
        self._build()
        show_text(self.message, "")
        self.refresh()
        self.choose_button.clicked.connect(self.choose_folder)
        self.now_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_requested)
        self.rotate_button.clicked.connect(self.rotate_requested)

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.status)
        row = QtWidgets.QHBoxLayout()
        for widget in (self.choose_button, self.now_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(label(_(MOVING), "muted", "moving_help"))
        # Under the words about moving, not beside the others: three buttons in one row ran
        # past the dialog's edge in a longer language.
        restore_row = QtWidgets.QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        layout.addSpacing(SPACING)
        layout.addWidget(label(_(ROTATE_HELP)))
        key_row = QtWidgets.QHBoxLayout()
        key_row.addWidget(self.rotate_button)
        key_row.addStretch(1)
        layout.addLayout(key_row)

    def refresh(self) -> None:
        show_text(self.status, status_text(self._journal))
        self.now_button.setEnabled(backup_folder(self._journal.settings) is not None)

    def choose_folder(self) -> None:
        current = backup_folder(self._journal.settings)
        chosen = ask_backup_folder(self, str(current or Path.home()))
        if not chosen:
            return
        try:
            self._journal.settings.set(FOLDER, chosen)
        except TrustJournalError as error:
            show_text(self.message, str(error))
        self.refresh()

    def back_up(self) -> None:
        journal = self._journal
        self.busy.setVisible(True)
        self.now_button.setEnabled(False)
        show_text(self.message, "")
        run_in_background(
            lambda: write_backup(journal, prune=True), self._done, self._failed, owner=self
        )

    def _done(self, made: LastBackup) -> None:
        self.busy.setVisible(False)
        record_backup(self._journal, made)
        self.refresh()

    def _failed(self, error: TrustJournalError) -> None:
        self.busy.setVisible(False)
        show_text(self.message, str(error))
        self.refresh()


class BackupDialog(QtWidgets.QDialog):
    """The backup section in its own window, so Settings stays short enough for a laptop."""

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(_("Backups and key"))
        self.setAccessibleName(_("Backups and key"))
        self.section = BackupSection(journal)
        close = button(_("Close"), "backup_close_button", primary=True)
        close.clicked.connect(self.accept)
        body, outer = dialog_body(self, "backup_scroll")
        body.addWidget(heading(_("Backups and key")))
        body.addWidget(self.section)
        body.addStretch(1)
        outer.addLayout(button_row(close))

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        # The height a longer language's wrapped help needs at the width that reads well
        # (it ran into the buttons when only adjustSize() was asked); it scrolls beyond.
        fit_dialog(self, WIDTH)
        super().showEvent(event)
