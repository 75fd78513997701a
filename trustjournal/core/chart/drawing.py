"""Drawing helpers for the timeline chart, each quick at ten years of history.

Wide pens along long zigzagging lines are what makes Qt slow, so lines are laid
down as one-pixel passes (at 2x, as wide segments without antialiasing, on Qt's
quick line path), markers are stamped from small pictures, and crowded lines are
averaged over a few pixels' worth of days (data.Sorted.means).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import math
from collections.abc import Iterable, Iterator

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from trustjournal.core.chart import style

SHARP_RATIO = 2.0  # device pixels per pixel from which lines are drawn without antialiasing


def device_ratio(painter: QtGui.QPainter) -> float:
    """Device pixels per widget pixel where this painter draws: the screen's ratio on
    screen, the picture's when the widget is rendered into a picture."""
    return max(1.0, abs(painter.deviceTransform().m11()))


def stroke(
    painter: QtGui.QPainter, line: QtGui.QPolygonF, pen: QtGui.QPen, width: float, ratio: float
) -> None:
    """A line `width` pixels wide as a few one-pixel passes side by side (at a ratio of 2
    or more, as sharp wide segments: _stroke_sharp).

    One-pixel (cosmetic) pens take Qt's quick line path, a hundred times quicker than
    stroking a wide pen along a long, zigzagging line, and look the same. The passes are
    laid in device pixels: at a ratio of 2 a scaled painter costs half as much again."""
    device_width = max(1, round(width * ratio))
    if line.size() < 2:
        return
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
    """On a high-DPI screen: the line's segments as wide lines without antialiasing, whose
    steps are half a pixel and hardly seen, and a round join at each corner the pen
    passes in a dash. Qt lays such segments straight onto the pixels, dashes carried on
    from one to the next; a whole zigzag as one wide polyline is filled as one large
    self-crossing shape instead, about ten times slower (a ten-year line at 2x: 2.2 ms
    against 0.2 ms)."""
    wide = QtGui.QPen(pen)
    wide.setWidth(device_width)
    dashes = pen.dashPattern() if pen.style() == Qt.PenStyle.CustomDashLine else []
    if dashes:  # Qt counts dashes in pen widths
        wide.setDashPattern([d / device_width for d in dashes])
    with in_device_pixels(painter) as device:
        points = device.map(line).toList()
        ends: list[QtCore.QPointF] = [points[0]] * (2 * len(points) - 2)  # each segment's two
        ends[0::2], ends[1::2] = points[:-1], points[1:]
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        painter.setPen(wide)
        painter.drawLines(ends)
        join = _join(pen.color().rgba(), device_width)
        draw, half = painter.drawPixmap, device_width / 2
        for corner in inked_corners(points, dashes):
            draw(round(corner.x() - half), round(corner.y() - half), join)


@functools.lru_cache(maxsize=64)
def _join(rgba: int, width: int) -> QtGui.QPixmap:
    """A round join of a sharp line `width` device pixels wide: a disc without
    antialiasing, stamped at the corners (quicker than filling a circle at each)."""
    join = QtGui.QPixmap(width, width)
    join.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(join)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QtGui.QColor.fromRgba(rgba))
    painter.drawEllipse(QtCore.QRectF(0, 0, width, width))
    painter.end()
    return join


def inked_corners(points: list[QtCore.QPointF], dashes: list[float]) -> list[QtCore.QPointF]:
    """The corners of a polyline that fall in a dash of `dashes` (lengths in pixels, dash
    and gap in turn, counted from the first point as Qt does): where a wide pen joins two
    segments. With no dashes, every corner."""
    corners = points[1:-1]
    total = sum(dashes)
    if total <= 0:
        return corners
    ends = list(itertools.accumulate(dashes))  # where each dash and gap ends in the pattern
    inked: list[QtCore.QPointF] = []
    travelled, x, y = 0.0, points[0].x(), points[0].y()
    for corner in corners:
        corner_x, corner_y = corner.x(), corner.y()
        travelled += math.hypot(corner_x - x, corner_y - y)
        x, y = corner_x, corner_y
        if bisect.bisect_left(ends, travelled % total) % 2 == 0:
            inked.append(corner)
    return inked


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


def stamp(
    painter: QtGui.QPainter, sprite: QtGui.QPixmap, spots: Iterable[tuple[float, float]]
) -> None:
    """The same small picture centred on each spot, on whole device pixels (an
    untransformed copy, far quicker than filling shapes or placing it between pixels)."""
    ratio = sprite.devicePixelRatio()
    flat = QtGui.QPixmap(sprite)  # the same pixels, copied one to one in device pixels
    flat.setDevicePixelRatio(1.0)
    draw = painter.drawPixmap
    with in_device_pixels(painter) as device:
        # The chart's painters only scale and move: a spot's device pixel is m * p + d.
        mx, my = device.m11(), device.m22()
        dx = device.dx() - mx * sprite.width() / ratio / 2
        dy = device.dy() - my * sprite.height() / ratio / 2
        for x, y in spots:
            draw(round(mx * x + dx), round(my * y + dy), flat)


def stamp_pixels(
    painter: QtGui.QPainter, sprite: QtGui.QPixmap, pixels: list[tuple[int, int]]
) -> None:
    """`stamp` for spots on whole pixels, as the mood dots are: at a whole pixel ratio
    nothing needs rounding, a tenth of the time of a ten-year view's 2,902 dots."""
    ratio = sprite.devicePixelRatio()
    device = painter.deviceTransform()
    mx, my = device.m11(), device.m22()
    dx = device.dx() - mx * sprite.width() / ratio / 2
    dy = device.dy() - my * sprite.height() / ratio / 2
    if not all(float(n).is_integer() for n in (mx, my, dx, dy)):
        stamp(painter, sprite, pixels)
        return
    flat = QtGui.QPixmap(sprite)
    flat.setDevicePixelRatio(1.0)
    draw, ix, iy, jx, jy = painter.drawPixmap, int(mx), int(my), int(dx), int(dy)
    with in_device_pixels(painter):
        for x, y in pixels:
            draw(ix * x + jx, iy * y + jy, flat)


def tick_line(
    painter: QtGui.QPainter, line: QtCore.QLineF, grid: QtGui.QColor, sharp: bool
) -> None:
    """A dotted line up from a date on the axis. On a high-DPI screen it is one-pixel
    dotted passes side by side without antialiasing (Qt's quick line path), where an
    antialiased dotted pen cost a millisecond for a dozen; dots of two pixels and gaps of
    one, as Qt's dotted pen with its square caps draws them."""
    if not sharp:
        painter.setPen(QtGui.QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.drawLine(line)
        return
    ratio = device_ratio(painter)
    passes = round(ratio)
    with in_device_pixels(painter) as device:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, False)
        painter.setPen(style.cosmetic_pen(grid, (2.0, 1.0), ratio))
        placed = device.map(line)
        for step in range(passes):
            painter.drawLine(placed.translated(step - (passes - 1) / 2, 0))
