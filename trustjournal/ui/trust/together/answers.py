"""The private answers one person gives in a check-in together, as one reusable form.

The same form serves both turns: after the first person is done it gives up
their answers and is emptied, so nothing of theirs is left on screen (or in a
widget an assistive tool could read) while the second person answers.
"""

from __future__ import annotations

from trustjournal.core.records.together import TOGETHER_DIMENSIONS, TogetherAnswers
from trustjournal.core.records.trust import NEEDS_MET, SCORE_MAX, dimension_label
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.score_slider import MIDDLE, ScoreSlider
from trustjournal.ui.trust.together import texts as words
from trustjournal.ui.widgets.controls import label


def text_field(name: str, accessible: str) -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(accessible)
    return field


class ScoreRow(QtWidgets.QWidget):
    """A 0-10 slider with its value shown, skipped until moved (or after "Skip").

    A skipped slider is drawn as not answered (muted, a hollow handle) and says so to a
    screen reader; it still takes a click or a drag, which answers (issue 21, item 9: it
    looked active while skipped, and a click on its groove did nothing)."""

    def __init__(self, key: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"together_score_{key}")
        self.slider = ScoreSlider(f"together_slider_{key}")
        self.slider.name_dimension(dimension_label(key))
        self.value = label("", "muted", f"together_value_{key}")
        self.value.setMinimumWidth(64)
        self.skip = QtWidgets.QCheckBox(words.SKIP)
        self.skip.setObjectName(f"together_skip_{key}")
        self.skip.setAccessibleName(words.SKIP_SPOKEN.format(dimension=dimension_label(key)))
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value)
        layout.addWidget(self.skip)
        self.slider.valueChanged.connect(lambda _value: self.skip.setChecked(False))
        # Touching the slider answers, even to keep the middle value it starts at.
        self.slider.sliderPressed.connect(lambda: self.skip.setChecked(False))
        self.slider.valueChanged.connect(self._show)
        self.skip.toggled.connect(self._show)
        self.reset()

    def reset(self) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(MIDDLE)
        self.slider.blockSignals(False)
        self.skip.setChecked(True)
        self._show()

    def score(self) -> int | None:
        return None if self.skip.isChecked() else self.slider.value()

    def _show(self) -> None:
        score = self.score()
        shown = words.SCORE_OF.format(score=score, most=SCORE_MAX)
        self.value.setText(words.SKIPPED if score is None else shown)
        self.slider.show_answered(score is not None, words.SKIPPED_DESCRIPTION)


class AnswersForm(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("together_answers_form")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(words.NEEDS_QUESTION, "subheading"))
        self.needs = QtWidgets.QButtonGroup(self)
        needs_row = QtWidgets.QHBoxLayout()
        for value in NEEDS_MET:
            answer = words.needs_label(value)
            choice = QtWidgets.QRadioButton(answer)
            choice.setObjectName(f"together_needs_{value}")
            spoken = words.NEEDS_CHOICE.format(question=words.NEEDS_QUESTION, answer=answer)
            choice.setAccessibleName(spoken)
            self.needs.addButton(choice)
            needs_row.addWidget(choice)
        needs_row.addStretch(1)
        layout.addLayout(needs_row)
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(14)
        self.scores: dict[str, ScoreRow] = {}
        for row, key in enumerate(TOGETHER_DIMENSIONS):
            self.scores[key] = ScoreRow(key)
            grid.addWidget(label(words.score_question(key)), row, 0)
            grid.addWidget(self.scores[key], row, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        self.helped = text_field("together_helped", words.HELPED_LABEL)
        self.need_more = text_field("together_need_more", words.NEED_MORE_LABEL)
        for title, field in (
            (words.HELPED_LABEL, self.helped),
            (words.NEED_MORE_LABEL, self.need_more),
        ):
            layout.addWidget(label(title, "subheading"))
            layout.addWidget(field)

    def answers(self) -> TogetherAnswers:
        chosen = self.needs.checkedButton()
        needs = chosen.objectName().removeprefix("together_needs_") if chosen else None
        scores = {key: s for key, row in self.scores.items() if (s := row.score()) is not None}
        return TogetherAnswers(
            needs_met=needs,
            scores=scores,
            helped=self.helped.text(),
            need_more=self.need_more.text(),
        )

    def reset(self) -> None:
        """Empty every answer, so the next person starts from nothing."""
        self.needs.setExclusive(False)
        for choice in self.needs.buttons():
            choice.setChecked(False)
        self.needs.setExclusive(True)
        for row in self.scores.values():
            row.reset()
        self.helped.clear()
        self.need_more.clear()
