"""Both people's answers side by side, in calm colours, with where they agree and differ
most and two or three conversation starters for the largest differences."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.together import choose_starters, compare
from trustjournal.core.records.together import (
    NEEDS_MET_KEY,
    TOGETHER_DIMENSIONS,
    Comparison,
    TogetherAnswers,
)
from trustjournal.core.records.trust import DIMENSION_SHORT_LABELS, SCORE_MAX
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.trust import together_texts as words
from trustjournal.ui.trust.trust_style import is_dark
from trustjournal.ui.widgets.controls import label

# Calm blue and calm green, never red: a difference is something to talk about, not an alarm.
PERSON_COLORS = {"owner": ("#5b87a6", "#8fb8d4"), "partner": ("#6d9a7b", "#a3c9ad")}


def row_label(key: str) -> str:
    return words.ROW_LABELS.get(key) or DIMENSION_SHORT_LABELS[key]


def person_color(person: str, palette: QtGui.QPalette) -> str:
    light, dark = PERSON_COLORS[person]
    return dark if is_dark(palette) else light


def score_bar(name: str, score: int | None, color: str) -> QtWidgets.QProgressBar:
    bar = QtWidgets.QProgressBar()
    bar.setObjectName(name)
    bar.setRange(0, SCORE_MAX)
    bar.setValue(score or 0)
    bar.setFormat(f"{score} of {SCORE_MAX}" if score is not None else words.SKIPPED)
    bar.setAccessibleName(bar.format())
    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; border-radius: 3px; }}")
    return bar


def difference_text(comparison: Comparison, names: tuple[str, str]) -> str:
    if not comparison.differ:
        return words.DIFFER_NONE
    return "; ".join(
        f"{row_label(d.key)} ({names[0]} {d.owner:g}, {names[1]} {d.partner:g})"
        for d in comparison.differ[:3]
    )


class SideBySide(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("together_side_by_side_view")
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.starters: tuple[str, ...] = ()

    def show_answers(
        self,
        owner: TogetherAnswers,
        partner: TogetherAnswers,
        names: tuple[str, str],
        day: dt.date,
    ) -> None:
        self.clear()
        comparison = compare(owner, partner)
        self.starters = choose_starters(comparison, day)
        self._layout.addLayout(self._grid(owner, partner, names))
        agree = ", ".join(row_label(k) for k in comparison.agree) or words.AGREE_NONE
        self._layout.addWidget(label(words.AGREE_TITLE, "subheading"))
        self._layout.addWidget(label(agree, "", "together_agree"))
        self._layout.addWidget(label(words.DIFFER_TITLE, "subheading"))
        self._layout.addWidget(label(difference_text(comparison, names), "", "together_differ"))
        self._layout.addWidget(label(words.STARTERS_TITLE, "subheading"))
        for number, text in enumerate(self.starters):
            self._layout.addWidget(label(f"\u2022 {text}", "", f"together_starter_{number}"))

    def _grid(
        self, owner: TogetherAnswers, partner: TogetherAnswers, names: tuple[str, str]
    ) -> QtWidgets.QGridLayout:
        grid = QtWidgets.QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        people = (("owner", owner), ("partner", partner))
        for column, (person, _answers) in enumerate(people, start=1):
            grid.addWidget(
                label(names[column - 1], "subheading", f"together_name_{person}"), 0, column
            )
        grid.addWidget(label(row_label(NEEDS_MET_KEY)), 1, 0)
        for column, (person, answers) in enumerate(people, start=1):
            needs = words.NEEDS_LABELS.get(answers.needs_met or "", words.SKIPPED)
            grid.addWidget(label(needs, "", f"together_needs_{person}"), 1, column)
        for row, key in enumerate(TOGETHER_DIMENSIONS, start=2):
            grid.addWidget(label(row_label(key)), row, 0)
            for column, (person, answers) in enumerate(people, start=1):
                color = person_color(person, self.palette())
                bar = score_bar(f"together_bar_{person}_{key}", answers.scores.get(key), color)
                grid.addWidget(bar, row, column)
        texts = ((words.HELPED_LABEL, "helped"), (words.NEED_MORE_LABEL, "need_more"))
        for row, (title, field) in enumerate(texts, start=2 + len(TOGETHER_DIMENSIONS)):
            grid.addWidget(label(title), row, 0)
            for column, (person, answers) in enumerate(people, start=1):
                said = getattr(answers, field) or "\u2014"
                grid.addWidget(label(said, "", f"together_{field}_{person}"), row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def clear(self) -> None:
        """Take every answer off the screen (and out of the widgets)."""
        self.starters = ()
        _empty(self._layout)


def _empty(layout: QtWidgets.QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            # Emptied and taken out of the window at once, not only when Qt next deletes.
            if isinstance(widget, QtWidgets.QLabel):
                widget.clear()
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        inner = item.layout()
        if inner is not None:
            _empty(inner)
            inner.deleteLater()
