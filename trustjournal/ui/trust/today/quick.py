"""Today's quick mood check: a mood and a few feelings, kept as one short entry for the day.

Saving again the same day updates that entry rather than adding another, so
the journal does not fill with small notes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import Entry, EntryDraft, EntryFilter
from trustjournal.ui.journal.editor.mood import MoodPicker
from trustjournal.ui.journal.flow_layout import FlowLayout
from trustjournal.ui.journal.mood_style import CHIP_STYLE, make_chip
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.today import texts
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.controls import button, label, show_text

# Stored with the entry, so they stay as they are in every language.
QUICK_TAG = "quick mood"
QUICK_TITLE = "Quick mood check"
FEELINGS = (
    "safe",
    "hopeful",
    "calm",
    "connected",
    "heard",
    "grateful",
    "anxious",
    "hurt",
    "sad",
    "anger",
    "distrust",
    "exhausted",
)


def todays_quick_check(journal: Journal, today: dt.date) -> Entry | None:
    where = EntryFilter(date_from=today, date_to=today, tags=(QUICK_TAG,))
    ids = journal.entry_ids(where)
    return journal.entry(ids[0]) if ids else None


class QuickCheck(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayQuick")
        self.setStyleSheet(CHIP_STYLE)
        self.mood = MoodPicker(self)
        self.chips: dict[str, QtWidgets.QToolButton] = {}
        # The chips wrap like words: two fixed rows of six ran past a narrow page in a
        # longer language and at 200 % text.
        chips = FlowLayout(spacing=6)
        for feeling in FEELINGS:
            chip = QtWidgets.QToolButton(self)
            make_chip(chip)
            chip.setText(content.emotion(feeling))
            chip.setObjectName(f"todayFeeling_{feeling.replace(' ', '_')}")
            chip.setAccessibleName(content.emotion(feeling))
            self.chips[feeling] = chip
            chips.addWidget(chip)
        self.save_button = button(_("Save"), "todayQuickSave")
        self.status = label("", "muted", "todayQuickStatus")
        self.status.setVisible(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.mood)
        layout.addWidget(label(_("Any of these feelings? Choose as many as fit."), "muted"))
        layout.addLayout(chips)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        row.addStretch(1)
        layout.addLayout(row)

    def feelings(self) -> tuple[str, ...]:
        return tuple(name for name, chip in self.chips.items() if chip.isChecked())

    def show_entry(self, entry: Entry | None) -> None:
        self.mood.set_mood(entry.mood if entry else None)
        for name, chip in self.chips.items():
            chip.setChecked(entry is not None and name in entry.emotions)
        self.save_button.setText(_("Update") if entry else _("Save"))
        self.save_button.setAccessibleName(self.save_button.text())

    def save(self, journal: Journal, today: dt.date) -> Entry | None:
        """Add today's quick check, or update the one already there."""
        mood = self.mood.mood()
        if mood is None:
            show_text(self.status, texts.QUICK_NEED_MOOD)
            return None
        existing = todays_quick_check(journal, today)
        try:
            saved = _write(journal, existing, today, mood, self.feelings())
        except TrustJournalError as error:
            show_text(self.status, str(error))
            return None
        show_text(self.status, texts.QUICK_SAVED)
        announce(self, texts.QUICK_SAVED)
        self.show_entry(saved)
        return saved

    def clear(self) -> None:
        self.show_entry(None)
        show_text(self.status, "")


def _write(
    journal: Journal, existing: Entry | None, today: dt.date, mood: int, feelings: tuple[str, ...]
) -> Entry:
    if existing is None:
        draft = EntryDraft(
            day=today, title=QUICK_TITLE, mood=mood, emotions=feelings, tags=(QUICK_TAG,)
        )
        return journal.add_entry(draft)
    draft = dataclasses.replace(existing.draft(), mood=mood, emotions=feelings)
    return journal.update_entry(existing.id, draft)
