"""Handing the screen to the check-in together, and taking it back.

The owner's passphrase is asked first (over the journal's window, in the session's one
dialog slot); only then are the pages saved and emptied and the journal's window hidden
behind the together window. However the flow ends, the session hears `ended` and locks:
the journal needs the passphrase again. A lock or quit mid-flow takes the screen back
without a word (`take_back`): the answers so far are dropped, nothing unsaved is kept.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from trustjournal.core.clock import Clock
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtCore, Signal
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.start import OwnerCheckDialog
from trustjournal.ui.widgets.dialog_slot import DialogSlot
from trustjournal.ui.widgets.throttle import UnlockThrottle


class TogetherHandoff(QtCore.QObject):
    confirmed = Signal()  # the owner's passphrase was right: the session may hand over
    ended = Signal()  # the flow ended by itself: the session locks

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        dialogs: DialogSlot,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.clock = clock
        self.dialogs = dialogs
        # One for the session, so closing and reopening the check does not reset the wait.
        self.throttle = UnlockThrottle(clock)
        self.window: TogetherWindow | None = None  # while a check-in together runs

    @property
    def owner_check(self) -> OwnerCheckDialog | None:
        return self.dialogs.current(OwnerCheckDialog)

    def ask_owner(self, over: MainWindow) -> None:
        """Ask for the owner's passphrase over the journal's window (once at a time)."""
        if self.window is not None:
            return
        dialog = OwnerCheckDialog(self.data_dir, self.throttle, over)
        dialog.confirmed.connect(self.confirmed)
        self.dialogs.open(dialog)

    def hand_over(self, journal: Journal, main: MainWindow, title: str) -> None:
        """Save and empty every page and hide the journal's window before the flow shows."""
        with contextlib.suppress(TrustJournalError):  # the editor says so itself
            main.save_pending()
        main.clear_for_lock()
        together = TogetherWindow(journal, self.clock, title)
        together.setGeometry(main.geometry())
        together.ended.connect(self._end)
        self.window = together
        together.show()
        main.hide()
        together.raise_()
        together.activateWindow()

    def take_back(self) -> None:
        """A lock or quit mid-flow: the together window goes, its answers with it."""
        together, self.window = self.window, None
        if together is not None:
            together.close()
            together.deleteLater()

    def bring_to_front(self) -> bool:
        """Show the flow again if one runs (the journal stays locked away meanwhile)."""
        if self.window is None:
            return False
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        return True

    def _end(self) -> None:
        together, self.window = self.window, None
        if together is None:
            return  # already being taken back by a lock
        together.deleteLater()
        self.ended.emit()
