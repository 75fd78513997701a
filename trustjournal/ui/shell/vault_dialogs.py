"""The vault and settings dialogs over the journal's window: Settings, backups, a new
passphrase and the offer to change the key after it, the key change, and a new recovery
code still waiting to be confirmed.

One is open at a time (a new one closes the old) and all close at a lock, through one
`DialogSlot`. They open only while a journal is open (`attach` at unlock, `detach` at
lock): a menu action or a confirmation that arrives after a lock does nothing. What the
session must do in answer (restore, which locks; a new title) it hears by signal.
"""

from __future__ import annotations

import contextlib

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.backups import (
    LastBackup,
    backup_folder,
    record_backup,
    record_problem,
    write_backup,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.qt import QtCore, QtWidgets, Signal
from trustjournal.ui.shell.capture.review import NotesReview, notes_waiting
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog, SettingsDraft
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.dialog_slot import DialogSlot

ROTATION_OFFER = N_(
    "Your passphrase is changed. If someone may also have copied your key file, or saw your "
    "recovery code, you can change the key as well: your journal is encrypted again and you "
    "get a new recovery code."
)


class VaultDialogs(QtCore.QObject):
    settings_saved = Signal()  # the title and reminders may have changed
    restore_requested = Signal()  # a journal in use is never replaced: lock first

    def __init__(
        self,
        preferences: Preferences,
        clipboard: ClipboardGuard,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.clipboard = clipboard
        self.slot = DialogSlot(self)
        self.slot.emptied.connect(self._after_a_dialog)
        self._journal: Journal | None = None
        self._window: MainWindow | None = None
        self._settings_draft: SettingsDraft | None = None  # Settings, left for a sub-dialog
        self._review_waits = False  # notes to review once the dialog open now finishes
        self._key_mended_said = False  # the capture key put right at this unlock: said once

    def attach(self, journal: Journal, window: MainWindow) -> None:
        """Unlocked: dialogs open over `window`, on `journal`."""
        self._journal, self._window = journal, window
        self._key_mended_said = False

    def detach(self) -> None:
        """Locking: close whatever is open and let go of the journal and its window (and
        of Settings' unsaved changes: nothing comes back after a lock)."""
        self._settings_draft = None
        self._review_waits = False
        self.slot.close()
        self._journal, self._window = None, None

    def close_all(self) -> None:
        self.slot.close()

    # -- what is open (None when another kind is, or nothing) -----------------------------

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.slot.current(SettingsDialog)

    @property
    def backup_dialog(self) -> BackupDialog | None:
        return self.slot.current(BackupDialog)

    @property
    def change_passphrase_dialog(self) -> ChangePassphraseDialog | None:
        return self.slot.current(ChangePassphraseDialog)

    @property
    def rotate_key_dialog(self) -> RotateKeyDialog | None:
        return self.slot.current(RotateKeyDialog)

    @property
    def pending_code_dialog(self) -> PendingCodeDialog | None:
        return self.slot.current(PendingCodeDialog)

    @property
    def rotation_offer(self) -> QtWidgets.QMessageBox | None:
        return self.slot.current(QtWidgets.QMessageBox)

    # -- opening ----------------------------------------------------------------------------

    def open_settings(self, draft: SettingsDraft | None = None) -> None:
        """Settings as saved, or as `draft` (the unsaved changes it was left with)."""
        if self._journal is None or self._window is None:
            return
        dialog = SettingsDialog(self._journal.settings, self.preferences, self._window)
        dialog.backups_requested.connect(self._backups_from_settings)
        dialog.saved.connect(self.settings_saved)
        dialog.change_passphrase_requested.connect(self._passphrase_from_settings)
        self.slot.open(dialog)
        if draft is not None:
            dialog.restore_draft(draft)

    def _backups_from_settings(self) -> None:
        self._keep_settings_draft("backups_open_button")
        self.open_backups()

    def _passphrase_from_settings(self) -> None:
        self._keep_settings_draft("change_passphrase_open_button")
        self.open_change_passphrase()

    def _keep_settings_draft(self, left_by: str) -> None:
        """Only one dialog shows at a time, so Settings closes for the one it opens; what
        it held, saved or not, is kept to show again when that one (and any that follows
        it, such as the offer to change the key) is done."""
        dialog = self.settings_dialog
        self._settings_draft = dialog.draft(left_by) if dialog is not None else None

    def _after_a_dialog(self) -> None:
        """A dialog finished by itself. One may follow it at once (a new passphrase opens
        the offer to change the key just after its dialog closes): look once that is done."""
        if self._settings_draft is not None:
            self.slot.keep_opener()  # Settings comes back: the focus waits for it to finish
            QtCore.QTimer.singleShot(0, self, self._back_to_settings)
        elif self._review_waits:
            QtCore.QTimer.singleShot(0, self, self.offer_review)

    def offer_review(self) -> None:
        """The notes written while the journal was locked, when any wait (or the capture key
        had to be put right). Never over another dialog (a new recovery code must be seen
        first): it follows that one."""
        if self._journal is None or self._window is None:
            return
        if self.slot.dialog is not None:
            self._review_waits = not isinstance(self.slot.dialog, NotesReview)
            return
        self._review_waits = False
        # A capture key put right at unlock is said here, once, even with no note waiting:
        # notes sealed to the changed key may not have opened.
        mended = self._journal.vault.capture_key_mended and not self._key_mended_said
        if notes_waiting(self._journal) or mended:
            self._key_mended_said = self._key_mended_said or mended
            # Kept notes are written off the GUI thread: no autosave may land in the middle.
            self._save_before_vault_work(self._window)
            review = NotesReview(self._journal, self._window, key_mended=mended)
            self.slot.open(review, close=review.force_close)  # a lock closes it even while keeping

    @property
    def review_dialog(self) -> NotesReview | None:
        return self.slot.current(NotesReview)

    def _back_to_settings(self) -> None:
        draft = self._settings_draft
        if draft is None or self.slot.dialog is not None:
            return  # nothing kept, or another dialog followed: Settings waits for it
        self._settings_draft = None
        self.open_settings(draft)

    def open_change_passphrase(self) -> None:
        if self._journal is None or self._window is None:
            return
        dialog = ChangePassphraseDialog(self._journal.vault, self._window)
        dialog.changed.connect(self._offer_rotation)
        self.slot.open(dialog)

    def open_backups(self) -> None:
        if self._journal is None or self._window is None:
            return
        self.slot.close()
        self._save_before_vault_work(self._window)
        dialog = BackupDialog(self._journal, self._window)
        dialog.section.restore_requested.connect(self.restore_requested)
        dialog.section.rotate_requested.connect(self.open_rotate_key)
        self.slot.open(dialog)

    def open_rotate_key(self) -> None:
        if self._journal is None or self._window is None:
            return
        self.slot.close()
        self._save_before_vault_work(self._window)
        dialog = RotateKeyDialog(self._journal.vault, self.clipboard, self._window)
        # Once the new code is stored and so deleted from the journal: a backup made before
        # would hold it, and a restore would show it again as if never confirmed.
        dialog.accepted.connect(self._back_up_after_key_change)
        self.slot.open(dialog, close=dialog.force_close)  # the new code waits for next time

    def _back_up_after_key_change(self) -> None:
        """Backups made before the change open with the old secrets, today's too: when
        backups are on, one is made under the new key as soon as its code is stored (off the
        GUI thread, as every backup; a lock waits for it before the journal closes)."""
        journal = self._journal
        if journal is None or backup_folder(journal.settings) is None:
            return

        def record(made: LastBackup) -> None:
            if journal is self._journal:  # not after a lock: the journal is closed by then
                record_backup(journal, made)

        def say(error: TrustJournalError) -> None:
            if journal is self._journal:
                record_problem(journal, str(error))  # Settings says it until one succeeds

        run_in_background(lambda: write_backup(journal, prune=True), record, say, owner=self)

    def show_pending_code(self) -> None:
        """A new recovery code a lock interrupted, shown again until it is confirmed."""
        if self._journal is None or self._window is None:
            return
        code = self._journal.vault.pending_recovery_code()
        if not code:
            return
        dialog = PendingCodeDialog(self._journal.vault, code, self.clipboard, self._window)
        self.slot.open(dialog, close=dialog.force_close)

    def _offer_rotation(self) -> None:
        """After a new passphrase: if the key file may have been copied too, change the key."""
        if self._window is None:
            return
        offer = QtWidgets.QMessageBox(self._window)
        offer.setObjectName("rotation_offer")
        offer.setWindowTitle(_("Passphrase changed"))
        offer.setText(_(ROTATION_OFFER))
        change = offer.addButton(_("Change the key…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        change.setObjectName("rotation_offer_accept")
        later = offer.addButton(_("Not now"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("rotation_offer_later")
        change.clicked.connect(self._take_rotation_offer)
        self.slot.open(offer)

    def _take_rotation_offer(self, _checked: bool) -> None:
        """`clicked` carries the button's checked state; the slot takes it so that its arity
        matches the signal's (a wrapper such as mutmut's would otherwise pass it on)."""
        self.open_rotate_key()

    @staticmethod
    def _save_before_vault_work(window: MainWindow) -> None:
        """Backups and key changes work on the vault off the GUI thread, behind a modal
        dialog: whatever the editor still holds is saved first, so no autosave can fire
        into the middle of them. A failed save does not keep them closed: the editor keeps
        its words and says so itself."""
        with contextlib.suppress(TrustJournalError):
            window.save_pending()
