"""The review at unlock: "Written while the journal was locked", each note's time and first
line; keep all, keep the chosen, or discard the chosen (core/journal/sealed_notes.py).

Nothing is kept by itself: anyone who can write to the journal's folder could leave a
note there, so the person sees every one first. A file that did not open is named with
the core's reason (it has been set aside already; the journal itself is fine). After
keeping or discarding, the dialog says what overwriting a file cannot promise on an SSD.
Notes left unticked simply wait for the next unlock.
"""

from __future__ import annotations

import contextlib
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
from trustjournal.ui.widgets.controls import (
    button,
    button_row,
    confirmed,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.dates import date_and_time

_NOTE_ROLE = Qt.ItemDataRole.UserRole
_Act = Callable[[Sequence[WaitingNote]], object]  # SealedNotes.keep or .discard
_Said = Callable[[int], str]  # what was done, counted


def notes_waiting(journal: Journal) -> bool:
    """Whether a review is worth opening: some file waits in the inbox (names alone)."""
    return SealedNotes(journal).count() > 0


class NotesReview(QtWidgets.QDialog):
    """Opens every waiting note when made; keeps or discards what the person chooses."""

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_review")
        self.setWindowTitle(texts.REVIEW_TITLE)
        self.setAccessibleName(texts.REVIEW_TITLE)
        self._review = SealedNotes(journal)
        intake = self._review.open()
        self.list = QtWidgets.QListWidget(self)
        self.list.setObjectName("review_list")
        self.list.setAccessibleName(texts.REVIEW_TITLE)
        # Each first line whole, wrapped: never scrolled sideways out of sight.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QtWidgets.QListView.ResizeMode.Adjust)
        for waiting in intake.notes:
            self.list.addItem(_item(waiting))
        self.set_aside = label(
            "\n".join(aside.sentence for aside in intake.set_aside), "error", "review_set_aside"
        )
        self.outcome = label("", "muted", "review_result")
        self.keep_all_button = button(_("Keep all"), "review_keep_all", primary=True)
        self.keep_button = button(texts.KEEP_CHOSEN, "review_keep_chosen")
        self.discard_button = button(texts.DISCARD_CHOSEN, "review_discard_chosen")
        self.close_button = button(_("Close"), "review_close")
        self._build(journal)
        show_text(self.set_aside, self.set_aside.text())
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
        if self.list.count():
            return texts.notes_waiting(self.list.count())
        return texts.REVIEW_TITLE

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
        self._act(notes, self._review.discard, inbox_texts.notes_discarded)

    def _keep(self, notes: list[WaitingNote]) -> None:
        if not notes:
            show_text(self.outcome, texts.NONE_CHOSEN)
            return
        self._act(notes, self._review.keep, inbox_texts.notes_kept)

    def _act(self, notes: list[WaitingNote], act: _Act, said: _Said) -> None:
        try:
            act(notes)
        except TrustJournalError as error:
            show_text(self.outcome, str(error))
            announce(self, str(error), urgent=True)
            return
        self._remove_from_list(notes)
        words = said(len(notes))
        if not self.list.count():
            words = f"{words} {texts.ALL_REVIEWED}"
        show_text(self.outcome, f"{words}\n{inbox_texts.REMOVAL_LIMIT}")
        announce(self, words)
        self._update_buttons()

    def _remove_from_list(self, notes: Sequence[WaitingNote]) -> None:
        gone = {note.path for note in notes}
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(_NOTE_ROLE).path in gone:
                self.list.takeItem(row)

    def _update_buttons(self) -> None:
        some = self.list.count() > 0
        for action in (self.keep_all_button, self.keep_button, self.discard_button):
            action.setEnabled(some)
        if not some:
            self.close_button.setDefault(True)
            self.close_button.setFocus()


def _item(waiting: WaitingNote) -> QtWidgets.QListWidgetItem:
    """A note as a tickable line: its time in the person's locale and its first line."""
    words = texts.NOTE_LINE.format(
        moment=date_and_time(waiting.note.written_at.astimezone()),
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
