"""Writing or changing an unsent letter: its kind (chosen when it is started), a title and
the letter itself. Saved only when the person says so; a lock closes it unsaved, as every
trust dialog (the words never wait anywhere but in the dialog and the database)."""

from __future__ import annotations

from trustjournal.core.journal.disclosure.disclosure_json import letter_kind_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import LETTER_KINDS, Letter
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.disclosure import texts
from trustjournal.ui.widgets.access.labelling import say_what_it_chooses
from trustjournal.ui.widgets.dialog_slot import (
    dialog_layout,
    line,
    save_controls,
    save_or_say,
    short_text,
)

BODY_HEIGHT = 260  # px: room for a few paragraphs before the letter scrolls


def kind_choice(name: str, accessible: str) -> QtWidgets.QComboBox:
    """The kinds of letter, by their names; each item's data is the core's kind."""
    combo = QtWidgets.QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    for kind in LETTER_KINDS:
        combo.addItem(letter_kind_name(kind), kind)
    say_what_it_chooses(combo)
    return combo


class LetterDialog(QtWidgets.QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None = None,
        letter_id: int | None = None,
        kind: str = LETTER_KINDS[0],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterDialog")
        self._journal = journal
        self.letter_id = letter_id
        existing = journal.letters.get(letter_id) if letter_id is not None else None
        self.setWindowTitle(_("Change this letter") if existing else _("A new letter"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        if existing is not None:
            self._fill(existing)

    def _build(self) -> None:
        self.kind = kind_choice("letterKind", _("Kind of letter"))
        self.title_field = line("letterTitle", _("Title of the letter"), _("A title, if you like"))
        self.body = short_text("letterBody", _("The letter"), height=BODY_HEIGHT)
        self.message, self.save_button, self.cancel_button = save_controls(
            self, "letter", self.save
        )
        form = QtWidgets.QFormLayout()
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Title"), self.title_field)
        form.addRow(_("Letter"), self.body)
        buttons = (self.cancel_button, self.save_button)
        dialog_layout(self, form, self.message, buttons, texts.LETTER_HELP, width=640)

    def _fill(self, letter: Letter) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(letter.kind)))
        # A letter keeps its kind (the core changes only its words): shown, not chosen.
        self.kind.setEnabled(False)
        self.title_field.setText(letter.title)
        self.body.setPlainText(letter.body)

    def save(self) -> None:
        save_or_say(self, self.message, self._store)

    def _store(self) -> Letter:
        """Write or change the letter; its id is known before the dialog is accepted."""
        title, body = self.title_field.text(), self.body.toPlainText()
        if self.letter_id is None:
            saved = self._journal.letters.write(str(self.kind.currentData()), title, body)
        else:
            saved = self._journal.letters.update(self.letter_id, title, body)
        self.letter_id = saved.id
        return saved

    def done(self, result: int) -> None:
        """Closed (saved, cancelled, or by a lock): the words leave the dialog at once, not
        only when Qt deletes it on a later turn of the event loop."""
        super().done(result)
        self.title_field.clear()
        self.body.clear()
