"""The one painter of the trust timeline chart, for the app's timeline and for the PDF.

`paint_timeline` draws a built `Scene` (grid, today, lines, mood dots, events) with
the series' colours, dashes and glyphs from `chart_style`; the app's chart widget
calls it on screen, `paint_chart` calls it for an export, so the two cannot drift.
On screen lines and markers are stamped as quick pixel passes and sprites; on
paper (`vector=True`) they are real pens and paths, sharp at any zoom.

Trust (0-10) is read on the left axis, mood (1-5) on the right; every day sits at
the middle of its own column, so the first and last day are never on the border.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6 import QtCore, QtGui
from PySide6.QtCore import Qt

from trustjournal.core.chart import drawing, style
from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import (
    SCORE_PREFIX,
    SCORES,
    TOGETHER_SERIES,
    PhaseSpan,
)
from trustjournal.core.chart.printed import export_data, paint_total_names
from trustjournal.core.chart.scene import AVERAGE, EVENTS, LANE, Scene, Spot, build_scene
from trustjournal.core.exchange.model import Chart, ExportScore, ExportTogether
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.language.speaking import N_, _
from trustjournal.core.records.trust import DIMENSIONS, event_kind_label

LEFT, RIGHT, TOP, BOTTOM = 44.0, 44.0, 16.0, 30.0  # room for the axes' numbers and dates
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
# The printed chart's colours: the app's light theme.
PAPER = {
    QtGui.QPalette.ColorRole.Base: "#ffffff",
    QtGui.QPalette.ColorRole.Window: "#ffffff",
    QtGui.QPalette.ColorRole.WindowText: "#34444f",
    QtGui.QPalette.ColorRole.Mid: "#d7dee3",
    QtGui.QPalette.ColorRole.PlaceholderText: "#5b6a74",
    QtGui.QPalette.ColorRole.Highlight: "#2f6690",
}
TEXT_COLOR = QtGui.QColor(PAPER[QtGui.QPalette.ColorRole.WindowText])
PRINTED = {"overall", MOOD, AVERAGE, EVENTS, SCORES, *TOGETHER_SERIES}  # what an export shows
# The app's names for the lines of check-ins done together (its timeline's toggles).
TOGETHER_LEGEND = {
    "together_owner": N_("Together: you"),
    "together_partner": N_("Together: partner"),
}


def together_label(name: str) -> str:
    """A together line's name in the chosen language."""
    return _(TOGETHER_LEGEND[name])


LEGEND_HEIGHT = 18.0
KEY_LINE = 26.0  # how long a piece of each line the key shows


