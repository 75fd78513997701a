"""On a high-DPI screen (2 device pixels a pixel) the chart's lines are drawn in one
sharp pass (drawing.stroke): as wide as at 1x and with dashes as long, in twice the
pixels, and every line still differs from every other in shape."""

from __future__ import annotations

import itertools

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.chart import drawing
from trustjournal.core.chart import style as chart_style

LENGTH, WIDTH, DASHES = 120, 3.0, (6.0, 3.0)


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def painted(ratio: float, dashes: tuple[float, ...] = DASHES, width: float = WIDTH) -> QtGui.QImage:
    """A level line across a picture at `ratio`, in the chart's way."""
    image = QtGui.QImage(
        round((LENGTH + 20) * ratio), round(40 * ratio), QtGui.QImage.Format.Format_Alpha8
    )
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    line = QtGui.QPolygonF([QtCore.QPointF(10, 20), QtCore.QPointF(10 + LENGTH, 20)])
    pen = chart_style.cosmetic_pen(QtGui.QColor("black"), dashes, ratio)
    drawing.stroke(painter, line, pen, width, ratio)
    painter.end()
    return image


def inked(image: QtGui.QImage, x: int | None = None, y: int | None = None) -> list[bool]:
    """Which pixels of a column (x) or a row (y) are painted at least half."""
    if x is not None:
        return [image.pixelColor(x, row).alpha() >= 128 for row in range(image.height())]
    assert y is not None
    return [image.pixelColor(column, y).alpha() >= 128 for column in range(image.width())]


def runs(marks: list[bool]) -> list[int]:
    """The lengths of the painted runs along a row."""
    return [len(list(group)) for on, group in itertools.groupby(marks) if on]


def test_a_line_at_2x_is_as_wide_as_at_1x_in_twice_the_pixels() -> None:
    solid_1x, solid_2x = painted(1.0, dashes=()), painted(2.0, dashes=())
    assert sum(inked(solid_1x, x=60)) in (3, 4)  # 3, and a row of antialiasing at most
    assert sum(inked(solid_2x, x=120)) in (6, 7)


def test_dashes_at_2x_are_as_long_as_at_1x_in_twice_the_pixels() -> None:
    at_1x, at_2x = painted(1.0), painted(2.0)
    dashes_1x = runs(inked(at_1x, y=20))[1:-1]  # whole dashes, not the cut ends
    dashes_2x = runs(inked(at_2x, y=40))[1:-1]
    assert dashes_1x and dashes_2x
    assert all(abs(run - 6) <= 1 for run in dashes_1x), dashes_1x
    assert all(abs(run - 12) <= 1 for run in dashes_2x), dashes_2x
    assert abs(len(dashes_2x) - len(dashes_1x)) <= 1


def test_every_line_keeps_its_own_shape_at_2x() -> None:
    looks = {name: chart_style.style_of(name) for name in chart_style.SERIES_STYLES}
    shapes = {
        name: bytes(painted(2.0, look.dashes, look.width).constBits())
        for name, look in looks.items()
    }
    different = {(look.dashes, look.width) for look in looks.values()}
    assert len(set(shapes.values())) == len(different)


def test_a_dates_dotted_line_at_2x_is_two_sharp_columns_of_dots() -> None:
    """The dotted line up from a date on the axis: at 2x two whole columns (no
    antialiasing, as the lines), dots of 4 device pixels and gaps of 2 as Qt's dotted pen
    with its square caps draws them."""
    image = QtGui.QImage(200, 200, QtGui.QImage.Format.Format_Alpha8)
    image.setDevicePixelRatio(2.0)
    image.fill(0)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)  # as the chart paints
    line = QtCore.QLineF(50.3, 10, 50.3, 90)
    drawing.tick_line(painter, line, QtGui.QColor("black"), sharp=True)
    painter.end()
    columns = [x for x in range(200) if any(inked(image, x=x))]
    assert len(columns) == 2
    assert all(image.pixelColor(x, y).alpha() in (0, 255) for x in columns for y in range(200))
    dots = runs(inked(image, x=columns[0]))[:-1]  # whole dots, not the cut end
    gaps = [len(list(g)) for on, g in itertools.groupby(inked(image, x=columns[0])) if not on]
    assert set(dots) == {4} and set(gaps[1:-1]) == {2}
