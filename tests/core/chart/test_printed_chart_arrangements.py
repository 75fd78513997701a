"""The export's chart draws the transparency arrangements it holds (issue 24) as the
app's timeline does: a framed strip along the bottom of the plot, named inside, and
still told apart from the page and the phases' bands when printed in grey."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.chart.data import PhaseSpan
from trustjournal.core.chart.painter import export_scene, paint_chart
from trustjournal.core.exchange.model import Chart, ChartArrangement

START, END = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
STRIP = ChartArrangement(dt.date(2026, 2, 3), dt.date(2026, 2, 20), "Location sharing")


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def a_month(*arrangements: ChartArrangement) -> Chart:
    return Chart(
        START,
        END,
        moods=(),
        mood_average=(),
        trust=(),
        trust_average=(),
        events=(),
        arrangements=arrangements,
    )


def test_each_arrangement_is_a_strip_over_its_days() -> None:
    scene = export_scene(a_month(STRIP), 600, 360)
    [(area, name)] = scene.strips
    assert name == "Location sharing"
    assert round(area.left()) == round(scene.x(STRIP.start.toordinal() - 0.5))
    assert round(area.right()) == round(scene.x(STRIP.last.toordinal() + 0.5))
    assert export_scene(a_month(), 600, 360).strips == []


def grey(picture: QtGui.QImage, point: QtCore.QPointF) -> int:
    return QtGui.qGray(picture.pixel(point.toPoint()))


def test_the_strip_stands_out_in_grey_from_the_page_and_the_bands() -> None:
    picture = QtGui.QImage(600, 360, QtGui.QImage.Format.Format_RGB32)
    picture.fill(QtCore.Qt.GlobalColor.white)
    painter = QtGui.QPainter(picture)
    phases = [PhaseSpan(START, None, "Atone")]
    paint_chart(painter, QtCore.QRectF(0, 0, 600, 360), a_month(STRIP), phases=phases)
    painter.end()
    [(area, _name)] = export_scene(a_month(STRIP), 600, 360, phases=phases).strips
    # The edge's darkest pixel in the rows about the strip's top (antialiased, 1 point).
    x = area.center().x()
    edge = min(grey(picture, QtCore.QPointF(x, area.top() + dy)) for dy in (-1, 0, 1))
    fill = grey(picture, QtCore.QPointF(area.right() - 3, area.center().y()))
    band = grey(picture, QtCore.QPointF(area.center().x(), area.top() - 6))
    # The edge is dark against the band behind it; the fill is a shade of its own.
    assert band - edge >= 100, (edge, band)
    assert fill < band and fill < 250, (fill, band)
