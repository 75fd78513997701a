"""The review at unlock: "Written while the journal was locked", each note's time and first
line; keep all, keep the chosen, or discard the chosen (core/journal/sealed_notes.py).

Nothing is kept by itself: anyone who can write to the journal's folder could leave a
note there, so the person sees every one first. A file that did not open is named with
the core's reason (it has been set aside already; the journal itself is fine). After
keeping or discarding, the dialog says what overwriting a file cannot promise on an SSD.
Notes left unticked simply wait for the next unlock.

Nothing slow runs on the GUI thread, so 10,000 waiting notes never freeze the app: the
dialog shows at once and says it is opening them (the capture keys read here, the files
read and opened on the app's background helper, "already kept" checked back here); the
kept notes' entries are written on the helper in one transaction, and the one change
report the journal's pages hear is published back here; overwriting and removing the
files, seconds for a thousand notes on some disks, runs on the helper too. Closing the
dialog (or a lock) stops each of them: an opening between two files (its answer
dropped), a keep rolled back whole (the notes wait for the next review), a removal
between two files (the next review finishes it: core/journal/sealed_notes.py). While the
entries are written, the dialog closes only for a lock (`force_close`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Sequence

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.sealed_notes import SealedNotes
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.inbox import capture_key
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.inbox.inbox import Intake, WaitingNote
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.capture import texts
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.background import run_in_background
from trustjournal.ui.widgets.controls import (
    button,
    button_row,
    confirmed,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.dates import dates_and_times

_NOTE_ROLE = Qt.ItemDataRole.UserRole
# Lines made a turn of the event loop: about 20 ms of the GUI thread on a busy machine, so
# the window answers between them while 10,000 are listed (0.7 s made in one go).
_LINES_A_TURN = 250


def notes_waiting(journal: Journal) -> bool:
    """Whether a review is worth opening: some file waits in the inbox (names alone)."""
    return SealedNotes(journal).count() > 0


class NotesReview(QtWidgets.QDialog):
    """Opens every waiting note when made; keeps or discards what the person chooses."""

    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None = None,
        key_mended: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notes_review")
        self.setWindowTitle(texts.REVIEW_TITLE)
        self.setAccessibleName(texts.REVIEW_TITLE)
        self._review = SealedNotes(journal)
        self._stop = threading.Event()  # set when the dialog closes: the helper's work stops
        self.removing = False  # files being overwritten and removed in the background
        self.keeping = False  # entries being written in the background
        self.opening_now = True  # the notes being opened in the background
        self.list = QtWidgets.QListWidget(self)
        self.list.setObjectName("review_list")
        self.list.setAccessibleName(texts.REVIEW_TITLE)
        # Each first line whole, wrapped: never scrolled sideways out of sight.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        # Laid out a batch at a time (10,000 wrapped lines at once held the GUI thread 0.5 s).
        self.list.setLayoutMode(QtWidgets.QListView.LayoutMode.Batched)
        self.list.setBatchSize(_LINES_A_TURN)
        self._to_list: tuple[WaitingNote, ...] = ()
        self._said_when = dates_and_times()
        self._filling = QtCore.QTimer(self)  # lists the opened notes a few hundred a turn
        self._filling.setInterval(0)
        self._filling.timeout.connect(self._list_some)
        waiting = self._review.count()
        self.opening = label(texts.opening_notes(waiting), "muted", "review_opening")
        self.set_aside = label("", "error", "review_set_aside")
        self.outcome = label("", "muted", "review_result")
        # The capture key beside the journal was changed and has been put right (at unlock).
        self.key_mended = label(inbox_texts.KEY_MENDED, "error", "review_key_mended")
        self.keep_all_button = button(_("Keep all"), "review_keep_all", primary=True)
        self.keep_button = button(texts.KEEP_CHOSEN, "review_keep_chosen")
        self.discard_button = button(texts.DISCARD_CHOSEN, "review_discard_chosen")
        self.close_button = button(_("Close"), "review_close")
        self._build(journal)
        show_text(self.opening, texts.opening_notes(waiting) if waiting else "")
        show_text(self.set_aside, "")
        show_text(self.key_mended, inbox_texts.KEY_MENDED if key_mended else "")
        show_text(self.outcome, "")
        self.keep_all_button.clicked.connect(self.keep_all)
        self.keep_button.clicked.connect(self.keep_chosen)
        self.discard_button.clicked.connect(self.discard_chosen)
        self.close_button.clicked.connect(self.accept)
        self._update_buttons()
        self.setMinimumWidth(680)
        self._start_opening()

    def _build(self, journal: Journal) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading(texts.REVIEW_TITLE, "review_heading"))
        layout.addWidget(label(texts.REVIEW_INTRO, "muted", "review_intro"))
        fingerprint = _fingerprint(journal)
        if fingerprint:
            words = texts.REVIEW_KEY.format(fingerprint=fingerprint)
            layout.addWidget(label(words, "muted", "review_key"))
        layout.addWidget(self.key_mended)
        layout.addWidget(self.opening)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.set_aside)
        layout.addWidget(self.outcome)
        layout.addLayout(
            button_row(
                self.keep_all_button,
                self.keep_button,
                self.discard_button,
                leading=self.close_button,
            )
        )

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self.opening_now:
            said = self.opening.text() or texts.REVIEW_TITLE
            announce(self, f"{said} {self.key_mended.text()}".strip())
        self.list.setFocus()

    # -- opening, on the helper ------------------------------------------------------------

    def _start_opening(self) -> None:
        """The keys are read here (the database's thread); the files are read and opened on
        the helper, which stops between two files once the dialog closes."""
        try:
            open_files = self._review.opener()
        except TrustJournalError as error:
            self._opening_failed(error)
            return
        stop = self._stop
        run_in_background(
            lambda: open_files(stop.is_set), self._opened, self._opening_failed, owner=self
        )

    def _opened(self, intake: Intake) -> None:
        if self._stop.is_set():
            return  # closed meanwhile (a lock): the answer is dropped, the notes wait
        try:
            shown, kept_already = self._review.sort_out(intake)
        except TrustJournalError as error:
            self._opening_failed(error)
            return
        show_text(self.set_aside, "\n".join(aside.sentence for aside in intake.set_aside))
        if kept_already:  # a crash came before their files went: only removed, never shown
            self._remove_in_background(kept_already, self._ignore, self._removal_failed)
        self._to_list = shown.notes
        self._filling.start()

    def _list_some(self) -> None:
        """The next few hundred opened notes into the list; the last turn says how many."""
        if self._stop.is_set():
            self._filling.stop()
            return
        start = self.list.count()
        for waiting in self._to_list[start : start + _LINES_A_TURN]:
            self.list.addItem(_item(waiting, self._said_when))
        if self.list.count() < len(self._to_list):
            return
        self._filling.stop()
        self._to_list = ()
        self.opening_now = False
        show_text(self.opening, "")
        self._update_buttons()
        if self.list.count():
            announce(self, texts.notes_waiting(self.list.count()))
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _opening_failed(self, error: TrustJournalError) -> None:
        if self._stop.is_set():
            return
        self.opening_now = False
        show_text(self.opening, "")
        self._say_failure(error)
        self._update_buttons()

    @staticmethod
    def _ignore(_none: object) -> None:
        """Files of notes kept before are gone: there is nothing to say."""

    # -- choosing ------------------------------------------------------------------------

    def waiting(self) -> list[WaitingNote]:
        return [self.list.item(row).data(_NOTE_ROLE) for row in range(self.list.count())]

    def chosen(self) -> list[WaitingNote]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            item.data(_NOTE_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked
        ]

    def keep_all(self) -> None:
        self._keep(self.waiting())

    def keep_chosen(self) -> None:
        self._keep(self.chosen())

    def discard_chosen(self) -> None:
        notes = self.chosen()
        if not notes:
            show_text(self.outcome, texts.NONE_CHOSEN)
            return
        if not confirmed(self, texts.DISCARD_CHOSEN, texts.DISCARD_QUESTION):
            return
        self._remove_files(notes, inbox_texts.notes_discarded(len(notes)))

    def _keep(self, notes: list[WaitingNote]) -> None:
        """The entries are written on the helper in one transaction (seconds for 10,000);
        the change report goes to the journal's pages once, back here."""
        if not notes:
            show_text(self.outcome, texts.NONE_CHOSEN)
            return
        self.keeping = True
        show_text(self.outcome, texts.keeping_notes(len(notes)))
        self._update_buttons()
        review, stop = self._review, self._stop
        run_in_background(
            lambda: review.keep_entries(notes, stop.is_set, announce=False),
            lambda ids: self._kept(notes, ids),
            self._keep_failed,
            owner=self,
        )

    def _kept(self, notes: list[WaitingNote], ids: tuple[int, ...]) -> None:
        self.keeping = False
        if self._stop.is_set():
            return  # a lock came as the last entry was written: the next unlock shows them
        self._review.announce_kept(ids)
        self._remove_files(notes, inbox_texts.notes_kept(len(notes)))

    def _keep_failed(self, error: TrustJournalError) -> None:
        self.keeping = False
        if self._stop.is_set():
            return  # stopped by a lock: rolled back, nothing to say to a closed dialog
        self._say_failure(error)
        self._update_buttons()

    def _remove_files(self, notes: list[WaitingNote], words: str) -> None:
        """The notes leave the list at once; their files go off the GUI thread."""
        self._remove_from_list(notes)
        if not self.list.count():
            words = f"{words} {texts.ALL_REVIEWED}"
        show_text(self.outcome, f"{words}\n{texts.REMOVING_FILES}")
        announce(self, words)
        self.removing = True
        self._update_buttons()
        self._remove_in_background(
            notes, lambda _none: self._files_removed(words), self._removal_failed
        )

    def _remove_in_background(
        self,
        notes: Sequence[WaitingNote],
        on_done: Callable[[None], None],
        on_error: Callable[[TrustJournalError], None],
    ) -> None:
        stop = self._stop
        run_in_background(
            lambda: SealedNotes.remove_files(notes, stop.is_set), on_done, on_error, owner=self
        )

    def _files_removed(self, words: str) -> None:
        self.removing = False
        with contextlib.suppress(TrustJournalError):  # tried again at the next removal
            self._review.forget_unneeded_keys()
        show_text(self.outcome, f"{words}\n{inbox_texts.REMOVAL_LIMIT}")
        self._update_buttons()

    def _removal_failed(self, error: TrustJournalError) -> None:
        self.removing = False
        self._say_failure(error)
        self._update_buttons()

    def _say_failure(self, error: TrustJournalError) -> None:
        show_text(self.outcome, str(error))
        announce(self, str(error), urgent=True)

    def done(self, result: int) -> None:
        """Closing stops the helper's work: an opening or a removal between two files (the
        next review ends it), a keep rolled back whole."""
        self._stop.set()
        super().done(result)

    def reject(self) -> None:
        """Escape and the window's close button wait while the entries are written (a few
        seconds for 10,000): the person asked for them to be kept."""
        if not self.keeping:
            super().reject()

    def force_close(self) -> None:
        """Closed from outside (a lock, another dialog): even while keeping, which then
        rolls back whole; the notes wait for the next review."""
        super().reject()

    def _remove_from_list(self, notes: Sequence[WaitingNote]) -> None:
        if len(notes) == self.list.count():  # all of them (row by row: 0.2 s for 10,000)
            self.list.clear()
            return
        gone = {note.path for note in notes}
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(_NOTE_ROLE).path in gone:
                self.list.takeItem(row)

    def _update_buttons(self) -> None:
        busy = self.opening_now or self.keeping or self.removing  # one piece of work at a time
        some = self.list.count() > 0 and not busy
        for action in (self.keep_all_button, self.keep_button, self.discard_button):
            action.setEnabled(some)
        self.close_button.setEnabled(not self.keeping)
        if not some and not (self.opening_now or self.keeping):
            self.close_button.setDefault(True)
            self.close_button.setFocus()


def _item(
    waiting: WaitingNote, said_when: Callable[[dt.datetime], str]
) -> QtWidgets.QListWidgetItem:
    """A note as a tickable line: its time in the person's locale and its first line."""
    words = texts.NOTE_LINE.format(
        moment=said_when(waiting.note.written_at.astimezone()),
        first_line=waiting.note.first_line,
    )
    item = QtWidgets.QListWidgetItem(words)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    item.setData(_NOTE_ROLE, waiting)
    return item


def _fingerprint(journal: Journal) -> str:
    """The public key's fingerprint, as the capture window showed it ('' if unreadable)."""
    with contextlib.suppress(TrustJournalError):
        return capture_key.read_public_key(journal.vault.paths).fingerprint
    return ""
