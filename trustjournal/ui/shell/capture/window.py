"""The capture window: a note sealed to the journal's public key, with the journal locked.

It needs no passphrase and runs no key derivation: sealing reads only the public key
beside the journal (core/vault/inbox/inbox.py, `capture`). It shows the journal it seals
for and the key's fingerprint, and nothing the journal holds: no past entry, no count, no
date. The words live only in the widgets until Save seals them; after Save, Discard or
closing, the widgets are emptied (with their undo history) and the clipboard is cleared of
anything copied from here. Nothing is kept in settings: not even the window's place.

A person closing the window (Escape, or the window's own close button) with words not yet
sealed is asked first, "Keep writing" the default; the app closing it (quitting, a signal
to end) asks nothing, as it must never wait on a question.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.inbox import capture_key, inbox
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.inbox.sealing import Note
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.ui.journal.editor.mood import MoodPicker
from trustjournal.ui.journal.editor.words import WordsField
from trustjournal.ui.qt import Qt, QtGui, QtWidgets, Signal
from trustjournal.ui.shell.capture import texts
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.controls import button, button_row, heading, label, named, show_text

DEFAULT_SIZE = (600, 560)


class CaptureWindow(QtWidgets.QWidget):
    """A window of its own (never a part of the journal's window), closed by Escape."""

    discard_question: QtWidgets.QMessageBox | None = None  # open while it asks

    sealed = Signal()  # a note was sealed into the inbox

    def __init__(
        self,
        data_dir: str | Path,
        title: str = "TrustJournal",
        neutral: bool = False,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("capture_window")
        self.setWindowTitle(title)
        self.setAccessibleName(texts.WRITE_WITHOUT_OPENING)
        self._folder = Path(data_dir)
        self._neutral = neutral
        self.clipboard = ClipboardGuard(self)
        QtGui.QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        self.text = QtWidgets.QPlainTextEdit()
        named(self.text, "capture_text", texts.YOUR_NOTE)
        self.text.setPlaceholderText(texts.NOTE_PLACEHOLDER)
        self.text.setTabChangesFocus(True)  # never a keyboard trap
        self.mood = MoodPicker(self)
        self.mood.setObjectName("capture_mood")
        self.tags = WordsField(self)
        named(self.tags, "capture_tags", _("Tags"))
        self.tags.setPlaceholderText(_("work, family, …"))
        self.status = label("", "muted", "capture_status")
        self.error = label("", "error", "capture_error")
        self.save_button = button(_("Save"), "capture_save_button", primary=True)
        self.discard_button = button(_("Discard"), "capture_discard_button")
        self._build(self._journal_words())
        show_text(self.status, "")
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        self._add_close_key()
        self.resize(*DEFAULT_SIZE)

    def _journal_words(self) -> tuple[str, str]:
        """What the window names: the journal (its folder's name, or nothing under a
        neutral title) and the public key's fingerprint; or why no note can be sealed."""
        named_as = "" if self._neutral else texts.SEALED_FOR.format(journal=self._folder.name)
        try:
            key = capture_key.read_public_key(VaultPaths(self._folder))
        except TrustJournalError as error:
            show_text(self.error, str(error))
            return named_as, ""
        show_text(self.error, "")
        return named_as, key.fingerprint

    def _build(self, journal: tuple[str, str]) -> None:
        named_as, fingerprint = journal
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading(texts.WRITE_WITHOUT_OPENING, "capture_heading"))
        intro = texts.CAPTURE_INTRO_NEUTRAL if self._neutral else texts.CAPTURE_INTRO
        layout.addWidget(label(intro, "muted", "capture_intro"))
        journal_name = label("", "muted", "capture_journal")
        show_text(journal_name, named_as)
        layout.addWidget(journal_name)
        key = label(texts.KEY_FINGERPRINT.format(fingerprint=fingerprint), "muted", "capture_key")
        key.setAccessibleName(texts.KEY_FINGERPRINT_SPOKEN.format(fingerprint=fingerprint))
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setVisible(bool(fingerprint))
        layout.addWidget(key)
        layout.addWidget(self.text, 1)
        layout.addWidget(label(_("Mood"), "subheading"))
        layout.addWidget(self.mood)
        layout.addWidget(label(_("Tags"), "subheading"))
        layout.addWidget(self.tags)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(button_row(self.discard_button, self.save_button))

    def _add_close_key(self) -> None:
        close = QtGui.QAction(_("Close"), self)
        close.setObjectName("capture_close_action")
        close.setShortcut(QtGui.QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        close.triggered.connect(self.close_asking)
        self.addAction(close)

    def close_asking(self) -> None:
        """Escape: closes at once with nothing written; with words, asks first."""
        if self._words_unsealed():
            self._ask_before_discarding()
        else:
            self.close()

    def _words_unsealed(self) -> bool:
        return bool(self.text.toPlainText().strip())

    def _ask_before_discarding(self) -> None:
        if self.discard_question is not None:
            return  # asked already, still open
        question = QtWidgets.QMessageBox(self)
        question.setObjectName("capture_discard_question")
        question.setIcon(QtWidgets.QMessageBox.Icon.Question)
        question.setWindowTitle(texts.DISCARD_NOTE_TITLE)
        question.setText(texts.DISCARD_NOTE_QUESTION)
        discard = question.addButton(_("Discard"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("capture_discard_confirm")
        keep = question.addButton(texts.KEEP_WRITING, QtWidgets.QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("capture_keep_writing")
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        question.finished.connect(self._discard_answered)
        self.discard_question = question
        question.open()

    def _discard_answered(self, _result: int) -> None:
        question, self.discard_question = self.discard_question, None
        if question is None:
            return
        chosen = question.clickedButton()
        question.deleteLater()
        if chosen is not None and chosen.objectName() == "capture_discard_confirm":
            self.discard()
        else:
            self.activateWindow()
            self.text.setFocus()

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.text.setFocus()

    # -- sealing ---------------------------------------------------------------------------

    def note(self) -> Note:
        return Note(
            text=self.text.toPlainText(),
            written_at=inbox.moment_now(),
            mood=self.mood.mood(),
            tags=self.tags.words(),
        )

    def save(self) -> bool:
        """Seal the note; on success the window empties itself and says so."""
        try:
            inbox.capture(self._folder, self.note())
        except TrustJournalError as error:
            show_text(self.status, "")
            show_text(self.error, str(error))
            announce(self, str(error), urgent=True)
            return False
        self.empty()
        sealed = texts.SEALED_NEUTRAL if self._neutral else inbox_texts.SEALED
        show_text(self.error, "")
        show_text(self.status, sealed)
        announce(self, sealed)
        self.sealed.emit()
        self.text.setFocus()
        return True

    def discard(self) -> None:
        """Nothing is sealed; the words go and the window closes."""
        self.empty()
        self.close()

    def empty(self) -> None:
        """The text (and its undo history: setPlainText clears it), mood and tags gone."""
        self.text.setPlainText("")
        self.mood.set_mood(None)
        self.tags.setText("")
        self.tags.setModified(False)

    def _clipboard_changed(self) -> None:
        """A copy or cut from the note: the clipboard now holds a piece of its text (a cut
        takes the text away only after the clipboard has it). The guard remembers it by
        hash, even when no window has the focus (the guard alone looks for focus)."""
        held = QtGui.QGuiApplication.clipboard().text()
        if held and held in self.text.toPlainText():
            self.clipboard.remember(held)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 (Qt API)
        # Spontaneous: from the window system (its close button, Alt+F4), a person's close.
        if event.spontaneous() and self._words_unsealed():
            event.ignore()
            self._ask_before_discarding()
            return
        self._put_question_away()
        self.empty()
        show_text(self.status, "")
        self.clipboard.clear_if_ours()
        super().closeEvent(event)

    def _put_question_away(self) -> None:
        """Closed while asking (the app quitting): the question goes with the words."""
        question, self.discard_question = self.discard_question, None
        if question is not None:
            question.finished.disconnect(self._discard_answered)
            question.close()
            question.deleteLater()
