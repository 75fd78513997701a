"""What one view of the timeline chart draws, in widget pixels: built once per view.

A view is the data, the window of days, the plot's rectangle and which series
are shown; only what falls in the window is built, so a decade costs little
more than a month.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6 import QtCore, QtGui

from trustjournal.core.chart import drawing
from trustjournal.core.chart.axis import Window, ticks
from trustjournal.core.chart.data import (
    CHECKIN,
    EVENT,
    SCORE,
    SCORES,
    TOGETHER,
    TOGETHER_SERIES,
    ChartData,
    ChartItem,
)
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.records.trust import DIMENSIONS

AVERAGE = "average"
EVENTS = "events"
LANE = 34.0  # the strip under the plot where events sit
MARKER_GAP = 11.0  # markers only when points are at least this far apart
NEIGHBOUR_DAYS = 400  # how far to look beyond the window for a line's next point
STRIP = 18.0  # an arrangement's strip: its height, the gap under it, how many rows at most
STRIP_GAP = 2.0
STRIP_ROWS = 3


@dataclass
class Scene:
    plot: QtCore.QRectF
    window: Window
    lines: dict[str, QtGui.QPolygonF] = field(default_factory=dict)
    markers: dict[str, list[QtCore.QPointF]] = field(default_factory=dict)
    moods: list[QtCore.QPointF] = field(default_factory=list)
    average: QtGui.QPolygonF = field(default_factory=QtGui.QPolygonF)
    events: dict[str, list[QtCore.QPointF]] = field(default_factory=dict)
    event_y: dict[int, float] = field(default_factory=dict)  # by event id: its row in the lane
    ticks: list[tuple[float, str]] = field(default_factory=list)
    # The recovery path's phases in view: left and right pixel, and the phase's name.
    bands: list[tuple[float, float, str]] = field(default_factory=list)
    # Transparency arrangements in view: each strip's rectangle and name.
    strips: list[tuple[QtCore.QRectF, str]] = field(default_factory=list)

    def x(self, ordinal: float) -> float:
        """The pixel column of a day's centre."""
        plot, window = self.plot, self.window
        return plot.left() + (ordinal + 0.5 - window.start) / window.span * plot.width()

    def y(self, score: float) -> float:
        """The pixel row of a score from 0 to 10."""
        return self.plot.bottom() - score / 10.0 * self.plot.height()

    def position(self, item: ChartItem) -> QtCore.QPointF:
        x = self.x(item.day.toordinal())
        if item.kind == EVENT:
            return QtCore.QPointF(x, self.event_y[item.ref or 0])
        return QtCore.QPointF(x, self.y(height(item)))

    def bucket_days(self) -> int:
        """How many days one point of a crowded line stands for: about MARKER_GAP pixels."""
        return max(1, math.ceil(self.window.span * MARKER_GAP / self.plot.width()))


def height(item: ChartItem) -> float:
    """Where on the 0 to 10 scale an item sits: a score as it is, a mood 1 to 5 spread out."""
    if item.kind in (CHECKIN, TOGETHER, SCORE):
        return item.value or 0.0
    return ((item.value or 1.0) - 1.0) * 2.5


def build_scene(
    data: ChartData, window: Window, plot: QtCore.QRectF, shown: Callable[[str], bool]
) -> Scene:
    scene = Scene(plot, window)
    first, last = window.first_day(), window.last_day()
    for name in (*DIMENSIONS, *TOGETHER_SERIES):
        if shown(name):
            _add_series(scene, data, name, first, last)
    if shown(SCORES):
        for name in data.score_names():
            _add_series(scene, data, name, first, last)
    if shown(MOOD):
        _add_moods(scene, data, first, last)
    if shown(AVERAGE):
        _add_average(scene, data, first, last)
    if shown(EVENTS):
        _add_events(scene, data, first, last)
    scene.ticks = [(scene.x(day.toordinal()), text) for day, text in ticks(window)]
    _add_bands(scene, data, first, last)
    _add_strips(scene, data, first, last)
    return scene


