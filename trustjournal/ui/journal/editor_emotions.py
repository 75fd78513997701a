"""Emotion chips from the vocabulary, grouped pleasant and painful, with a search box."""

from __future__ import annotations

from collections.abc import Iterable

from trustjournal.core.journal.vocabulary import EmotionFamily, emotion_families
from trustjournal.ui.journal.journal_flow_layout import FlowLayout
from trustjournal.ui.journal.journal_mood_style import CHIP_STYLE, make_chip
from trustjournal.ui.qt import QtWidgets, Signal


class EmotionChips(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emotionChips")
        self.setAccessibleName("Emotions")
        self._chips: dict[str, QtWidgets.QToolButton] = {}
        self.setStyleSheet(CHIP_STYLE)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.search = QtWidgets.QLineEdit(self)
        self.search.setObjectName("emotionSearch")
        self.search.setAccessibleName("Find an emotion")
        self.search.setPlaceholderText("Find an emotion…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_matching)
        layout.addWidget(self.search)
        for family in emotion_families():
            layout.addWidget(self._family_box(family))

    def _family_box(self, family: EmotionFamily) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(family.label, self)
        box.setObjectName(f"emotionFamily_{family.name}")
        box.setAccessibleName(f"{family.label} emotions")
        box.setFlat(True)
        flow = FlowLayout(box, spacing=4)
        flow.setContentsMargins(0, 4, 0, 0)
        for name in family.emotions:
            flow.addWidget(self._chip(name, box))
        return box

    def _chip(self, name: str, parent: QtWidgets.QWidget) -> QtWidgets.QToolButton:
        chip = QtWidgets.QToolButton(parent)
        chip.setText(name)
        make_chip(chip)
        chip.setObjectName(f"emotion_{name.replace(' ', '_')}")
        chip.setAccessibleName(f"Emotion: {name}")
        chip.toggled.connect(self.changed)
        self._chips[name] = chip
        return chip

    def chips(self) -> list[QtWidgets.QToolButton]:
        return list(self._chips.values())

    def chip(self, name: str) -> QtWidgets.QToolButton:
        return self._chips[name]

    def selected(self) -> tuple[str, ...]:
        return tuple(name for name, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for name, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(name in wanted)
            chip.blockSignals(False)

    def clear(self) -> None:
        self.set_selected(())
        self.search.setText("")  # setText also empties its undo

    def _show_matching(self, text: str) -> None:
        needle = text.strip().lower()
        for name, chip in self._chips.items():
            chip.setVisible(not needle or needle in name)
        for box in self.findChildren(QtWidgets.QGroupBox):
            box.updateGeometry()
