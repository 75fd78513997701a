"""How each trust series and each kind of event looks: a colour, a line style and a shape.

Colours come from the Okabe-Ito palette (safe for the common kinds of colour
blindness), and no series relies on colour alone: each has its own dash
pattern and marker shape, and each kind of event its own glyph.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from trustjournal.core.chart.data import SCORE_PREFIX, SCORES
from trustjournal.core.journal.trends import MOOD


@dataclass(frozen=True)
class SeriesStyle:
    light: str
    dark: str
    dashes: tuple[float, ...]  # empty for a solid line
    shape: str
    width: float = 2.0


SERIES_STYLES: dict[str, SeriesStyle] = {
    "overall": SeriesStyle("", "", (), "circle", 3.0),  # the text colour, drawn thickest
    "safety": SeriesStyle("#0072b2", "#56b4e9", (6, 3), "square"),
    "honesty": SeriesStyle("#c65400", "#f08c3c", (2, 2), "triangle"),
    "communication": SeriesStyle("#00795a", "#2fc49a", (8, 3, 2, 3), "diamond"),
    "respect": SeriesStyle("#a8467f", "#e08bbd", (3, 3), "triangle_down"),
    "closeness": SeriesStyle("#946300", "#e6b43c", (10, 4), "plus"),
    "affection": SeriesStyle("#4d6fb8", "#9fb7ee", (8, 3, 2, 3, 2, 3), "cross"),
    "sexual": SeriesStyle("#6b6b6b", "#bdbdbd", (1, 3), "hexagon"),
    # Check-ins done together: their own marker (two joined rings), a calm colour each.
    "together_owner": SeriesStyle("#5b87a6", "#8fb8d4", (5, 2), "pair"),
    "together_partner": SeriesStyle("#6d9a7b", "#a3c9ad", (1, 2), "pair"),
}
MOOD_STYLE = SeriesStyle("#3d7a70", "#7cc0b3", (), "dot")
EVENT_STYLES: dict[str, SeriesStyle] = {
    "discovery": SeriesStyle("#8a4f7d", "#d6a2ca", (), "ring"),
    "therapy": SeriesStyle("#0072b2", "#56b4e9", (), "bubble"),
    "agreement": SeriesStyle("#00795a", "#2fc49a", (), "check"),
    "setback": SeriesStyle("#c65400", "#f08c3c", (), "triangle_down"),
    "trigger": SeriesStyle("#a8467f", "#e08bbd", (), "bolt"),
    "breakthrough": SeriesStyle("#946300", "#e6b43c", (), "star"),
    "milestone": SeriesStyle("#4d6fb8", "#9fb7ee", (), "flag"),
    "other": SeriesStyle("#6b6b6b", "#bdbdbd", (), "circle"),
}


def is_dark(palette: QtGui.QPalette) -> bool:
    return palette.color(QtGui.QPalette.ColorRole.Window).lightness() < 128


# The questionnaire totals: dotted, with diamonds, in a colour no dimension uses.
SCORE_STYLE = SeriesStyle("#7b3f98", "#c9a0e8", (1.5, 3), "diamond")


# Transparency arrangements' strips: an edge in a hue no series uses (3:1 or more against
# the chart's background in every theme, held by a test) and a soft fill of it behind text.
ARRANGEMENT_EDGE = ("#5e548e", "#b4a7e0")  # light, dark
ARRANGEMENT_FILL = 0.2  # how much of the edge's hue the fill holds


def arrangement_colors(palette: QtGui.QPalette) -> tuple[QtGui.QColor, QtGui.QColor]:
    """The strip's fill and its edge, for this palette (light, dark or high contrast)."""
    edge = QtGui.QColor(ARRANGEMENT_EDGE[1 if is_dark(palette) else 0])
    base = palette.color(QtGui.QPalette.ColorRole.Base)
    return blend(edge, base, ARRANGEMENT_FILL), edge


def style_of(name: str) -> SeriesStyle:
    if name == MOOD:
        return MOOD_STYLE
    if name == SCORES or name.startswith(SCORE_PREFIX):
        return SCORE_STYLE
    return SERIES_STYLES.get(name) or EVENT_STYLES[name]


def color_of(name: str, palette: QtGui.QPalette) -> QtGui.QColor:
    style = style_of(name)
    chosen = style.dark if is_dark(palette) else style.light
    if not chosen:
        return palette.color(QtGui.QPalette.ColorRole.WindowText)
    return QtGui.QColor(chosen)


