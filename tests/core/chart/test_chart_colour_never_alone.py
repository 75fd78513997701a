"""Colour is never the only carrier: every line of the chart differs from every other in
its dash or its marker, in the style table, in what the app and the PDF paint, and in the
PDF's key. Each check compares shapes (the painted alpha), never colours."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.chart import painter as chart_painter
from trustjournal.core.chart import style as chart_style
from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import CHECKIN, TOGETHER, TOGETHER_SERIES, ChartData, ChartItem
from trustjournal.core.chart.scene import build_scene
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.records.trust import EVENT_KIND_LABELS

DAY = dt.date(2026, 3, 1)
LINES = tuple(chart_style.SERIES_STYLES)  # every line the chart can draw
SIZE = QtCore.QSize(240, 120)


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def test_every_series_has_its_own_dash_and_marker_pair() -> None:
    names = (*LINES, MOOD)
    pairs = {(chart_style.style_of(n).dashes, chart_style.style_of(n).shape) for n in names}
    assert len(pairs) == len(names)


def test_every_kind_of_moment_has_its_own_glyph() -> None:
    shapes = [chart_style.style_of(kind).shape for kind in EVENT_KIND_LABELS]
    assert len(set(shapes)) == len(shapes)


def shape_of(image: QtGui.QImage) -> bytes:
    """Where anything is painted, whatever its colour."""
    alpha = image.convertToFormat(QtGui.QImage.Format.Format_Alpha8)
    return bytes(alpha.constBits())


def blank() -> QtGui.QImage:
    image = QtGui.QImage(SIZE, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    return image


def one_line(name: str) -> ChartData:
    """The same zigzag of scores as `name`, and nothing else."""
    data = ChartData()
    kind = TOGETHER if name in TOGETHER_SERIES else CHECKIN
    for n in range(6):
        day = DAY + dt.timedelta(days=n * 4)
        data.series[name].add(ChartItem(kind, name, day, 2.0 + 6 * (n % 2), n))
    return data


def painted_line(name: str, vector: bool) -> bytes:
    """`name`'s line as the app (vector=False) or the PDF (vector=True) paints it."""
    window = Window(DAY.toordinal(), 24.0)
    plot = QtCore.QRectF(10, 10, SIZE.width() - 20, SIZE.height() - 20)
    scene = build_scene(one_line(name), window, plot, lambda shown: shown == name)
    image = blank()
    painter = QtGui.QPainter(image)
    chart_painter._paint_series(painter, scene, chart_painter.paper_palette(), vector)
    painter.end()
    return shape_of(image)


@pytest.mark.parametrize("vector", [False, True], ids=["app", "pdf"])
def test_the_painted_lines_differ_in_shape_not_only_in_colour(vector: bool) -> None:
    shapes = {name: painted_line(name, vector) for name in LINES}
    alike = [(a, b) for a, b in itertools.combinations(LINES, 2) if shapes[a] == shapes[b]]
    assert not alike


def painted_key(name: str) -> bytes:
    """The PDF key's mark for `name`, without its words."""
    image = blank()
    painter = QtGui.QPainter(image)
    rect = QtCore.QRectF(0, 0, SIZE.width(), 18)
    chart_painter._key_row(painter, rect, chart_painter.paper_palette(), [(name, "")])
    painter.end()
    return shape_of(image)


def test_the_pdf_key_shows_each_line_in_its_own_shape() -> None:
    """Both lines of a check-in done together share the "pair" marker: the key must show
    their dashes too, or only their colour would tell them apart."""
    names = ("overall", MOOD, *TOGETHER_SERIES)
    keys = {name: painted_key(name) for name in names}
    alike = [(a, b) for a, b in itertools.combinations(names, 2) if keys[a] == keys[b]]
    assert not alike
