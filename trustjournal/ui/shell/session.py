"""One run of the app over one journal folder: which window shows, and locking.

The session owns the open `Journal` (and only it does). Locking asks every
page to save, empties them, closes the journal (the vault closes its
connection and zeroes its key), drops every reference to it, clears the
clipboard of text copied from the app, and shows the lock screen.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from trustjournal.core.changes import Change, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.backups import backup_due
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.vault import Vault, VaultPaths
from trustjournal.ui.qt import Qt, QtCore, QtWidgets, Signal
from trustjournal.ui.shell.closing_backup import ClosingBackup
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.guards.idle import IdleWatcher
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import DEFAULT_SIZE, MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.reminders import ReminderService
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.start import OwnerCheckDialog
from trustjournal.ui.widgets.background import wait_for_all
from trustjournal.ui.widgets.throttle import UnlockThrottle

ROTATION_OFFER = (
    "Your passphrase is changed. If someone may also have copied your key file, or saw your "
    "recovery code, you can change the key as well: your journal is encrypted again and you "
    "get a new recovery code."
)


class Session(QtCore.QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        data_dir: str | Path,
        clock: Clock,
        preferences: Preferences | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.preferences = preferences or Preferences()
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(clock, minutes=5, parent=self)
        self.idle.idle.connect(self.lock)
        self.journal: Journal | None = None
        self.window: QtWidgets.QWidget | None = None
        self._unsubscribe: object = None
        self.settings_dialog: SettingsDialog | None = None
        self.change_passphrase_dialog: ChangePassphraseDialog | None = None
        self.owner_check: OwnerCheckDialog | None = None
        self.together: TogetherWindow | None = None  # while a check-in together runs
        self.together_throttle = UnlockThrottle(clock)
        self.reminders = ReminderService(clock, self.preferences.window_title, parent=self)
        self.reminders.checkin_due = self._checkin_due
        self.reminders.open_requested.connect(self.bring_to_front)
        self.rotate_key_dialog: RotateKeyDialog | None = None
        self.backup_dialog: BackupDialog | None = None
        self.rotation_offer: QtWidgets.QMessageBox | None = None
        self.pending_code_dialog: PendingCodeDialog | None = None
        self.closing: ClosingBackup | None = None  # today's backup before the journal closes

    # -- which window shows ------------------------------------------------------------

    def start(self, theme: str = "") -> None:
        """Onboarding or the lock screen; before unlock the theme is the one last chosen
        (or `theme`)."""
        self._theme(theme or self.preferences.theme())
        self.reminders.start()
        if VaultPaths(self.data_dir).exists():
            self.show_lock_screen()
        else:
            title = self.preferences.window_title()
            onboarding = OnboardingWindow(self.data_dir, self.clipboard, title)
            onboarding.finished.connect(self.open_journal)
            onboarding.restored.connect(self._restored_on_first_run)
            self._swap(onboarding)

    def show_lock_screen(self, minimised: bool = False, note: str = "") -> LockScreen:
        screen = LockScreen(self.data_dir, self.clock, self.preferences.window_title())
        screen.unlocked.connect(self.open_journal)
        screen.show_note(note)
        self._swap(screen, minimised)
        return screen

    def _restored_on_first_run(self, sentence: str) -> None:
        self.show_lock_screen(note=sentence)

    def open_journal(self, vault: Vault) -> None:
        journal = Journal(vault, clock=self.clock)
        self.journal = journal
        self._unsubscribe = journal.changes.subscribe(self._changed)
        self._theme(journal.settings.get("theme"), journal.settings.get("text_size"))
        window = MainWindow(journal, self.clock, self.preferences.window_title())
        window.lock_requested.connect(self.lock)
        window.quick_hide_requested.connect(self.quick_hide)
        window.settings_requested.connect(self.open_settings)
        window.change_passphrase_requested.connect(self.open_change_passphrase)
        window.quit_requested.connect(self.shut_down)
        window.together_requested.connect(self.start_together)
        window.set_quick_hide_key(journal.settings.get("quick_hide_key"))
        self._swap(window)
        self.idle.set_minutes(journal.settings.get("idle_lock_minutes"))
        self.idle.start()
        self._show_pending_code()
        self.unlocked.emit()

    def _show_pending_code(self) -> None:
        """A new recovery code a lock interrupted, shown again until it is confirmed."""
        if self.journal is None or self.window is None:
            return
        code = self.journal.vault.pending_recovery_code()
        if not code:
            return
        dialog = PendingCodeDialog(self.journal.vault, code, self.clipboard, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.pending_code_dialog = dialog
        dialog.open()

    def _swap(self, new: QtWidgets.QWidget, minimised: bool = False) -> None:
        old, self.window = self.window, new
        if old is not None:
            new.setGeometry(old.geometry())
            if old.isMaximized():
                new.setWindowState(Qt.WindowState.WindowMaximized)
        elif not self.preferences.restore_geometry(new):
            new.resize(DEFAULT_SIZE)
        if minimised:
            new.showMinimized()
        else:
            new.show()
        if old is not None:  # closed after the new one shows, so the app never has no window
            self._close_window(old)
        if not minimised:
            new.raise_()
            new.activateWindow()

    def _close_window(self, window: QtWidgets.QWidget) -> None:
        if isinstance(window, MainWindow):
            window.release()
        else:
            if isinstance(window, OnboardingWindow):
                window.discard()
            window.close()
        window.deleteLater()

    def bring_to_front(self) -> None:
        """Another launch asked for this one (only ever to the lock screen or the journal)."""
        if self.together is not None:  # the journal stays locked away meanwhile
            self.together.showNormal()
            self.together.raise_()
            self.together.activateWindow()
            return
        if self.window is None:
            return
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # -- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        if self.journal is None:
            return
        journal = self._put_away()
        screen = self.show_lock_screen()
        self.locked.emit()
        self._close(journal, daily_backup=True, screen=screen)

    def quick_hide(self) -> None:
        """Hide the window at once, then lock; the lock screen waits minimised."""
        if self.window is not None:
            self.window.showMinimized()
        if self.journal is not None:
            self._close(self._put_away())
            self.show_lock_screen(minimised=True)
            self.locked.emit()

    def shut_down(self) -> None:
        """Quitting: save, empty, back up if due, close the journal and clear the clipboard.

        The app waits for a backup still running (this one, or a lock's): the
        vault is never closed under it."""
        if self.journal is not None:
            self._close(self._put_away(), daily_backup=True)
        if self.closing is not None:
            self.closing.wait()
        self.clipboard.clear_if_ours()

    def close(self) -> None:
        """The end of the session: shut down and close whichever window shows."""
        self.shut_down()
        self.reminders.stop()
        window, self.window = self.window, None
        if window is not None:
            self._close_window(window)

    def _put_away(self) -> Journal:
        """Save and empty every page and let go of the journal (still open; see `_close`)."""
        self.idle.stop()
        together, self.together = self.together, None
        if together is not None:  # its answers are dropped; nothing unsaved is kept
            together.close()
            together.deleteLater()
        window = self.window
        if isinstance(window, MainWindow):
            self.preferences.save_geometry(window)
            with contextlib.suppress(TrustJournalError):  # locking must never be held up
                window.save_pending()
            window.clear_for_lock()
        self._close_settings()
        wait_for_all()  # a passphrase change or key rotation in flight finishes first
        journal, self.journal = self.journal, None
        assert journal is not None
        if callable(self._unsubscribe):
            self._unsubscribe()
        self._unsubscribe = None
        self.clipboard.clear_if_ours()
        return journal

    def _close(
        self, journal: Journal, daily_backup: bool = False, screen: LockScreen | None = None
    ) -> None:
        """Close the journal, after today's backup (off the GUI thread) if one is due."""
        if not (daily_backup and backup_due(journal.settings, self.clock.today())):
            journal.close()
            return
        closing = ClosingBackup(journal, self)
        self.closing = closing
        if screen is not None:  # nothing opens the journal again until the backup is done
            screen.show_backup_running(True)
            closing.finished.connect(screen.backup_finished)
        closing.finished.connect(self._closed)
        closing.start()

    def _closed(self, _note: str) -> None:
        """`finished` carries the note for the lock screen; the slot takes it so that its
        arity matches the signal's (a wrapper such as mutmut's would otherwise pass it to
        a function that takes none)."""
        closing, self.closing = self.closing, None
        if closing is not None:
            closing.deleteLater()

    # -- checking in together ----------------------------------------------------------------

    def start_together(self) -> None:
        """Ask for the owner's passphrase; only then is the journal locked away for the flow."""
        if self.journal is None or self.window is None:
            return
        if self.together is not None:
            return
        self._close_settings()
        dialog = OwnerCheckDialog(self.data_dir, self.together_throttle, self.window)
        dialog.confirmed.connect(self._begin_together)
        dialog.finished.connect(dialog.deleteLater)
        self.owner_check = dialog
        dialog.open()

    def _begin_together(self) -> None:
        """Save and empty every page and hide the journal's window before the flow shows."""
        window, journal = self.window, self.journal
        if journal is None or not isinstance(window, MainWindow):
            return
        self.idle.stop()  # the flow ends in a lock anyway; idle time is talking time
        with contextlib.suppress(TrustJournalError):
            window.save_pending()
        window.clear_for_lock()
        together = TogetherWindow(journal, self.clock, self.preferences.window_title())
        together.setGeometry(window.geometry())
        together.ended.connect(self._end_together)
        self.together = together
        together.show()
        window.hide()
        together.raise_()
        together.activateWindow()

    def _end_together(self) -> None:
        """However the flow ended, the journal needs the passphrase again."""
        together, self.together = self.together, None
        if together is None:
            return  # already being closed by a lock
        together.deleteLater()
        self.lock()

    # -- settings --------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self.journal is None or self.window is None:
            return
        self._close_settings()
        dialog = SettingsDialog(self.journal.settings, self.preferences, self.window)
        dialog.backups_requested.connect(self.open_backups)
        dialog.saved.connect(self._apply_title)
        dialog.saved.connect(self.reminders.start)
        dialog.change_passphrase_requested.connect(self.open_change_passphrase)
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()

    def open_change_passphrase(self) -> None:
        if self.journal is None or self.window is None:
            return
        self._close_settings()
        dialog = ChangePassphraseDialog(self.journal.vault, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.changed.connect(self._offer_rotation)
        self.change_passphrase_dialog = dialog
        dialog.open()

    def _offer_rotation(self) -> None:
        """After a new passphrase: if the key file may have been copied too, change the key."""
        if self.window is None:
            return
        offer = QtWidgets.QMessageBox(self.window)
        offer.setObjectName("rotation_offer")
        offer.setWindowTitle("Passphrase changed")
        offer.setText(ROTATION_OFFER)
        change = offer.addButton("Change the key…", QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        change.setObjectName("rotation_offer_accept")
        later = offer.addButton("Not now", QtWidgets.QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("rotation_offer_later")
        change.clicked.connect(self._take_rotation_offer)
        offer.finished.connect(offer.deleteLater)
        self.rotation_offer = offer
        offer.open()

    def _take_rotation_offer(self, _checked: bool) -> None:
        """`clicked` carries the button's checked state; the slot takes it (see `_closed`)."""
        self.open_rotate_key()

    def _save_before_vault_work(self) -> None:
        """Backups and key changes work on the vault off the GUI thread, behind a modal
        dialog: whatever the editor still holds is saved first, so no autosave can fire
        into the middle of them."""
        if isinstance(self.window, MainWindow):
            with contextlib.suppress(TrustJournalError):
                self.window.save_pending()

    def open_backups(self) -> None:
        if self.journal is None or self.window is None:
            return
        self._close_settings()
        self._save_before_vault_work()
        dialog = BackupDialog(self.journal, self.window)
        dialog.section.restore_requested.connect(self.restore_from_settings)
        dialog.section.rotate_requested.connect(self.open_rotate_key)
        dialog.finished.connect(dialog.deleteLater)
        self.backup_dialog = dialog
        dialog.open()

    def open_rotate_key(self) -> None:
        if self.journal is None or self.window is None:
            return
        self._close_settings()
        self._save_before_vault_work()
        dialog = RotateKeyDialog(self.journal.vault, self.clipboard, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.rotate_key_dialog = dialog
        dialog.open()

    def restore_from_settings(self) -> None:
        """A journal in use is never replaced: lock first, then restore from the lock screen
        (once today's backup, if one is running, is done)."""
        self.lock()
        screen = self.window
        if not isinstance(screen, LockScreen):
            return
        if self.closing is not None:
            self.closing.finished.connect(screen.open_restore)
        else:
            screen.open_restore()

    def _close_settings(self) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                dialog.reject()
        backups, self.backup_dialog = self.backup_dialog, None
        if backups is not None:
            with contextlib.suppress(RuntimeError):
                backups.reject()
        rotation, self.rotate_key_dialog = self.rotate_key_dialog, None
        if rotation is not None:
            with contextlib.suppress(RuntimeError):
                rotation.force_close()
        pending, self.pending_code_dialog = self.pending_code_dialog, None
        if pending is not None:
            with contextlib.suppress(RuntimeError):
                pending.force_close()

    def _checkin_due(self) -> bool | None:
        """Whether a check-in is due, while the journal is open; None while locked."""
        return self.journal.checkins.due().is_due if self.journal is not None else None

    def _changed(self, change: Change) -> None:
        if change.topic == Topic.SETTINGS and self.journal is not None:
            self.apply_settings()

    def apply_settings(self) -> None:
        if self.journal is None:
            return
        settings = self.journal.settings
        self._theme(settings.get("theme"), settings.get("text_size"))
        self.preferences.set_theme(settings.get("theme"))
        self.idle.set_minutes(settings.get("idle_lock_minutes"))
        if isinstance(self.window, MainWindow):
            self.window.set_quick_hide_key(settings.get("quick_hide_key"))
            self.window.refresh_icons()

    def _apply_title(self) -> None:
        if self.window is not None:
            self.window.setWindowTitle(self.preferences.window_title())

    def _theme(self, choice: str, text_size: int = DEFAULT_TEXT_SIZE) -> None:
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            apply_theme(app, choice, text_size)