def line_pen(name: str, palette: QtGui.QPalette, ratio: float = 1.0) -> QtGui.QPen:
    """The series' one-pixel pen; the chart lays passes side by side for its width."""
    style = style_of(name)
    return cosmetic_pen(color_of(name, palette), style.dashes, ratio * style.width)


def cosmetic_pen(color: QtGui.QColor, dashes: tuple[float, ...], scale: float) -> QtGui.QPen:
    """A one-device-pixel pen; dashes are scaled so they keep their length on any screen."""
    pen = QtGui.QPen(color, 1.0)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if dashes:
        pen.setDashPattern([d * scale for d in dashes])
    return pen


def blend(color: QtGui.QColor, base: QtGui.QColor, amount: float) -> QtGui.QColor:
    """`color` mixed into `base`: an opaque soft tone, so overlapping passes stay even."""
    return QtGui.QColor(
        round(base.red() + (color.red() - base.red()) * amount),
        round(base.green() + (color.green() - base.green()) * amount),
        round(base.blue() + (color.blue() - base.blue()) * amount),
    )


def marker_path(shape: str, x: float, y: float, radius: float) -> QtGui.QPainterPath:
    """The marker `shape` centred on (x, y)."""
    return _unit_path(shape, radius).translated(x, y)


@functools.cache
def _unit_path(shape: str, r: float) -> QtGui.QPainterPath:
    path = QtGui.QPainterPath()
    builder = _SHAPES.get(shape, _circle)
    builder(path, r)
    return path


def _circle(path: QtGui.QPainterPath, r: float) -> None:
    path.addEllipse(QtCore.QPointF(0, 0), r, r)


def _dot(path: QtGui.QPainterPath, r: float) -> None:
    path.addEllipse(QtCore.QPointF(0, 0), r * 0.75, r * 0.75)


def _ring(path: QtGui.QPainterPath, r: float) -> None:
    path.addEllipse(QtCore.QPointF(0, 0), r, r)
    path.addEllipse(QtCore.QPointF(0, 0), r * 0.45, r * 0.45)


def _square(path: QtGui.QPainterPath, r: float) -> None:
    path.addRect(QtCore.QRectF(-r * 0.85, -r * 0.85, r * 1.7, r * 1.7))


def _polygon(path: QtGui.QPainterPath, points: list[tuple[float, float]]) -> None:
    path.addPolygon(QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in points]))
    path.closeSubpath()


