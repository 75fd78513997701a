"""Writing or changing one of the person's own prompts: its words and, if they like, a theme."""

from __future__ import annotations

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.prompts import Prompt
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.dialog_slot import save_controls, save_or_say
from trustjournal.ui.widgets.controls import button_row, heading, label

HELP = "A question or a gentle nudge you would like to come back to. Only you will see it."


class OwnPromptDialog(QtWidgets.QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None = None,
        prompt_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ownPromptDialog")
        self._journal = journal
        self.prompt_id = prompt_id
        existing = journal.prompts.get(prompt_id) if prompt_id is not None else None
        self.setWindowTitle("Change your prompt" if existing else "Your own prompt")
        self.setAccessibleName(self.windowTitle())
        self.text = QtWidgets.QPlainTextEdit(existing.text if existing else "")
        self.text.setObjectName("ownPromptText")
        self.text.setAccessibleName("Your prompt")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(110)
        self.theme = QtWidgets.QComboBox()
        self.theme.setObjectName("ownPromptTheme")
        self.theme.setAccessibleName("Theme")
        self.theme.addItem("No theme", None)
        for theme in journal.prompts.library.themes:
            self.theme.addItem(theme.label, theme.id)
        if existing is not None and existing.theme is not None:
            self.theme.setCurrentIndex(self.theme.findData(existing.theme))
        self.message, self.save_button, self.cancel_button = save_controls(
            self, "ownPrompt", self.save
        )
        form = QtWidgets.QFormLayout()
        form.addRow("Prompt", self.text)
        form.addRow("Theme", self.theme)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle()))
        layout.addWidget(label(HELP, "muted"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(button_row(self.cancel_button, self.save_button))
        self.setMinimumWidth(620)

    def save(self) -> Prompt | None:
        return save_or_say(self, self.message, self._store)

    def _store(self) -> Prompt:
        theme, words = self.theme.currentData(), self.text.toPlainText()
        if self.prompt_id is not None:
            return self._journal.prompts.update_own(self.prompt_id, words, theme)
        saved = self._journal.prompts.add_own(words, theme)
        self.prompt_id = saved.id
        return saved