def chart_font(points: float, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def plot_rect(width: float, height: float, top: float = TOP) -> QtCore.QRectF:
    """Where the lines go in a chart `width` x `height`: room left for the axes, the
    dates and the lane of events under the plot."""
    return QtCore.QRectF(
        LEFT,
        top,
        max(1.0, width - LEFT - RIGHT),
        max(1.0, height - top - BOTTOM - LANE),
    )


# -- the one painter -------------------------------------------------------------------------


def paint_timeline(
    painter: QtGui.QPainter,
    scene: Scene,
    palette: QtGui.QPalette,
    today: dt.date | None = None,
    *,
    vector: bool = False,
) -> None:
    painter.save()
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    _paint_bands(painter, scene, palette)
    _paint_strips(painter, scene, palette)
    _paint_grid(painter, scene, palette, vector)
    if today is not None:
        _paint_today(painter, scene, today, palette)
    painter.save()
    painter.setClipRect(scene.plot.adjusted(-6, -6, 6, 6))
    _paint_series(painter, scene, palette, vector)
    painter.restore()
    for kind, points in scene.events.items():
        _markers(
            painter, style.style_of(kind).shape, style.color_of(kind, palette), 6.0, points, vector
        )
    painter.restore()


def _paint_bands(painter: QtGui.QPainter, scene: Scene, palette: QtGui.QPalette) -> None:
    """The recovery path's phases behind everything: two soft tones taking turns, so each
    phase stands apart from the next, with its name at the top when it fits."""
    if not scene.bands:
        return
    base = palette.color(QtGui.QPalette.ColorRole.Base)
    tint = palette.color(QtGui.QPalette.ColorRole.Highlight)
    tones = (style.blend(tint, base, 0.07), style.blend(tint, base, 0.14))
    muted = palette.color(QtGui.QPalette.ColorRole.PlaceholderText)
    metrics = painter.fontMetrics()
    plot = scene.plot
    for number, (left, right, name) in enumerate(scene.bands):
        area = QtCore.QRectF(left, plot.top(), right - left, plot.height())
        painter.fillRect(area, tones[number % 2])
        if metrics.horizontalAdvance(name) + 8 <= area.width():
            painter.setPen(muted)
            painter.drawText(QtCore.QPointF(left + 4, plot.top() + metrics.ascent() + 2), name)


def _paint_strips(painter: QtGui.QPainter, scene: Scene, palette: QtGui.QPalette) -> None:
    """Transparency arrangements along the bottom of the plot, behind the lines: a soft
    strip with an edge, its name inside when it fits."""
    if not scene.strips:
        return
    fill, edge = style.arrangement_colors(palette)
    text = palette.color(QtGui.QPalette.ColorRole.Text)
    metrics = painter.fontMetrics()
    for area, name in scene.strips:
        painter.setPen(QtGui.QPen(edge, 1))
        painter.setBrush(fill)
        painter.drawRect(area.adjusted(0.5, 0.5, -0.5, -0.5))
        if metrics.horizontalAdvance(name) + 8 <= area.width():
            painter.setPen(text)
            baseline = area.center().y() + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QtCore.QPointF(area.left() + 4, baseline), name)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_grid(
    painter: QtGui.QPainter, scene: Scene, palette: QtGui.QPalette, vector: bool
) -> None:
    plot = scene.plot
    grid = palette.color(QtGui.QPalette.ColorRole.Mid)
    muted = palette.color(QtGui.QPalette.ColorRole.PlaceholderText)
    painter.setPen(QtGui.QPen(grid, 1))
    for score in range(0, 11, 2):
        y = round(scene.y(score)) + 0.5
        painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
    painter.setPen(muted)
    metrics = painter.fontMetrics()
    for score in range(0, 11, 2):
        y = scene.y(score) + metrics.ascent() / 2 - 1
        painter.drawText(
            QtCore.QPointF(plot.left() - 8 - metrics.horizontalAdvance(str(score)), y), str(score)
        )
    for mood in range(1, 6):
        y = scene.y((mood - 1) * 2.5) + metrics.ascent() / 2 - 1
        painter.drawText(QtCore.QPointF(plot.right() + 8, y), f"{mood}")
    lane_bottom = plot.bottom() + LANE
    sharp = not vector and drawing.device_ratio(painter) >= drawing.SHARP_RATIO
    for x, text in scene.ticks:
        if plot.left() <= x <= plot.right():
            drawing.tick_line(painter, QtCore.QLineF(x, plot.top(), x, lane_bottom), grid, sharp)
            painter.setPen(muted)
            width = metrics.horizontalAdvance(text)
            left = min(max(x - width / 2, plot.left() - LEFT), plot.right() + RIGHT - width)
            painter.drawText(QtCore.QPointF(left, lane_bottom + metrics.ascent() + 6), text)


