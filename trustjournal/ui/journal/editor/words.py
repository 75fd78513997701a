"""A line of free words (tags, activities) separated by commas, with completion.

Enter, a comma and Tab each finish the word being typed, as tag fields elsewhere do: a person
who presses Enter between "talks" and "evening" means two tags, not "talksevening". Tab
finishes a word only when there is one to finish, so from an empty word it moves focus on
as usual (the field is never a keyboard trap)."""

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.core.journal.vocabulary import tidy_words
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEPARATOR = ", "


class WordsField(QtWidgets.QLineEdit):
    """Completes the word being typed after the last comma from a list of known words.

    `words_wanted` is emitted just before completions are offered, so the list of known
    words can be read only when someone actually types here."""

    words_wanted = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = QtCore.QStringListModel(self)
        self._completer = QtWidgets.QCompleter(self._known, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._complete_with)
        self.textEdited.connect(self._offer_completions)

    def set_known(self, words: Iterable[str]) -> None:
        self._known.setStringList(list(dict.fromkeys(words)))

    def known(self) -> list[str]:
        return list(self._known.stringList())

    def words(self) -> tuple[str, ...]:
        return tidy_words(self.text().split(","))

    def set_words(self, words: Iterable[str]) -> None:
        self.setText(", ".join(words))

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in _ENTER and self._offering():
            # The completer shows us its keys first; left unaccepted, it takes the choice.
            event.ignore()
            return
        if event.key() in _ENTER and self.finish_word():
            return
        if event.key() == Qt.Key.Key_Comma and event.text() == ",":
            self.finish_word()
            return
        super().keyPressEvent(event)

    def event(self, event: QtCore.QEvent) -> bool:
        # Tab reaches focus handling before keyPressEvent, so it is caught here.
        if event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            tab = event.key() == Qt.Key.Key_Tab and plain
            if tab and self._offering():
                event.ignore()  # the completer, which showed us the key, takes the choice
                return False
            if tab and self.finish_word():
                return True
        return super().event(event)

    def finish_word(self) -> bool:
        """Close the word before the cursor with a comma, if there is one to close; says
        whether there was."""
        if not self._current_word():
            return False
        self._hide_completions()
        head = self.text()[: self.cursorPosition()].rstrip()
        tail = self.text()[self.cursorPosition() :].lstrip(", ")
        self.setText(f"{head}{SEPARATOR}{tail}")
        self.setCursorPosition(len(head) + len(SEPARATOR))
        self.textEdited.emit(self.text())
        return True

    def _offering(self) -> bool:
        popup = self._completer.popup()
        return popup is not None and popup.isVisible()

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].rsplit(",", 1)[-1].strip()

    def _offer_completions(self, _text: str) -> None:
        word = self._current_word()
        self.words_wanted.emit()
        if not word:
            self._hide_completions()
            return
        self._completer.setCompletionPrefix(word)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_completions()

    def _hide_completions(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _complete_with(self, word: str) -> None:
        before = self.text()[: self.cursorPosition()].rsplit(",", 1)
        head = before[0] + ", " if len(before) == 2 else ""
        self.setText(f"{head}{word}, {self.text()[self.cursorPosition() :].lstrip(', ')}".rstrip())
        self.textEdited.emit(self.text())
