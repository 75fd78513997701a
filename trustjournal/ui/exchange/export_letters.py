"""The export dialog's unsent letters: each offered on its own, none chosen at first. A
letter not ticked here is in no file the dialog writes (core/exchange/build.py takes
only the letters chosen by id); a ticked one is, under its own heading."""

from __future__ import annotations

from trustjournal.core.journal.disclosure.disclosure_json import letter_kind_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import Letter
from trustjournal.ui.exchange.export_controls import check_box
from trustjournal.ui.qt import QtWidgets, Signal
from trustjournal.ui.widgets.controls import SPACING, heading, label


def letter_choice_text(letter: Letter) -> str:
    """What a letter's box says (and a screen reader reads): its kind and its title."""
    kind = letter_kind_name(letter.kind)
    return _("{kind}: {title}").format(kind=kind, title=letter.title) if letter.title else kind


class LetterChoices(QtWidgets.QWidget):
    """A box for every letter, unticked; hidden when the journal holds none."""

    changed = Signal()

    def __init__(self, journal: Journal, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_letters")
        self.setAccessibleName(_("Unsent letters to include"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, SPACING // 2, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(heading(_("Unsent letters")))
        layout.addWidget(
            label(
                _("None goes in unless you tick it. Each one you tick has its own heading."),
                "hint",
                "export_letters_hint",
            )
        )
        self.boxes: dict[int, QtWidgets.QCheckBox] = {}
        for letter in journal.letters.listed():
            self.boxes[letter.id] = self._offer(layout, letter)
        self.setVisible(bool(self.boxes))

    def _offer(self, layout: QtWidgets.QVBoxLayout, letter: Letter) -> QtWidgets.QCheckBox:
        """The box says the kind; the title, the person's own words of any length, wraps on
        a line of its own below (a check box cannot wrap: a long title made the dialog wider
        than the screen). The box's accessible name says both."""
        box = check_box(letter_kind_name(letter.kind), f"export_letter_{letter.id}")
        box.setAccessibleName(letter_choice_text(letter))
        box.toggled.connect(self.changed)
        layout.addWidget(box)
        if letter.title:
            title = label(letter.title, "hint", f"export_letter_title_{letter.id}")
            title.setContentsMargins(box.sizeHint().height(), 0, 0, 0)
            title.setAccessibleName(letter_choice_text(letter))
            layout.addWidget(title)
        return box

    def chosen(self) -> tuple[int, ...]:
        """The ticked letters' ids, in the order they are listed."""
        return tuple(letter_id for letter_id, box in self.boxes.items() if box.isChecked())
