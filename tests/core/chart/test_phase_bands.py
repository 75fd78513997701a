"""The recovery path's phases as bands behind the chart (issue 24): one band per phase
from its step to the next, cut to the view, painted behind the lines in the app and the
PDF alike (the PDF's read back in tests/core/exchange/test_recovery_export.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import ChartData, PhaseSpan, phase_spans
from trustjournal.core.chart.painter import paint_timeline, paper_palette
from trustjournal.core.chart.scene import build_scene

MARCH = dt.date(2026, 3, 1)


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def day(n: int) -> dt.date:
    return MARCH + dt.timedelta(days=n - 1)


def test_each_phase_lasts_until_the_next_step() -> None:
    steps = [(day(2), "Attune"), (day(9), "Atone"), (day(9), "Attune"), (day(20), "Attach")]
    assert phase_spans(steps) == [
        PhaseSpan(day(2), day(9), "Attune"),
        # Two steps on one day: the day ends in the last of them.
        PhaseSpan(day(9), day(20), "Attune"),
        PhaseSpan(day(20), None, "Attach"),
    ]
    assert phase_spans([]) == []


def test_bands_cover_their_days_cut_to_the_plot() -> None:
    data = ChartData()
    data.phases = phase_spans([(day(1) - dt.timedelta(days=40), "Atone"), (day(11), "Attune")])
    plot = QtCore.QRectF(40, 10, 310, 200)  # 31 days of 10 px each
    scene = build_scene(data, Window(MARCH.toordinal(), 31.0), plot, lambda _name: True)
    assert [(round(left), round(right), name) for left, right, name in scene.bands] == [
        (40, 140, "Atone"),  # began before the view: from its left edge to 10 March's end
        (140, 350, "Attune"),  # until now: to the right edge
    ]
    later = build_scene(data, Window(day(12).toordinal(), 10.0), plot, lambda _name: True)
    assert [name for _left, _right, name in later.bands] == ["Attune"]


def test_the_bands_are_painted_behind_the_chart_in_two_tones() -> None:
    data = ChartData()
    data.phases = phase_spans([(day(1), "Safety"), (day(16), "Grief")])
    plot = QtCore.QRectF(40, 10, 310, 200)
    scene = build_scene(data, Window(MARCH.toordinal(), 31.0), plot, lambda _name: True)
    image = QtGui.QImage(400, 260, QtGui.QImage.Format.Format_RGB32)
    palette = paper_palette()
    image.fill(palette.color(QtGui.QPalette.ColorRole.Base))
    painter = QtGui.QPainter(image)
    paint_timeline(painter, scene, palette, vector=True)
    painter.end()
    first, second = image.pixelColor(100, 150), image.pixelColor(300, 150)
    white = palette.color(QtGui.QPalette.ColorRole.Base)
    assert first != white and second != white and first != second
