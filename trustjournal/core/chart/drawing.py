"""Drawing helpers for the timeline chart, each quick at ten years of history.

Wide antialiased pens along long zigzagging lines are what makes Qt slow, so
lines are laid down as one-pixel passes, markers are stamped from small
pictures, and crowded lines are averaged over a few pixels' worth of days.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from trustjournal.core.chart.data import ChartItem

SHARP_RATIO = 2.0  # device pixels per pixel from which lines are drawn without antialiasing


def device_ratio(painter: QtGui.QPainter) -> float:
    """Device pixels per widget pixel where this painter draws: the screen's ratio on
    screen, the picture's when the widget is rendered into a picture."""
    return max(1.0, abs(painter.deviceTransform().m11()))


def stroke(
    painter: QtGui.QPainter, line: QtGui.QPolygonF, pen: QtGui.QPen, width: float, ratio: float
) -> None:
    """A line `width` pixels wide as a few one-pixel passes side by side.

    One-pixel (cosmetic) pens take Qt's quick line path, a hundred times quicker than
    stroking a wide pen along a long, zigzagging line, and look the same. The passes are
    laid in device pixels: at a ratio of 2 a scaled painter costs half as much again."""
    device_width = max(1, round(width * ratio))
    if ratio >= SHARP_RATIO and device_width > 1:
        _stroke_sharp(painter, line, pen, device_width)
        return
    painter.setPen(pen)
    offsets: list[tuple[float, float]] = [(0.0, 0.0)]
    for step in range(1, device_width):
        offsets += [(float(step), 0.0), (0.0, float(step))]
    shift = (device_width - 1) / 2
    with in_device_pixels(painter) as device:
        placed = device.map(line)
        for dx, dy in offsets:
            painter.drawPolyline(placed.translated(dx - shift, dy - shift))


def _stroke_sharp(
    painter: QtGui.QPainter, line: QtGui.QPolygonF, pen: QtGui.QPen, device_width: int
) -> None:
    """On a high-DPI screen: one pass of a wide pen without antialiasing, whose steps are
    half a pixel and hardly seen; Qt fills it on its quick path, where the 2 x width
    one-pixel passes of a sharp line made a zoom or pan step at 2x several times slower."""
    wide = QtGui.QPen(pen)
    wide.setWidth(device_width)
    wide.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if pen.style() == Qt.PenStyle.CustomDashLine:  # Qt counts dashes in pen widths
        wide.setDashPattern([d / device_width for d in pen.dashPattern()])
    with in_device_pixels(painter) as device:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        painter.setPen(wide)
        painter.drawPolyline(device.map(line))


@contextlib.contextmanager
def in_device_pixels(painter: QtGui.QPainter) -> Iterator[QtGui.QTransform]:
    """Paint in the device's own pixels for a while: gives what maps widget pixels there.
    A painter scaled for a high-DPI screen draws pictures and lines through its slower,
    transformed paths; unscaled, it copies and draws straight."""
    device = painter.deviceTransform()
    painter.save()
    painter.setWorldTransform(painter.worldTransform() * device.inverted()[0])
    try:
        yield device
    finally:
        painter.restore()


def bucketed(items: list[ChartItem], days: int) -> list[tuple[float, float]]:
    return bucketed_pairs([(i.day.toordinal(), i.value or 0.0) for i in items], days)


def bucketed_pairs(points: list[tuple[int, float]], days: int) -> list[tuple[float, float]]:
    """Points averaged over fixed runs of `days` days (fixed to the calendar, so panning
    does not reshape the line); with days == 1, the points as they are."""
    if days <= 1:
        return [(float(day), value) for day, value in points]
    buckets: dict[int, list[tuple[int, float]]] = {}
    for day, value in points:
        buckets.setdefault(day // days, []).append((day, value))
    return [
        (sum(d for d, _ in run) / len(run), sum(v for _, v in run) / len(run))
        for _key, run in sorted(buckets.items())
    ]


def stamp(painter: QtGui.QPainter, sprite: QtGui.QPixmap, points: list[QtCore.QPointF]) -> None:
    """The same small picture at each point, centred on whole device pixels (an
    untransformed copy, far quicker than filling shapes or placing it between pixels)."""
    ratio = sprite.devicePixelRatio()
    half_x, half_y = sprite.width() / ratio / 2, sprite.height() / ratio / 2
    flat = QtGui.QPixmap(sprite)  # the same pixels, copied one to one in device pixels
    flat.setDevicePixelRatio(1.0)
    draw = painter.drawPixmap
    with in_device_pixels(painter) as device:
        # The chart's painters only scale and move: a point's device pixel is m * p + d.
        mx, my, dx, dy = device.m11(), device.m22(), device.dx(), device.dy()
        for point in points:
            draw(round(mx * (point.x() - half_x) + dx), round(my * (point.y() - half_y) + dy), flat)


def with_neighbours(items: list[ChartItem], inside: list[ChartItem]) -> list[ChartItem]:
    """`inside` plus the item just before and just after it in `items`."""
    if not inside:
        return bridge(items, inside)
    first = items.index(inside[0])
    last = first + len(inside) - 1
    return items[max(first - 1, 0) : last + 2]


def bridge(items: list[ChartItem], inside: list[ChartItem]) -> list[ChartItem]:
    """With nothing in view, the line still crosses it when there are points on both sides."""
    return items if len(items) >= 2 and not inside else []