def _add_bands(scene: Scene, data: ChartData, first: int, last: int) -> None:
    """Each phase that overlaps the window, from the left edge of its first day's column
    to the left edge of the next phase's, cut to the plot."""
    for span in data.phases:
        start = span.start.toordinal()
        end = span.end.toordinal() if span.end is not None else last + 1
        if end <= first or start > last:
            continue
        left = max(scene.x(start - 0.5), scene.plot.left())
        right = min(scene.x(end - 0.5), scene.plot.right())
        if right > left:
            scene.bands.append((left, right, span.name))


def _add_strips(scene: Scene, data: ChartData, first: int, last: int) -> None:
    """Each arrangement in view as a strip along the bottom of the plot, from the left
    edge of its first day's column to the right edge of its last, cut to the plot; one
    that overlaps another in view goes on the row above it (at most STRIP_ROWS)."""
    row_ends: list[float] = []
    for span in sorted(data.arrangements):
        start, end = span.start.toordinal(), span.last.toordinal()
        if end < first or start > last:
            continue
        left = max(scene.x(start - 0.5), scene.plot.left())
        right = min(scene.x(end + 0.5), scene.plot.right())
        row = next((n for n, taken in enumerate(row_ends) if taken <= left), len(row_ends))
        if row >= STRIP_ROWS or right <= left:
            continue
        row_ends[row : row + 1] = [right]
        top = scene.plot.bottom() - (row + 1) * (STRIP + STRIP_GAP)
        scene.strips.append((QtCore.QRectF(left, top, right - left, STRIP), span.name))


def _add_series(scene: Scene, data: ChartData, name: str, first: int, last: int) -> None:
    # One point beyond each edge, so lines run on out of view instead of stopping short.
    items = data.in_series(name, first - NEIGHBOUR_DAYS, last + NEIGHBOUR_DAYS)
    inside = [i for i in items if first <= i.day.toordinal() <= last]
    dense = len(inside) > 1 and scene.plot.width() / len(inside) < MARKER_GAP
    days = scene.bucket_days() if dense else 1
    scene.lines[name] = QtGui.QPolygonF(
        [
            QtCore.QPointF(scene.x(day), scene.y(value))
            for day, value in drawing.bucketed(drawing.with_neighbours(items, inside), days)
        ]
    )
    scene.markers[name] = [] if dense else [scene.position(i) for i in inside]


def _add_moods(scene: Scene, data: ChartData, first: int, last: int) -> None:
    # Dots on the same pixel are drawn once: a decade of days fits a few hundred pixels.
    # scene.x and scene.y written out: called for each of 3,653 days of a ten-year view,
    # they were a third of building it.
    plot, window = scene.plot, scene.window
    per_day = plot.width() / window.span
    left = plot.left() + (0.5 - window.start) * per_day
    per_score, bottom = plot.height() / 10.0, plot.bottom()
    pixels = {
        (round(left + i.day.toordinal() * per_day), round(bottom - height(i) * per_score))
        for i in data.in_series(MOOD, first, last)
    }
    scene.moods = [QtCore.QPointF(x, y) for x, y in pixels]


def _add_average(scene: Scene, data: ChartData, first: int, last: int) -> None:
    points = [
        (p.day.toordinal(), p.value)
        for p in data.average
        if first - 60 <= p.day.toordinal() <= last + 60
    ]
    days = scene.bucket_days() if len(points) * MARKER_GAP > scene.plot.width() else 1
    scene.average = QtGui.QPolygonF(
        [
            QtCore.QPointF(scene.x(day), scene.y(value))
            for day, value in drawing.bucketed_pairs(points, days)
        ]
    )


def _add_events(scene: Scene, data: ChartData, first: int, last: int) -> None:
    """Events in a lane under the plot; one close to the last goes on a second row."""
    bottom = scene.plot.bottom()
    row_y = (bottom + LANE * 0.38, bottom + LANE * 0.78)
    last_x = [-1e9, -1e9]
    for item in data.events_between(first, last):
        x = scene.x(item.day.toordinal())
        row = 0 if x - last_x[0] >= 12 or x - last_x[1] < 12 else 1
        last_x[row] = x
        scene.event_y[item.ref or 0] = row_y[row]
        scene.events.setdefault(item.series, []).append(QtCore.QPointF(x, row_y[row]))