def _paint_today(
    painter: QtGui.QPainter, scene: Scene, today: dt.date, palette: QtGui.QPalette
) -> None:
    plot = scene.plot
    x = scene.x(today.toordinal())
    if plot.left() <= x <= plot.right():
        highlight = palette.color(QtGui.QPalette.ColorRole.Highlight)
        painter.setPen(QtGui.QPen(highlight, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QtCore.QPointF(x, plot.top()), QtCore.QPointF(x, plot.bottom() + LANE))


def _paint_series(
    painter: QtGui.QPainter, scene: Scene, palette: QtGui.QPalette, vector: bool
) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    base = palette.color(QtGui.QPalette.ColorRole.Base)
    if not scene.average.isEmpty():
        soft = style.blend(style.color_of("overall", palette), base, 0.28)
        _line(painter, scene.average, soft, (), 6.0, vector)
    mood = style.color_of(MOOD, palette)
    mood.setAlpha(190)
    if vector:
        _markers(painter, "dot", mood, 4.0, list(scene.moods), vector)
    else:
        sprite = style.sprite("dot", mood, 4.0, drawing.device_ratio(painter))
        drawing.stamp_pixels(painter, sprite, scene.moods)
    scores = [name for name in scene.lines if name.startswith(SCORE_PREFIX)]
    for name in (*scores, *TOGETHER_SERIES, *DIMENSIONS):  # overall last, on top
        if name not in scene.lines:
            continue
        look = style.style_of(name)
        color = style.color_of(name, palette)
        _line(painter, scene.lines[name], color, look.dashes, look.width, vector)
        radius = 4.5 if name == "overall" else 5.0 if name in TOGETHER_SERIES else 3.8
        _markers(painter, look.shape, color, radius, scene.markers[name], vector)


def _line(
    painter: QtGui.QPainter,
    line: QtGui.QPolygonF,
    color: QtGui.QColor,
    dashes: tuple[float, ...],
    width: float,
    vector: bool,
) -> None:
    if vector:
        pen = QtGui.QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashes:
            pen.setDashPattern([d / width for d in dashes])  # Qt counts dashes in widths
        painter.setPen(pen)
        painter.drawPolyline(line)
        return
    ratio = drawing.device_ratio(painter)
    drawing.stroke(painter, line, style.cosmetic_pen(color, dashes, ratio), width, ratio)


def _markers(
    painter: QtGui.QPainter,
    shape: str,
    color: QtGui.QColor,
    radius: float,
    points: list[Spot],
    vector: bool,
) -> None:
    if vector:
        for x, y in points:
            painter.fillPath(style.marker_path(shape, x, y, radius), color)
        return
    ratio = drawing.device_ratio(painter)
    drawing.stamp(painter, style.sprite(shape, color, radius, ratio), points)


# -- the export's chart ------------------------------------------------------------------------


def paper_palette() -> QtGui.QPalette:
    palette = QtGui.QPalette()
    for role, color in PAPER.items():
        palette.setColor(role, QtGui.QColor(color))
    return palette


def export_scene(
    chart: Chart,
    width: float,
    height: float,
    together: Sequence[ExportTogether] = (),
    phases: Sequence[PhaseSpan] = (),
    scores: Sequence[ExportScore] = (),
    legend_rows: int = 1,
) -> Scene:
    """The export's period, each day in the middle of its column, in a `width` x `height`
    chart (in points) with a legend of `legend_rows` above and the events' key below."""
    window = Window(chart.start.toordinal(), (chart.end - chart.start).days + 1.0)
    key = LEGEND_HEIGHT if chart.events else 0.0
    plot = plot_rect(width, height - key, top=LEGEND_HEIGHT * legend_rows + 8)
    data = export_data(chart, together, phases, scores)
    return build_scene(data, window, plot, lambda name: name in PRINTED)


def paint_chart(
    painter: QtGui.QPainter,
    rect: QtCore.QRectF,
    chart: Chart,
    pt: float = 1.0,
    together: Sequence[ExportTogether] = (),
    phases: Sequence[PhaseSpan] = (),
    scores: Sequence[ExportScore] = (),
) -> None:
    """Paint the export's chart inside `rect`; `pt` is how many device units make a point
    (the device's dots per inch / 72: 1.0 on a 72 dpi surface). `together` are the
    check-ins done together that the export holds; `phases` the recovery path's; `scores`
    the questionnaire totals it holds."""
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(pt, pt)  # from here on, one unit is one point
    width, height = rect.width() / pt, rect.height() / pt
    # A font's size is in points of the device; the scale above would count it twice.
    painter.setFont(chart_font(8 / pt))
    palette = paper_palette()
    scene = export_scene(chart, width, height, together, phases, scores)
    drawn = [n for n in TOGETHER_SERIES if not scene.lines.get(n, QtGui.QPolygonF()).isEmpty()]
    if any(n.startswith(SCORE_PREFIX) and not line.isEmpty() for n, line in scene.lines.items()):
        drawn.append(SCORES)
    legend = _legend_items(drawn)
    rows = 1 + max(row for _left, row in _key_places(painter.fontMetrics(), legend, width))
    if rows > 1:  # the key wraps: the plot starts lower
        scene = export_scene(chart, width, height, together, phases, scores, rows)
    paint_timeline(painter, scene, palette, vector=True)
    paint_total_names(painter, scene, palette)
    if not (chart.trust or chart.moods or drawn):
        painter.setPen(TEXT_COLOR)
        flags = Qt.AlignmentFlag.AlignCenter
        painter.drawText(scene.plot, flags, _("Nothing was recorded in this period yet."))
    _key_row(painter, QtCore.QRectF(0, 0, width, LEGEND_HEIGHT), palette, legend)
    if chart.events:
        key = QtCore.QRectF(0, height - LEGEND_HEIGHT, width, LEGEND_HEIGHT)
        _event_key(painter, key, palette, sorted({e.kind for e in chart.events}))
    painter.restore()


def _legend_items(drawn: list[str]) -> list[tuple[str, str]]:
    """The two lines always there, then those `drawn` (together lines, the totals)."""
    return [
        # In the export's language: the key is printed on the PDF's chart.
        ("overall", _("Trust check-ins, 0\u201310 (left)")),
        (MOOD, _("Mood, 1\u20135 (right)")),
        *((name, together_label(name)) for name in drawn if name in TOGETHER_SERIES),
        # The summary's heading for the totals, the words of the app's tick box for them too.
        *((SCORES, path_texts.EXPORT_SCORES_HEADING) for name in drawn if name == SCORES),
    ]


def _event_key(
    painter: QtGui.QPainter, rect: QtCore.QRectF, palette: QtGui.QPalette, kinds: list[str]
) -> None:
    _key_row(painter, rect, palette, [(k, event_kind_label(k)) for k in kinds])


def _key_row(
    painter: QtGui.QPainter,
    rect: QtCore.QRectF,
    palette: QtGui.QPalette,
    items: list[tuple[str, str]],
) -> None:
    """Each series' or event's mark, as drawn on the chart, followed by its name: a line's
    mark is a piece of it with its dashes and marker, since two lines may share a marker
    (the two people of a check-in done together) and colour must never be alone. Rows
    of `rect`'s height, one under another when the names do not fit in one."""
    places = _key_places(painter.fontMetrics(), items, rect.width())
    for (name, text), (left, row) in zip(items, places, strict=True):
        look = style.style_of(name)
        color = style.color_of(name, palette)
        mark = _mark_width(name)
        middle = rect.center().y() + row * rect.height()
        if mark == KEY_LINE:
            start, end = QtCore.QPointF(left, middle), QtCore.QPointF(left + mark, middle)
            _line(painter, QtGui.QPolygonF([start, end]), color, look.dashes, look.width, True)
        painter.fillPath(style.marker_path(look.shape, left + mark / 2, middle, 4.5), color)
        painter.setPen(TEXT_COLOR)
        width = painter.fontMetrics().horizontalAdvance(text) + 4
        box = QtCore.QRectF(left + mark + 4, middle - rect.height() / 2, width, rect.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def _mark_width(name: str) -> float:
    return KEY_LINE if name in style.SERIES_STYLES or name == SCORES else 10.0


def _key_places(
    metrics: QtGui.QFontMetrics, items: list[tuple[str, str]], width: float
) -> list[tuple[float, int]]:
    """Where each key item starts (its left and its row): after the one before it, or at
    the start of the next row when it would run past the right edge."""
    places: list[tuple[float, int]] = []
    left, row = LEFT, 0
    for name, text in items:
        needed = _mark_width(name) + 4 + metrics.horizontalAdvance(text) + 4
        if left > LEFT and left + needed > width:
            left, row = LEFT, row + 1
        places.append((left, row))
        left += needed + 16
    return places
