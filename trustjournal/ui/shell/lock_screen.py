"""The lock screen: the passphrase, Unlock (off the GUI thread), and a way back with the code.

A wrong passphrase shows the core's own sentence; so does any other failure
of the background unlock (the busy state always ends). After a few wrong tries in
a row the Unlock button waits a little longer each time; the wait is measured
on the injected clock and re-checked by a short timer.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.clock import Clock
from trustjournal.core.errors import TrustJournalError, WrongPassphrase
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.shell import texts
from trustjournal.ui.shell.capture import texts as capture_texts
from trustjournal.ui.shell.keys.recovery_dialog import RecoveryDialog
from trustjournal.ui.shell.keys.restore_dialog import RestoreDialog
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    busy_bar,
    button,
    button_row,
    card,
    centered,
    heading,
    label,
    link_button,
    passphrase_field,
    show_text,
)
from trustjournal.ui.widgets.icons import icon
from trustjournal.ui.widgets.throttle import UnlockThrottle, wait_text

TICK_MS = 250
OPENING = N_("Opening your journal")


@dataclass(frozen=True)
class LockWords:
    """What the lock screen says: plainly, or (under a neutral title) only that it is locked."""

    name: str
    heading: str
    text: str
    opening: str
    backing_up: str


def lock_words(neutral: bool) -> LockWords:
    """Said when a lock screen is made, so in the language chosen by then."""
    if neutral:
        return LockWords(
            texts.NEUTRAL_LOCKED_HEADING,
            texts.NEUTRAL_LOCKED_HEADING,
            texts.NEUTRAL_LOCKED_TEXT,
            texts.NEUTRAL_OPENING,
            texts.NEUTRAL_BACKING_UP,
        )
    return LockWords(
        _("TrustJournal is locked"),
        _("Welcome back"),
        texts.LOCKED_TEXT,
        _(OPENING),
        texts.BACKING_UP,
    )


class LockScreen(QtWidgets.QWidget):
    unlocked = Signal(object)  # the open Vault
    capture_requested = Signal()  # "Write without opening": the session opens the window

    def __init__(
        self,
        data_dir: str | Path,
        clock: Clock,
        title: str = "TrustJournal",
        neutral: bool = False,
    ) -> None:
        super().__init__()
        self._neutral = neutral
        self.words = lock_words(neutral)
        self.setObjectName("lock_screen")
        self.setAccessibleName(self.words.name)
        self.setWindowTitle(title)
        self._data_dir = Path(data_dir)
        self._clock = clock
        self.throttle = UnlockThrottle(clock)
        self._busy = False
        self._recovery: RecoveryDialog | None = None
        self.key_file_notice: QtWidgets.QMessageBox | None = None
        self._waiting_vault: Vault | None = None
        self.field = passphrase_field("passphrase_field", _("Passphrase"), _("Passphrase"))
        self.unlock_button = button(_("Unlock"), "unlock_button", primary=True, icon_name="lock")
        self.busy = busy_bar("unlock_busy", self.words.opening)
        self.message = label("", "error", "unlock_message")
        self.message.setAccessibleName(_("Message"))
        self.wait = label("", "muted", "unlock_wait")
        self.write_button = link_button(capture_texts.WRITE_WITHOUT_OPENING, "write_button")
        self.write_button.setAccessibleDescription(capture_texts.WRITE_WITHOUT_OPENING_TIP)
        self.forgot_button = link_button(_("Forgot your passphrase?"), "forgot_button")
        self.hard_days_button = link_button(_("When it's hard"), "lock_hard_days_button")
        self._hard_days: QtWidgets.QDialog | None = None
        self.restore_button = link_button(_("Restore from a backup…"), "restore_open_button")
        self.note = label("", "muted", "unlock_note")
        self._restore: RestoreDialog | None = None
        self.tick = QtCore.QTimer(self)
        self.tick.setObjectName("unlock_wait_timer")
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.refresh_wait)
        self._build()
        show_text(self.message, "")
        show_text(self.wait, "")
        show_text(self.note, "")
        self.field.returnPressed.connect(self.try_unlock)
        self.field.textChanged.connect(self._update_button)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.write_button.clicked.connect(self.request_capture)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.hard_days_button.clicked.connect(self.open_hard_days)
        self._add_quit()
        self.restore_button.clicked.connect(self.open_restore)
        self._update_button()

    def _add_quit(self) -> None:
        """Ctrl+Q quits from here too (the lock screen is the app's only window)."""
        action = QtGui.QAction(_("Quit"), self)
        action.setObjectName("lock_quit_action")
        action.setShortcut(QtGui.QKeySequence("Ctrl+Q"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.close)
        self.addAction(action)

    def _build(self) -> None:
        frame, layout = card("lock_card", max_width=460)
        symbol = QtWidgets.QLabel()
        symbol.setPixmap(icon("lock").pixmap(40, 40))
        symbol.setAlignment(Qt.AlignmentFlag.AlignCenter)
        symbol.setAccessibleName(_("Locked"))
        layout.addWidget(symbol)
        title = heading(self.words.heading, "lock_heading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(label(self.words.text, "muted"))
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.wait)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addLayout(button_row(self.unlock_button))
        # Under Unlock, not beside it: there a longer language cut it short at both ends.
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hard_days_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignCenter)
        page = centered(frame)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        self.setTabOrder(self.field, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.write_button)
        self.setTabOrder(self.write_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.hard_days_button)
        self.setTabOrder(self.hard_days_button, self.restore_button)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.field.setFocus()

    def request_capture(self) -> None:
        """No passphrase, no key derivation: the window seals with the public key alone."""
        self.capture_requested.emit()

    # -- unlocking ---------------------------------------------------------------------

    def try_unlock(self) -> None:
        passphrase = self.field.text()
        if self._busy or not passphrase or self.throttle.seconds_left():
            return
        self._set_busy(True)
        show_text(self.message, "")
        folder = self._data_dir
        run_in_background(
            lambda: Vault.unlock(folder, passphrase), self._opened, self._failed, owner=self
        )

    def _opened(self, vault: Vault) -> None:
        self.throttle.record_success()
        self.field.clear()
        self._set_busy(False)
        if vault.opened_through_backup:
            self._offer_key_repair(vault)
            return
        self.unlocked.emit(vault)

    def _offer_key_repair(self, vault: Vault) -> None:
        """journal.key did not open the journal, its backup copy did: say so, offer to mend it.

        The journal opens once the person has answered, whichever way.
        """
        offer = QtWidgets.QMessageBox(self)
        offer.setObjectName("key_file_notice")
        offer.setWindowTitle(_("The key file was damaged or changed"))
        offer.setText(texts.KEY_FILE_NOTICE)
        mend = offer.addButton(_("Yes"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        mend.setObjectName("key_file_notice_yes")
        later = offer.addButton(_("Not now"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("key_file_notice_later")
        offer.setEscapeButton(later)
        offer.finished.connect(self._key_notice_answered)
        self.key_file_notice = offer
        self._waiting_vault = vault
        offer.open()

    def _key_notice_answered(self, _result: int) -> None:
        offer, self.key_file_notice = self.key_file_notice, None
        vault, self._waiting_vault = self._waiting_vault, None
        if offer is None or vault is None:
            return
        if offer.clickedButton() is offer.findChild(QtWidgets.QPushButton, "key_file_notice_yes"):
            # Left as it was if this fails: the next unlock says so and asks again.
            with contextlib.suppress(TrustJournalError, OSError):
                vault.repair_key_file()
        offer.deleteLater()
        self.unlocked.emit(vault)

    def _failed(self, error: TrustJournalError) -> None:
        self.throttle.record_failure()
        self._set_busy(False)
        show_text(self.message, self._sentence_for(error))
        self.field.selectAll()
        self.field.setFocus()
        self.refresh_wait()

    def _sentence_for(self, error: TrustJournalError) -> str:
        """The core's sentence names the journal; under a neutral title a wrong passphrase,
        the one failure anyone nearby may see, is said without it."""
        if self._neutral and isinstance(error, WrongPassphrase):
            return texts.NEUTRAL_NOT_OPENED
        return str(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self._update_button()

    def refresh_wait(self) -> None:
        """Show how long is left to wait, and let Unlock back in once it is over."""
        left = self.throttle.seconds_left()
        show_text(self.wait, wait_text(left) if left else "")
        if left and not self.tick.isActive():
            self.tick.start()
        elif not left:
            self.tick.stop()
        self._update_button()

    def _update_button(self) -> None:
        ready = bool(self.field.text()) and not self._busy and not self.throttle.seconds_left()
        self.unlock_button.setEnabled(ready)

    # -- the way back with the recovery code ----------------------------------------------

    def open_recovery(self) -> None:
        if self._recovery is None:
            self._recovery = RecoveryDialog(self._data_dir, self)
            self._recovery.recovered.connect(self._recovered)
        self._recovery.open()

    def _recovered(self, vault: Vault) -> None:
        self.throttle.record_success()
        self.refresh_wait()
        self.unlocked.emit(vault)

    # -- "When it's hard", without unlocking ----------------------------------------------

    def open_hard_days(self) -> QtWidgets.QDialog:
        """Breathing, grounding and the emergency line; nothing from the journal."""
        from trustjournal.ui.trust.hard_days.window import HardDaysWindow  # only when asked

        if self._hard_days is None:
            self._hard_days = HardDaysWindow(self._clock, self)
        self._hard_days.open()
        return self._hard_days

    @property
    def recovery_dialog(self) -> RecoveryDialog | None:
        return self._recovery

    # -- restoring a backup ------------------------------------------------------------

    def show_note(self, text: str) -> None:
        """A quiet sentence under the field: a restored backup, a daily backup that failed."""
        show_text(self.note, text)

    def show_backup_running(self, running: bool) -> None:
        """After a lock, while today's backup finishes: the journal cannot open meanwhile."""
        self._set_busy(running)
        self.busy.setAccessibleName(self.words.backing_up if running else self.words.opening)
        self.show_note(self.words.backing_up if running else "")
        if running:
            announce(self, self.words.backing_up)

    def backup_finished(self, note: str) -> None:
        """The backup is done (or failed: `note` says so) and the journal is closed."""
        self.show_backup_running(False)
        self.show_note(note)
        announce(self, note or _("Backup written"))
        self.field.setFocus()

    def open_restore(self) -> None:
        if self._busy:
            return
        if self._restore is None:
            self._restore = RestoreDialog(self._data_dir, self._clock, self)
            self._restore.restored.connect(self.show_note)
            self._restore.finished.connect(self._forget_restore)
        self._restore.open()

    def _forget_restore(self) -> None:
        dialog, self._restore = self._restore, None
        if dialog is not None:
            dialog.deleteLater()

    @property
    def restore_dialog(self) -> RestoreDialog | None:
        return self._restore
