"""A line of free words (tags, activities) separated by commas, with completion."""

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.core.journal.vocabulary import tidy_words
from trustjournal.ui.qt import Qt, QtCore, QtWidgets, Signal


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
