"""A grounding exercise walked step by step: noticing what is around you, one sense at a
time, in the app's own words. Back and Next move through it; it can end at any step."""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.hard_days import texts
from trustjournal.ui.widgets.controls import button, label


class Grounding(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hardDaysGrounding")
        self.setAccessibleName(_("A grounding exercise"))
        self.step = 0
        self.counter = label("", "muted", "hardDaysGroundingCount")
        self.words = label("", "", "hardDaysGroundingText")
        self.words.setMinimumHeight(72)
        self.back_button = button(_("Back"), "hardDaysGroundingBack")
        self.next_button = button(_("Next"), "hardDaysGroundingNext", primary=True)
        self.again_button = button(_("Start again"), "hardDaysGroundingAgain")
        self.back_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(lambda: self.show_step(self.step + 1))
        self.again_button.clicked.connect(lambda: self.show_step(0))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counter)
        layout.addWidget(self.words)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.show_step(0)

    def show_step(self, step: int) -> None:
        count = len(texts.GROUNDING_STEPS)
        self.step = max(0, min(step, count - 1))
        last = self.step == count - 1
        self.counter.setText(trust_texts.STEP_OF.format(number=self.step + 1, count=count))
        self.words.setText(texts.grounding_step(self.step))
        self.words.setAccessibleName(self.words.text()[:80])
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setVisible(not last)
        self.again_button.setVisible(last)
