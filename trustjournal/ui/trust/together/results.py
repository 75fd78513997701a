"""Both people's answers side by side, in calm colours, with where they agree and differ
most and two or three conversation starters for the largest differences."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.chart.style import is_dark
from trustjournal.core.journal.together import choose_starters, compare
from trustjournal.core.language.speaking import _
from trustjournal.core.records.together import (
    NEEDS_MET_KEY,
    TOGETHER_DIMENSIONS,
    Comparison,
    TogetherAnswers,
)
from trustjournal.core.records.trust import SCORE_MAX, dimension_short_label
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.trust.together import texts as words
from trustjournal.ui.widgets.controls import label

# Calm blue and calm green, never red: a difference is something to talk about, not an alarm.
PERSON_COLORS = {"owner": ("#5b87a6", "#8fb8d4"), "partner": ("#6d9a7b", "#a3c9ad")}


def row_label(key: str) -> str:
    own = words.ROW_LABELS.get(key)
    return _(own) if own else dimension_short_label(key)


def person_color(person: str, palette: QtGui.QPalette) -> str:
    light, dark = PERSON_COLORS[person]
    return dark if is_dark(palette) else light


def score_text(score: int | None) -> str:
    return (
        words.SCORE_OF.format(score=score, most=SCORE_MAX) if score is not None else words.SKIPPED
    )


def score_cell(name: str, score: int | None, color: str) -> QtWidgets.QWidget:
    """A thin bar in the person's calm colour, with the number in words beside it."""
    cell = QtWidgets.QWidget()
    cell.setObjectName(name)
    bar = QtWidgets.QProgressBar()
    bar.setObjectName(f"{name}_bar")
    bar.setRange(0, SCORE_MAX)
    bar.setValue(score or 0)
    bar.setTextVisible(False)
    bar.setFormat(score_text(score))
    bar.setAccessibleName(score_text(score))
    bar.setStyleSheet(f"QProgressBar::chunk {{ background: {color}; border-radius: 3px; }}")
    row = QtWidgets.QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(bar, 1)
    number = label(score_text(score), "muted", f"{name}_text")
    number.setMinimumWidth(64)
    row.addWidget(number)
    return cell


def difference_text(
    comparison: Comparison, names: tuple[str, str], answers: tuple[TogetherAnswers, TogetherAnswers]
) -> str:
    if not comparison.differ:
        return words.DIFFER_NONE
    shown = []
    for difference in comparison.differ[:3]:
        if difference.key == NEEDS_MET_KEY:  # in words, as each answered it
            first, second = (words.needs_label(a.needs_met or "") for a in answers)
        else:
            first, second = f"{difference.owner:g}", f"{difference.partner:g}"
        what = row_label(difference.key)
        named = {"first_name": names[0], "second_name": names[1]}
        shown.append(words.DIFFERENCE.format(what=what, first=first, second=second, **named))
    return "; ".join(shown)


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
        differ = difference_text(comparison, names, (owner, partner))
        self._layout.addWidget(label(differ, "", "together_differ"))
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
            answer = answers.needs_met or ""
            needs = words.needs_label(answer) if answer in words.NEEDS_LABELS else words.SKIPPED
            grid.addWidget(label(needs, "", f"together_needs_{person}"), 1, column)
        for row, key in enumerate(TOGETHER_DIMENSIONS, start=2):
            grid.addWidget(label(row_label(key)), row, 0)
            for column, (person, answers) in enumerate(people, start=1):
                color = person_color(person, self.palette())
                cell = score_cell(f"together_bar_{person}_{key}", answers.scores.get(key), color)
                grid.addWidget(cell, row, column)
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