def _triangle(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(path, [(0, -r), (r, r * 0.8), (-r, r * 0.8)])


def _triangle_down(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(path, [(0, r), (r, -r * 0.8), (-r, -r * 0.8)])


def _diamond(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(path, [(0, -r * 1.15), (r, 0), (0, r * 1.15), (-r, 0)])


def _plus(path: QtGui.QPainterPath, r: float) -> None:
    t = r * 0.35
    path.addRect(QtCore.QRectF(-r, -t, 2 * r, 2 * t))
    path.addRect(QtCore.QRectF(-t, -r, 2 * t, 2 * r))
    path.setFillRule(Qt.FillRule.WindingFill)


def _cross(path: QtGui.QPainterPath, r: float) -> None:
    plus = QtGui.QPainterPath()
    _plus(plus, r)
    path.addPath(QtGui.QTransform().rotate(45).map(plus))
    path.setFillRule(Qt.FillRule.WindingFill)


def _hexagon(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(path, [_polar(r, 60 * k + 30) for k in range(6)])


def _star(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(path, [_polar(r if k % 2 == 0 else r * 0.45, 36 * k - 90) for k in range(10)])


def _bubble(path: QtGui.QPainterPath, r: float) -> None:
    path.addRoundedRect(QtCore.QRectF(-r, -r, 2 * r, r * 1.5), r * 0.4, r * 0.4)
    _polygon(path, [(-r * 0.5, r * 0.4), (-r * 0.1, r * 0.4), (-r * 0.6, r * 1.05)])
    path.setFillRule(Qt.FillRule.WindingFill)


def _check(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(
        path,
        [
            (-r, 0),
            (-r * 0.35, r * 0.7),
            (r, -r * 0.7),
            (r * 0.75, -r),
            (-r * 0.35, r * 0.2),
            (-r * 0.7, -r * 0.3),
        ],
    )


def _bolt(path: QtGui.QPainterPath, r: float) -> None:
    _polygon(
        path,
        [
            (r * 0.3, -r),
            (-r * 0.6, r * 0.15),
            (0, r * 0.15),
            (-r * 0.3, r),
            (r * 0.6, -r * 0.15),
            (0, -r * 0.15),
        ],
    )


def _flag(path: QtGui.QPainterPath, r: float) -> None:
    path.addRect(QtCore.QRectF(-r * 0.8, -r, r * 0.3, r * 2))
    _polygon(path, [(-r * 0.5, -r), (r, -r * 0.5), (-r * 0.5, 0)])
    path.setFillRule(Qt.FillRule.WindingFill)


def _pair(path: QtGui.QPainterPath, r: float) -> None:
    """Two overlapping discs, their overlap left open: the marker of a check-in done together."""
    path.addEllipse(QtCore.QPointF(-r * 0.45, 0), r * 0.7, r * 0.7)
    path.addEllipse(QtCore.QPointF(r * 0.45, 0), r * 0.7, r * 0.7)


def _polar(r: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return r * math.cos(angle), r * math.sin(angle)


_SHAPES = {
    "circle": _circle,
    "dot": _dot,
    "ring": _ring,
    "square": _square,
    "triangle": _triangle,
    "triangle_down": _triangle_down,
    "diamond": _diamond,
    "plus": _plus,
    "cross": _cross,
    "hexagon": _hexagon,
    "star": _star,
    "bubble": _bubble,
    "check": _check,
    "bolt": _bolt,
    "flag": _flag,
    "pair": _pair,
}


def swatch(name: str, palette: QtGui.QPalette, size: int = 32) -> QtGui.QIcon:
    """A small legend picture: the series' line and marker, or an event's glyph."""
    ratio = 2.0
    pixmap, painter = _canvas(int(size * ratio), int(size * ratio / 2), ratio)
    middle = size / 4
    if name in SERIES_STYLES:
        pen = QtGui.QPen(color_of(name, palette), style_of(name).width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if style_of(name).dashes:
            pen.setDashPattern(list(style_of(name).dashes))
        painter.setPen(pen)
        painter.drawLine(QtCore.QPointF(1, middle), QtCore.QPointF(size - 1, middle))
    _marker(painter, style_of(name).shape, color_of(name, palette), (size / 2, middle), 4.5)
    painter.end()
    return QtGui.QIcon(pixmap)


def glyph(kind: str, palette: QtGui.QPalette, size: int = 16) -> QtGui.QIcon:
    """A square icon of an event kind's glyph, for lists and menus (made once per colour)."""
    return _glyph(kind, color_of(kind, palette).rgba(), size)


@functools.lru_cache(maxsize=64)
def _glyph(kind: str, rgba: int, size: int) -> QtGui.QIcon:
    ratio = 2.0
    pixmap, painter = _canvas(int(size * ratio), int(size * ratio), ratio)
    color = QtGui.QColor.fromRgba(rgba)
    _marker(painter, style_of(kind).shape, color, (size / 2, size / 2), size * 0.42)
    painter.end()
    return QtGui.QIcon(pixmap)


def sprite(shape: str, color: QtGui.QColor, radius: float, ratio: float) -> QtGui.QPixmap:
    """A marker drawn once into a pixmap at the screen's pixel ratio, to stamp many times."""
    return _sprite(shape, color.rgba(), radius, ratio)


@functools.lru_cache(maxsize=256)
def _sprite(shape: str, rgba: int, radius: float, ratio: float) -> QtGui.QPixmap:
    side = math.ceil(radius * 2.6) + 2
    pixmap, painter = _canvas(math.ceil(side * ratio), math.ceil(side * ratio), ratio)
    _marker(painter, shape, QtGui.QColor.fromRgba(rgba), (side / 2, side / 2), radius)
    painter.end()
    return pixmap


def _canvas(width: int, height: int, ratio: float) -> tuple[QtGui.QPixmap, QtGui.QPainter]:
    """A transparent pixmap of `width` x `height` device pixels, and a smooth painter on it
    (the caller ends it)."""
    pixmap = QtGui.QPixmap(width, height)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _marker(
    painter: QtGui.QPainter,
    shape: str,
    color: QtGui.QColor,
    centre: tuple[float, float],
    radius: float,
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(marker_path(shape, *centre, radius))
