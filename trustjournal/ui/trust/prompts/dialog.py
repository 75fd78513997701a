"""Writing or changing one of the person's own prompts: its words and, if they like, a theme."""

from __future__ import annotations

from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.prompts import Prompt
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.dialog_slot import (
    dialog_layout,
    save_controls,
    save_or_say,
    short_text,
)


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
        self.setWindowTitle(_("Change your prompt") if existing else _("Your own prompt"))
        self.setAccessibleName(self.windowTitle())
        self.text = short_text("ownPromptText", _("Your prompt"), height=110)
        self.text.setPlainText(existing.text if existing else "")
        self.theme = QtWidgets.QComboBox()
        self.theme.setObjectName("ownPromptTheme")
        self.theme.setAccessibleName(_("Theme"))
        self.theme.addItem(_("No theme"), None)
        for theme in journal.prompts.library.themes:
            self.theme.addItem(content.theme_label(theme), theme.id)
        if existing is not None and existing.theme is not None:
            self.theme.setCurrentIndex(self.theme.findData(existing.theme))
        self.message, self.save_button, self.cancel_button = save_controls(
            self, "ownPrompt", self.save
        )
        form = QtWidgets.QFormLayout()
        form.addRow(_("Prompt"), self.text)
        form.addRow(_("Theme"), self.theme)
        buttons = (self.cancel_button, self.save_button)
        help_words = _(
            "A question or a gentle nudge you would like to come back to. Only you will see it."
        )
        dialog_layout(self, form, self.message, buttons, help_words, width=620)

    def save(self) -> Prompt | None:
        return save_or_say(self, self.message, self._store)

    def _store(self) -> Prompt:
        theme, words = self.theme.currentData(), self.text.toPlainText()
        if self.prompt_id is not None:
            return self._journal.prompts.update_own(self.prompt_id, words, theme)
        saved = self._journal.prompts.add_own(words, theme)
        self.prompt_id = saved.id
        return saved
