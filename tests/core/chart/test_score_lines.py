"""The questionnaire totals as lines on the chart (issue 24): each questionnaire its own
line, its range spread over the left scale, drawn only when shown, and told apart from
every other line by its dashes and marker, never by colour alone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtCore

from trustjournal.core.chart import style as chart_style
from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import SCORE, SCORES, ChartData
from trustjournal.core.chart.scene import build_scene
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.records.path import Score

DAY = dt.date(2026, 3, 1)


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def total(number: int, name: str, value: int, low: int, high: int, days: int) -> Score:
    made = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    return Score(number, DAY + dt.timedelta(days=days), name, value, low, high, made)


def test_each_questionnaire_is_its_own_line_over_the_left_scale() -> None:
    data = ChartData()
    data.add_scores(
        [
            total(2, "PCL-5", 40, 0, 80, 3),
            total(1, "PHQ-9", 27, 0, 27, 1),
            total(3, "Mine", 7, 5, 9, 2),
        ]
    )
    assert data.score_names() == ["score:PHQ-9", "score:Mine", "score:PCL-5"]
    values = {i.series: (i.kind, i.value) for n in data.score_names() for i in data.series[n].items}
    assert values == {
        "score:PHQ-9": (SCORE, 10.0),
        "score:Mine": (SCORE, 5.0),  # 7 is half-way from 5 to 9
        "score:PCL-5": (SCORE, 5.0),
    }
    plot = QtCore.QRectF(0, 0, 300, 100)
    window = Window(DAY.toordinal(), 10.0)
    hidden = build_scene(data, window, plot, lambda name: name != SCORES)
    assert not any(name.startswith("score:") for name in hidden.lines)
    shown = build_scene(data, window, plot, lambda _name: True)
    assert {n for n in shown.lines if n.startswith("score:")} == set(data.score_names())


def test_the_totals_line_differs_from_every_other_line_in_shape() -> None:
    others = {(s.dashes, s.shape) for s in chart_style.SERIES_STYLES.values()}
    others.add((chart_style.style_of(MOOD).dashes, chart_style.style_of(MOOD).shape))
    look = chart_style.style_of("score:PHQ-9")
    assert look is chart_style.style_of(SCORES)
    assert (look.dashes, look.shape) not in others
