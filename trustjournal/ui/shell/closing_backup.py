"""Today's automatic backup at lock or quit, off the GUI thread, then the journal closed.

At a lock the journal is already put away and the lock screen shows while the
backup runs on the one background helper; the vault closes only when it is
done, so a backup never runs on a closed vault. At quit the app waits for it
(`wait`), showing a short status. A failure ends in one plain sentence, shown
on the lock screen and kept for Settings until a backup succeeds.
"""

from __future__ import annotations

import contextlib

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.backups import (
    LastBackup,
    record_backup,
    record_problem,
    write_backup,
)
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.widgets.background import run_in_background, wait_for_all
from trustjournal.ui.widgets.controls import label

FAILED = N_("Today's backup could not be made, but your journal is safe. {reason}")
MAKING = N_("Making today's backup…")
STATUS_SIZE = QtCore.QSize(360, 110)


class ClosingBackup(QtCore.QObject):
    """Runs once: the backup, `journal.close()`, then `finished(note)` ('' if all went well)."""

    finished = Signal(str)

    def __init__(self, journal: Journal, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._journal: Journal | None = journal

    @property
    def running(self) -> bool:
        return self._journal is not None

    def start(self) -> None:
        journal = self._journal
        assert journal is not None
        run_in_background(
            lambda: write_backup(journal, prune=True), self._made, self._failed, owner=self
        )

    def _made(self, made: LastBackup) -> None:
        if self._journal is not None:
            with contextlib.suppress(TrustJournalError):  # the backup itself is on disk
                record_backup(self._journal, made)
        self._close("")

    def _failed(self, error: TrustJournalError) -> None:
        note = _(FAILED).format(reason=error)
        if self._journal is not None:
            with contextlib.suppress(TrustJournalError):
                record_problem(self._journal, note)
        self._close(note)

    def _close(self, note: str) -> None:
        journal, self._journal = self._journal, None
        if journal is None:
            return
        try:
            journal.close()
        finally:  # whoever waits (the lock screen, quitting) hears the end either way
            self.finished.emit(note)

    def wait(self) -> None:
        """Block until done (at quit), keeping the window painted meanwhile."""
        if not self.running:
            return
        status = _status_window()
        loop = QtCore.QEventLoop()
        self.finished.connect(loop.quit)
        if self.running:
            loop.exec()
        if self.running:  # the app's loop is ending, and a nested loop returns at once then
            wait_for_all()
            QtCore.QCoreApplication.sendPostedEvents()  # delivers the answer: the close
        status.close()
        status.deleteLater()


def _status_window() -> QtWidgets.QWidget:
    """A small window in the middle of the screen, above the emptied journal window."""
    window = QtWidgets.QWidget(None, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
    window.setObjectName("closing_backup_status")
    window.setWindowTitle("TrustJournal")
    layout = QtWidgets.QVBoxLayout(window)
    layout.setContentsMargins(28, 24, 28, 24)
    text = label(_(MAKING), "", "closing_backup_text")
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(text)
    window.resize(STATUS_SIZE)
    screen = QtGui.QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.move(area.center() - window.rect().center())
    window.show()
    return window
