"""Settings' "Language": follow the computer, English, or a language TrustJournal speaks
well enough to offer (core/language/offered.py), each named in its own language. The
choice is kept in the app's plain settings and taken at the next start, which a plain
note says as soon as another language is picked.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.settings import language
from trustjournal.ui.shell.settings.preferences import SYSTEM_LANGUAGE, Preferences
from trustjournal.ui.widgets.access.labelling import say_what_it_chooses
from trustjournal.ui.widgets.controls import label, show_text
from trustjournal.ui.widgets.languages import language_choices


class LanguageChoice(QtWidgets.QWidget):
    """The choice, the restart note and, when the language chosen could not be spoken,
    the one line that says so."""

    def __init__(self, preferences: Preferences, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._at_start = preferences.language()
        self.combo = QtWidgets.QComboBox()
        self.combo.setObjectName("language_choice")
        self.combo.setAccessibleName(_("Language"))
        say_what_it_chooses(self.combo)  # its form label names the row, not the combo
        self.combo.addItem(_("Same as my computer"), SYSTEM_LANGUAGE)
        for code, name in language_choices():
            self.combo.addItem(name, code)
        restart = _("Restart TrustJournal to finish changing the language.")
        self.note = label(restart, "muted", "language_restart_note")
        self.problem = label("", "error", "language_problem")
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.combo, self.note, self.problem):
            column.addWidget(widget)
        self.load()
        self.combo.currentIndexChanged.connect(self._say_restart)

    def load(self) -> None:
        index = self.combo.findData(self._preferences.language())
        if index < 0:  # chosen once, no longer offered: say so, keep it until changed
            self.combo.addItem(self._preferences.language(), self._preferences.language())
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.note.setVisible(False)
        show_text(self.problem, language.problem() or "")

    def chosen(self) -> str:
        return str(self.combo.currentData())

    def save(self) -> None:
        self._preferences.set_language(self.chosen())

    def _say_restart(self) -> None:
        self.note.setVisible(self.chosen() != self._at_start)
