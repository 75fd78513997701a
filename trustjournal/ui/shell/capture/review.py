"""The review at unlock: "Written while the journal was locked", each note's time and first
line; keep all, keep the chosen, or discard the chosen (core/journal/sealed_notes.py).

Nothing is kept by itself: anyone who can write to the journal's folder could leave a
note there, so the person sees every one first. A file that did not open is named with
the core's reason (it has been set aside already; the journal itself is fine). After
keeping or discarding, the dialog says what overwriting a file cannot promise on an SSD.
Notes left unticked simply wait for the next unlock.

Kept notes become entries at once, in one transaction on the GUI thread (the journal's
pages hear of them there); overwriting and removing the files, seconds for a thousand
notes on some disks, runs through the app's background helper with the dialog
responsive. Closing the dialog (or a lock) stops that removal between two files; the
next review finishes it (core/journal/sealed_notes.py).
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
from trustjournal.core.vault.inbox.inbox import WaitingNote
from trustjournal.ui.qt import Qt, QtGui, QtWidgets
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
        self._stop_removing = threading.Event()  # set when the dialog closes
        self.removing = False  # files being overwritten and removed in the background
        intake = self._review.open()
        self.list = QtWidgets.QListWidget(self)
        self.list.setObjectName("review_list")
        self.list.setAccessibleName(texts.REVIEW_TITLE)
        # Each first line whole, wrapped: never scrolled sideways out of sight.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        said_when = dates_and_times()
        for waiting in intake.notes:
            self.list.addItem(_item(waiting, said_when))
        self.set_aside = label(
            "\n".join(aside.sentence for aside in intake.set_aside), "error", "review_set_aside"
        )
        self.outcome = label("", "muted", "review_result")
        # The capture key beside the journal was changed and has been put right (at unlock).
        self.key_mended = label(inbox_texts.KEY_MENDED, "error", "review_key_mended")
        self.keep_all_button = button(_("Keep all"), "review_keep_all", primary=True)
        self.keep_button = button(texts.KEEP_CHOSEN, "review_keep_chosen")
        self.discard_button = button(texts.DISCARD_CHOSEN, "review_discard_chosen")
        self.close_button = button(_("Close"), "review_close")
        self._build(journal)
        show_text(self.set_aside, self.set_aside.text())
        show_text(self.key_mended, inbox_texts.KEY_MENDED if key_mended else "")
        show_text(self.outcome, "")
        self.keep_all_button.clicked.connect(self.keep_all)
        self.keep_button.clicked.connect(self.keep_chosen)
        self.discard_button.clicked.connect(self.discard_chosen)
        self.close_button.clicked.connect(self.accept)
        self._update_buttons()
        self.setMinimumWidth(680)

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
        announce(self, self._opening_words())
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)

    def _opening_words(self) -> str:
        said = texts.notes_waiting(self.list.count()) if self.list.count() else texts.REVIEW_TITLE
        return f"{said} {self.key_mended.text()}".strip()

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
        if not notes:
            show_text(self.outcome, texts.NONE_CHOSEN)
            return
        try:
            self._review.keep_entries(notes)
        except TrustJournalError as error:
            self._say_failure(error)
            return
        self._remove_files(notes, inbox_texts.notes_kept(len(notes)))

    def _remove_files(self, notes: list[WaitingNote], words: str) -> None:
        """The notes leave the list at once; their files go off the GUI thread."""
        self._remove_from_list(notes)
        if not self.list.count():
            words = f"{words} {texts.ALL_REVIEWED}"
        show_text(self.outcome, f"{words}\n{texts.REMOVING_FILES}")
        announce(self, words)
        self.removing = True
        self._update_buttons()
        stop = self._stop_removing
        run_in_background(
            lambda: SealedNotes.remove_files(notes, stop.is_set),
            lambda _none: self._files_removed(words),
            self._removal_failed,
            owner=self,
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
        """Closing stops a removal under way between two files (the next review ends it)."""
        self._stop_removing.set()
        super().done(result)

    def _remove_from_list(self, notes: Sequence[WaitingNote]) -> None:
        gone = {note.path for note in notes}
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(_NOTE_ROLE).path in gone:
                self.list.takeItem(row)

    def _update_buttons(self) -> None:
        some = self.list.count() > 0 and not self.removing  # one removal at a time
        for action in (self.keep_all_button, self.keep_button, self.discard_button):
            action.setEnabled(some)
        if not some:
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
