"""One run of the app over one journal folder: the lock state machine.

The session owns the open `Journal` (and only it does), and the helpers that outlive
any one window: the idle watcher, the clipboard guard and the reminders. Locking asks
every page to save, empties them, closes the journal (the vault closes its connection
and zeroes its key), drops every reference to it, clears the clipboard of text copied
from the app, and shows the lock screen; today's backup, when due, runs first, off the
GUI thread.

The rest is in parts that report back by signal: which window shows (`WindowHost`),
the vault and settings dialogs (`VaultDialogs`), the check-in together
(`TogetherHandoff`), and how the app looks (`Appearance`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from trustjournal.core.changes import Change, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.backups import backup_due
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtCore, QtWidgets, Signal
from trustjournal.ui.shell.appearance import Appearance
from trustjournal.ui.shell.capture.window import CaptureWindow
from trustjournal.ui.shell.closing_backup import ClosingBackup
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.guards.idle import IdleWatcher
from trustjournal.ui.shell.keys.change_passphrase import ChangePassphraseDialog
from trustjournal.ui.shell.keys.pending_code import PendingCodeDialog
from trustjournal.ui.shell.keys.rotate_key import RotateKeyDialog
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.reminders import ReminderService
from trustjournal.ui.shell.settings.backups import BackupDialog
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.together_handoff import TogetherHandoff
from trustjournal.ui.shell.vault_dialogs import ROTATION_OFFER, VaultDialogs
from trustjournal.ui.shell.window_host import WindowHost
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.start import OwnerCheckDialog
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.background import wait_for_all

__all__ = ["ROTATION_OFFER", "Session"]


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
        self.appearance = Appearance(self.preferences)
        self.windows = WindowHost(self.preferences, self)
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(clock, minutes=5, parent=self)
        self.idle.idle.connect(self.lock)
        self.journal: Journal | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.dialogs = VaultDialogs(self.preferences, self.clipboard, self)
        self.dialogs.settings_saved.connect(self._settings_saved)
        self.dialogs.restore_requested.connect(self.restore_from_settings)
        self.handoff = TogetherHandoff(self.data_dir, clock, self.dialogs.slot, self)
        self.handoff.confirmed.connect(self._begin_together)
        self.handoff.ended.connect(self.lock)
        self.reminders = ReminderService(clock, self.preferences.window_title, parent=self)
        self.reminders.checkin_due = self._checkin_due
        self.reminders.open_requested.connect(self.bring_to_front)
        self.reminders.capture_requested.connect(self.open_capture)
        self.reminders.review_requested.connect(self.offer_arrangement_review)
        self._review_waiting = False  # a review's reminder was opened while locked
        self.closing: ClosingBackup | None = None  # today's backup before the journal closes
        self.capture: CaptureWindow | None = None  # "Write without opening", its own window

    # -- what shows, as the parts hold it ------------------------------------------------

    @property
    def window(self) -> QtWidgets.QWidget | None:
        return self.windows.window

    @property
    def together(self) -> TogetherWindow | None:
        return self.handoff.window

    @property
    def owner_check(self) -> OwnerCheckDialog | None:
        return self.handoff.owner_check

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self.dialogs.settings_dialog

    @property
    def backup_dialog(self) -> BackupDialog | None:
        return self.dialogs.backup_dialog

    @property
    def change_passphrase_dialog(self) -> ChangePassphraseDialog | None:
        return self.dialogs.change_passphrase_dialog

    @property
    def rotate_key_dialog(self) -> RotateKeyDialog | None:
        return self.dialogs.rotate_key_dialog

    @property
    def pending_code_dialog(self) -> PendingCodeDialog | None:
        return self.dialogs.pending_code_dialog

    @property
    def rotation_offer(self) -> QtWidgets.QMessageBox | None:
        return self.dialogs.rotation_offer

    # -- which window shows ------------------------------------------------------------

    def start(self, theme: str = "") -> None:
        """Onboarding or the lock screen; before unlock the theme is the one last chosen
        (or `theme`)."""
        self.appearance.before_unlock(theme)
        self.reminders.start()
        if VaultPaths(self.data_dir).exists():
            self.show_lock_screen()
        else:
            onboarding = OnboardingWindow(self.data_dir, self.clipboard, self.appearance.title())
            onboarding.finished.connect(self.open_journal)
            onboarding.restored.connect(self._restored_on_first_run)
            self.windows.show(onboarding)

    def show_lock_screen(self, minimised: bool = False, note: str = "") -> LockScreen:
        screen = LockScreen(
            self.data_dir, self.clock, self.appearance.title(), self.appearance.neutral()
        )
        screen.unlocked.connect(self.open_journal)
        screen.capture_requested.connect(self.open_capture)
        screen.show_note(note)
        self.windows.show(screen, minimised)
        return screen

    def _restored_on_first_run(self, sentence: str) -> None:
        self.show_lock_screen(note=sentence)

    def open_journal(self, vault: Vault) -> None:
        journal = Journal(vault, clock=self.clock)
        self.journal = journal
        self._unsubscribe = journal.changes.subscribe(self._changed)
        self.appearance.at_unlock(journal.settings)
        window = MainWindow(journal, self.clock, self.appearance.title())
        window.lock_requested.connect(self.lock)
        window.quick_hide_requested.connect(self.quick_hide)
        window.settings_requested.connect(self.open_settings)
        window.change_passphrase_requested.connect(self.open_change_passphrase)
        window.quit_requested.connect(self.shut_down)
        window.together_requested.connect(self.start_together)
        self.appearance.fit(window, journal.settings)
        self.windows.show(window)
        self.dialogs.attach(journal, window)
        self.idle.set_minutes(journal.settings.idle_lock_minutes)
        self.idle.start()
        self.dialogs.show_pending_code()
        self.dialogs.offer_review()  # after a recovery code waiting to be seen, if one is
        self._remember_review()
        if self._review_waiting:
            self.offer_arrangement_review()
        self.unlocked.emit()

    # -- notes written without opening -------------------------------------------------------

    def open_capture(self) -> CaptureWindow:
        """The capture window, a window of its own: an unlock meanwhile leaves it open.

        A note sealed here while the journal is open is offered for review at once; notes
        sealed elsewhere (the command line) wait for the next unlock: the app does not
        watch the folder, as anyone who can write to it could then open a dialog over the
        person's writing."""
        window = self.capture
        if window is None:
            window = CaptureWindow(
                self.data_dir, self.appearance.title(), self.appearance.neutral()
            )
            window.sealed.connect(self.dialogs.offer_review)
            window.destroyed.connect(self._forget_capture)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.capture = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _forget_capture(self) -> None:
        self.capture = None

    def bring_to_front(self) -> None:
        """Another launch asked for this one (only ever to the lock screen or the journal,
        or to a check-in together, while the journal stays locked away behind it)."""
        if not self.handoff.bring_to_front():
            self.windows.bring_to_front()

    # -- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        if self.journal is None:
            return
        journal = self._put_away()
        screen = self.show_lock_screen()
        announce(screen, _("Locked"), urgent=True)
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
        if self.capture is not None:
            self.capture.close()
        self.reminders.stop()
        self.windows.close()

    def _put_away(self) -> Journal:
        """Save and empty every page and let go of the journal (still open; see `_close`)."""
        self.idle.stop()
        self.handoff.take_back()
        window = self.windows.journal_window()
        if window is not None:
            self.preferences.save_geometry(window)
            with contextlib.suppress(TrustJournalError):  # locking must never be held up
                window.save_pending()
            window.clear_for_lock()
        self.dialogs.detach()
        wait_for_all()  # a passphrase change or key rotation in flight finishes first
        journal, self.journal = self.journal, None
        assert journal is not None
        if self._unsubscribe is not None:
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

    # -- checking in together ----------------------------------------------------------------

    def start_together(self) -> None:
        """Ask for the owner's passphrase; only then is the journal locked away for the flow."""
        window = self.windows.journal_window()
        if self.journal is None or window is None:
            return
        self.handoff.ask_owner(window)

    def _begin_together(self) -> None:
        window, journal = self.windows.journal_window(), self.journal
        if journal is None or window is None:
            return
        self.idle.stop()  # the flow ends in a lock anyway; idle time is talking time
        self.handoff.hand_over(journal, window, self.appearance.title())

    # -- the vault and settings dialogs ----------------------------------------------------

    def open_settings(self) -> None:
        self.dialogs.open_settings()

    def open_change_passphrase(self) -> None:
        self.dialogs.open_change_passphrase()

    def open_backups(self) -> None:
        self.dialogs.open_backups()

    def open_rotate_key(self) -> None:
        self.dialogs.open_rotate_key()

    # -- settings ------------------------------------------------------------------------

    def _settings_saved(self) -> None:
        """The neutral title may have changed, and with it the reminders' wording."""
        self.appearance.retitle(self.window)
        self._remember_review()  # kept only while that reminder is chosen
        self.reminders.start()

    def _checkin_due(self) -> bool | None:
        """Whether a check-in is due, while the journal is open; None while locked."""
        return self.journal.checkins.due().is_due if self.journal is not None else None

    def _remember_review(self) -> None:
        """The next review day, so that its reminder can show while the journal is locked."""
        if self.journal is not None:
            self.reminders.remember_review(self.journal.arrangements.next_review())

    def offer_arrangement_review(self) -> None:
        """A review's reminder was opened: the Agreements place, at the arrangement whose
        review has come (after the unlock, when the journal was locked)."""
        window = self.windows.journal_window()
        self._review_waiting = self.journal is None or window is None
        if self.journal is None or window is None:
            return
        window.show_place("agreements")
        window.page_of("agreements", AgreementsPage).select(
            self.journal.arrangements.first_to_review()
        )

    def _changed(self, change: Change) -> None:
        if change.topic == Topic.SETTINGS and self.journal is not None:
            self.apply_settings()
        if change.topic in (Topic.AGREEMENTS, Topic.ARRANGEMENTS):
            self._remember_review()

    def apply_settings(self) -> None:
        if self.journal is None:
            return
        settings = self.journal.settings
        self.appearance.apply_settings(settings, self.windows.journal_window())
        self.idle.set_minutes(settings.idle_lock_minutes)
