"""At a device pixel ratio of 2 the chart's wide lines are laid segment by segment, with a
round join stamped at each corner the pen passes in a dash (drawing.stroke: ten times
quicker than one wide polyline, which Qt fills as one large self-crossing shape). The
picture stays the one Qt's own wide pen draws along the whole polyline: the same pixels
for a solid line, round corners, dashes as long and as many (their phase may differ by a
few pixels where Qt's dasher turns a corner)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from trustjournal.core.chart import drawing
from trustjournal.core.chart import painter as chart_painter
from trustjournal.core.chart import style as chart_style
from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import CHECKIN, EVENT, MOOD_KIND, ChartData, ChartItem
from trustjournal.core.chart.scene import Scene, build_scene
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.records.trust import DIMENSIONS

START = dt.date(2020, 1, 1)
YEARS = 3
SIZE = QtCore.QSize(640, 400)
CELL = 16  # device pixels: the grain at which two pictures must agree


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def years_of_zigzags() -> ChartData:
    """Weekly check-ins scored at random (the worst case: a zigzag across the whole height
    every week), a mood every day and a moment a month, over YEARS years."""
    chance = random.Random(7)
    data = ChartData()
    for n in range(YEARS * 365):
        day = START + dt.timedelta(days=n)
        data.series[MOOD].add(ChartItem(MOOD_KIND, MOOD, day, chance.randint(1, 5), None))
        if n % 7 == 0:
            for name in DIMENSIONS:
                item = ChartItem(CHECKIN, name, day, chance.randint(0, 10), n)
                data.series[name].add(item)
        if n % 30 == 0:
            data.events.add(ChartItem(EVENT, "therapy", day, None, n))
    return data


def scene_of(data: ChartData, days: float) -> Scene:
    window = Window(START.toordinal() + 40.0, days)
    plot = chart_painter.plot_rect(SIZE.width(), SIZE.height())
    return build_scene(data, window, plot, lambda _name: True)


def painted(scene: Scene, ratio: float = 2.0) -> QtGui.QImage:
    """The chart as the app paints it, into a picture at `ratio`."""
    image = QtGui.QImage(SIZE * ratio, QtGui.QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    chart_painter.paint_timeline(painter, scene, chart_painter.paper_palette())
    painter.end()
    return image


def one_wide_polyline(
    painter: QtGui.QPainter, line: QtGui.QPolygonF, pen: QtGui.QPen, device_width: int
) -> None:
    """Qt's own way, the way before: the whole line as one polyline of a wide pen with
    round joins, without antialiasing, in device pixels."""
    wide = QtGui.QPen(pen)
    wide.setWidth(device_width)
    wide.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if pen.style() == Qt.PenStyle.CustomDashLine:
        wide.setDashPattern([d / device_width for d in pen.dashPattern()])
    with drawing.in_device_pixels(painter) as device:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        painter.setPen(wide)
        painter.drawPolyline(device.map(line))


def ink(image: QtGui.QImage) -> int:
    """How many pixels are painted (not white)."""
    grey = image.convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
    return sum(1 for level in bytes(grey.constBits()) if level < 250)


def cells_apart(first: QtGui.QImage, second: QtGui.QImage) -> float:
    """The share of CELL x CELL squares whose mean colour differs by more than a fifth of
    the range in any channel: where two pictures disagree at a glance."""
    small = first.size() / CELL
    mode = Qt.TransformationMode.SmoothTransformation
    a, b = (i.scaled(small, Qt.AspectRatioMode.IgnoreAspectRatio, mode) for i in (first, second))
    apart = 0
    for y in range(small.height()):
        for x in range(small.width()):
            one, other = a.pixelColor(x, y), b.pixelColor(x, y)
            channels = zip(one.getRgb()[:3], other.getRgb()[:3], strict=True)
            apart += max(abs(p - q) for p, q in channels) > 51
    return apart / (small.width() * small.height())


@pytest.mark.parametrize("days", [366.0, YEARS * 365.0], ids=["year", "all"])
def test_the_chart_at_2x_is_the_picture_qts_wide_pens_draw(
    days: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = scene_of(years_of_zigzags(), days)
    quick = painted(scene)
    monkeypatch.setattr(drawing, "_stroke_sharp", one_wide_polyline)
    as_qt_draws = painted(scene)
    assert cells_apart(quick, as_qt_draws) <= 0.02
    assert abs(ink(quick) - ink(as_qt_draws)) <= 0.03 * ink(as_qt_draws)


def a_line(points: list[tuple[float, float]], dashes: tuple[float, ...], width: float) -> bytes:
    """A line through `points` at 2x, the chart's way, as the pixels it inks."""
    image = QtGui.QImage(SIZE * 2, QtGui.QImage.Format.Format_Alpha8)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    painter = QtGui.QPainter(image)
    line = QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in points])
    pen = chart_style.cosmetic_pen(QtGui.QColor("black"), dashes, 2.0)
    drawing.stroke(painter, line, pen, width, 2.0)
    painter.end()
    return bytes(image.constBits())


PEAKS = [(20.0, 380.0), (60.0, 20.0), (100.0, 380.0), (140.0, 30.0), (180.0, 370.0)]


def test_a_solid_line_inks_the_pixels_of_qts_wide_pen(monkeypatch: pytest.MonkeyPatch) -> None:
    quick = a_line(PEAKS, (), 3.0)
    monkeypatch.setattr(drawing, "_stroke_sharp", one_wide_polyline)
    as_qt_draws = a_line(PEAKS, (), 3.0)
    differing = sum(1 for p, q in zip(quick, as_qt_draws, strict=True) if p != q)
    assert differing <= 0.01 * sum(1 for p in as_qt_draws if p)


def test_each_corner_of_a_solid_line_is_round() -> None:
    """The tips of sharp peaks: the round join reaches above the two segments' flat ends,
    as Qt's round join does."""
    tip = a_line(PEAKS, (), 3.0)
    width = SIZE.width() * 2
    for x, y in PEAKS[1:-1]:
        column, row = round(x * 2), round(y * 2)
        beyond = row - 2 if y < 200 else row + 2  # past the peak, where only the join inks
        assert tip[beyond * width + column], (x, y)


def test_a_corner_gets_a_join_only_where_the_pen_is_in_a_dash() -> None:
    corners = [QtCore.QPointF(x, 0) for x in (0.0, 10.0, 15.0, 30.0, 44.0)]
    # Dashes of 12 and gaps of 6: the pen reaches 10 in the first dash, 15 in the gap after
    # it, and 30 at the very end of the second dash (18 + 12), still in it as in Qt.
    assert drawing.inked_corners(corners, [12.0, 6.0]) == [corners[1], corners[3]]
    assert drawing.inked_corners(corners, []) == corners[1:-1]
