"""The Disclosure place's unsent letters: an impact letter, an amends or restitution
letter, a letter to yourself (and the involved partner's disclosure letter draft). Kept
in the journal as letters, apart from the entries; listed, opened, changed and deleted
here, with Undo until the journal locks. What they are for is said before the list.
"""

from __future__ import annotations

from trustjournal.core.changes import Topic
from trustjournal.core.journal.disclosure.disclosure_json import letter_kind_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import DISCLOSURE_LETTER, LETTER_KINDS, Letter
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust.disclosure import texts
from trustjournal.ui.trust.disclosure.letter_dialog import LetterDialog, kind_choice
from trustjournal.ui.trust.timeline.data import short_day
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import button, card, confirmed, label, show_text
from trustjournal.ui.widgets.dialog_slot import DialogSlot

ID_ROLE = Qt.ItemDataRole.UserRole


def letter_row(letter: Letter) -> str:
    """A letter in the list (and what a screen reader says of it): kind, title, last change."""
    return texts.LETTER_ROW.format(
        kind=letter_kind_name(letter.kind),
        title=letter.title or texts.UNTITLED,
        day=short_day(letter.updated_at.date()),
    )


class Letters:
    """The letters' part of the Disclosure page: its widgets, the journal while unlocked,
    the page's one dialog slot, and the letters deleted this session, held for Undo."""

    def __init__(self, journal: Journal, dialogs: DialogSlot, parent: QtWidgets.QWidget) -> None:
        self._journal: Journal | None = journal
        self._dialogs = dialogs
        self._deleted: list[Letter] = []  # in memory only, forgotten at lock
        self.frame = self._build()
        self.watcher = ChangeWatcher(journal, (Topic.LETTERS,), parent)
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    def _build(self) -> QtWidgets.QFrame:
        frame, layout = card("disclosureLettersCard", texts.LETTERS_TITLE)
        layout.addWidget(label(texts.LETTERS_ABOUT, "muted", "disclosureLettersAbout"))
        self.list = QtWidgets.QListWidget()
        self.list.setObjectName("disclosureLetters")
        self.list.setAccessibleName(texts.LETTERS_TITLE)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(160)
        self.empty = label(texts.LETTERS_EMPTY, "muted", "disclosureLettersEmpty")
        self.kind = kind_choice("disclosureLetterKind", _("Kind of letter to start"))
        self.write_button = button(_("Write a letter…"), "disclosureLetterWrite")
        self.open_button = button(_("Open the chosen letter…"), "disclosureLetterOpen")
        self.delete_button = button(_("Delete the chosen letter"), "disclosureLetterDelete")
        self.undo_message = label("", "", "disclosureLetterUndoMessage")
        self.undo_button = button(_("Undo"), "disclosureLetterUndo")
        self.undo_button.setAccessibleName(_("Undo deleting the letter"))
        for widget in (self.empty, self.list):
            layout.addWidget(widget)
        layout.addLayout(self._row(self.kind, self.write_button))
        layout.addLayout(self._row(self.open_button, self.delete_button))
        layout.addLayout(self._row(self.undo_message, self.undo_button))
        self._connect()
        self._show_undo()
        return frame

    @staticmethod
    def _row(*widgets: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _connect(self) -> None:
        self.write_button.clicked.connect(self.write)
        self.open_button.clicked.connect(self.open_chosen)
        self.delete_button.clicked.connect(self.delete_chosen)
        self.undo_button.clicked.connect(self.undo_delete)
        self.list.itemActivated.connect(self.open_chosen)  # Enter or a double click
        self.list.currentRowChanged.connect(self._enable)

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._journal is None:
            return
        chosen = self.chosen()
        self.list.clear()
        for letter in self._journal.letters.listed():
            item = QtWidgets.QListWidgetItem(letter_row(letter))
            item.setData(ID_ROLE, letter.id)
            self.list.addItem(item)
            if letter.id == chosen:
                self.list.setCurrentItem(item)
        self.empty.setVisible(self.list.count() == 0)
        self._enable()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select(self, letter_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == letter_id:
                self.list.setCurrentRow(row)

    def _enable(self) -> None:
        has_one = self.chosen() is not None
        self.open_button.setEnabled(has_one)
        self.delete_button.setEnabled(has_one)

    def _show_undo(self) -> None:
        show_text(
            self.undo_message, texts.letters_deleted(len(self._deleted)) if self._deleted else ""
        )
        self.undo_button.setVisible(bool(self._deleted))

    # -- changing ----------------------------------------------------------------------------

    def write(self) -> LetterDialog | None:
        """A new letter of the kind chosen beside the button."""
        return self._open(None, str(self.kind.currentData()))

    def open_chosen(self) -> LetterDialog | None:
        chosen = self.chosen()
        return self._open(chosen) if chosen is not None else None

    def _open(self, letter_id: int | None, kind: str = LETTER_KINDS[0]) -> LetterDialog | None:
        if self._journal is None:
            return None
        dialog = LetterDialog(self._journal, self.frame, letter_id, kind)
        self._dialogs.open(dialog, lambda: self._saved(dialog))
        return dialog

    def _saved(self, dialog: LetterDialog) -> None:
        self.refresh()
        self.select(dialog.letter_id)

    def delete_chosen(self, ask: bool = True) -> Letter | None:
        """Ask, then delete; the letter can come back with Undo until the journal locks."""
        chosen = self.chosen()
        if self._journal is None or chosen is None:
            return None
        if ask and not confirmed(self.frame, _("Delete letter"), texts.LETTER_DELETE_QUESTION):
            return None
        deleted = self._journal.letters.delete(chosen)
        self._deleted.append(deleted)
        self.refresh()
        self._show_undo()
        return deleted

    def undo_delete(self) -> Letter | None:
        """The letter deleted last comes back as it was, and is chosen in the list."""
        if self._journal is None or not self._deleted:
            return None
        restored = self._journal.letters.bring_back(self._deleted.pop())
        self.refresh()
        self.select(restored.id)
        self._show_undo()
        return restored

    def forget_preparation(self) -> None:
        """After "Delete the preparation notes": a disclosure draft deleted earlier and held
        for Undo must not come back either (that delete promises them gone)."""
        self._deleted = [letter for letter in self._deleted if letter.kind != DISCLOSURE_LETTER]
        self._show_undo()

    def clear_for_lock(self) -> None:
        """Stop listening, empty the list and forget every letter held for Undo."""
        self.watcher.stop()
        self._journal = None
        self._deleted.clear()
        self.list.clear()
        self._show_undo()
