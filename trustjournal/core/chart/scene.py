"""What one view of the timeline chart draws, in widget pixels: built once per view.

A view is the data, the window of days, the plot's rectangle and which series
are shown; only what falls in the window is built, so a decade costs little
more than a month.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6 import QtCore, QtGui

from trustjournal.core.chart.axis import Window, ticks
from trustjournal.core.chart.data import (
    EVENT,
    SCORES,
    TOGETHER_SERIES,
    ChartData,
    ChartItem,
    Sorted,
    calendar_means,
    height,
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


Spot = tuple[float, float]  # where a marker or dot is centred, in pixels


@dataclass
class Scene:
    plot: QtCore.QRectF
    window: Window
    lines: dict[str, QtGui.QPolygonF] = field(default_factory=dict)
    markers: dict[str, list[Spot]] = field(default_factory=dict)
    moods: list[tuple[int, int]] = field(default_factory=list)  # whole pixels, a dot on each
    average: QtGui.QPolygonF = field(default_factory=QtGui.QPolygonF)
    events: dict[str, list[Spot]] = field(default_factory=dict)
    event_y: dict[int, float] = field(default_factory=dict)  # by event id: its row in the lane
    ticks: list[tuple[float, str]] = field(default_factory=list)
    # The recovery path's phases in view: left and right pixel, and the phase's name.
    bands: list[tuple[float, float, str]] = field(default_factory=list)
    # Transparency arrangements in view: each strip's rectangle and name.
    strips: list[tuple[QtCore.QRectF, str]] = field(default_factory=list)

    def x(self, ordinal: float) -> float:
        """The pixel column of a day's centre."""
        left, per_day, _bottom, _per_height = self.scale()
        return left + ordinal * per_day

    def y(self, score: float) -> float:
        """The pixel row of a score from 0 to 10."""
        _left, _per_day, bottom, per_height = self.scale()
        return bottom - score * per_height

    def scale(self) -> tuple[float, float, float, float]:
        """(left, per_day, bottom, per_height): a day's column is left + day * per_day and
        a height's row bottom - height * per_height. Written out where thousands of points
        are placed, since a call of x and y for each was a third of building a decade."""
        plot, window = self.plot, self.window
        per_day = plot.width() / window.span
        return (
            plot.left() + (0.5 - window.start) * per_day,
            per_day,
            plot.bottom(),
            plot.height() / 10.0,
        )

    def position(self, item: ChartItem) -> QtCore.QPointF:
        x = self.x(item.day.toordinal())
        if item.kind == EVENT:
            return QtCore.QPointF(x, self.event_y[item.ref or 0])
        return QtCore.QPointF(x, self.y(height(item)))

    def bucket_days(self) -> int:
        """How many days one point of a crowded line stands for: about MARKER_GAP pixels."""
        return max(1, math.ceil(self.window.span * MARKER_GAP / self.plot.width()))


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
    series = data.series[name]
    low, high = series.indices(first, last)
    dense = high - low > 1 and scene.plot.width() / (high - low) < MARKER_GAP
    days, heights = _line_through(scene, series, (low, high), (first, last), dense)
    line = [QtCore.QPointF(x, y) for x, y in _placed(scene, days, heights)]
    scene.lines[name] = QtGui.QPolygonF(line)
    in_view_days, in_view_heights = series.slice(low, high)
    scene.markers[name] = [] if dense else _placed(scene, in_view_days, in_view_heights)


def _line_through(
    scene: Scene,
    series: Sorted,
    in_view: tuple[int, int],
    days_in_view: tuple[int, int],
    dense: bool,
) -> tuple[Sequence[float], Sequence[float]]:
    """The days and heights a line passes through in view (items `in_view`, on
    `days_in_view`), and one point beyond each edge so that it runs on out of view
    instead of stopping short; a crowded line through the means of runs of days instead."""
    (low, high), (first, last) = in_view, days_in_view
    near_low, near_high = series.indices(first - NEIGHBOUR_DAYS, last + NEIGHBOUR_DAYS)
    if high > low:
        start, stop = max(low - 1, near_low), min(high + 1, near_high)
    else:  # nothing in view: the line still crosses it when there are points on both sides
        start, stop = (near_low, near_high) if near_high - near_low >= 2 else (0, 0)
    if not dense:
        return series.slice(start, stop)
    size = scene.bucket_days()
    means = series.means(size)
    runs = bisect.bisect_left(means.runs, series.days[start] // size)
    end = bisect.bisect_right(means.runs, series.days[stop - 1] // size)
    return means.days[runs:end], means.heights[runs:end]


def _placed(scene: Scene, days: Sequence[float], heights: Sequence[float]) -> list[Spot]:
    left, per_day, bottom, per_height = scene.scale()
    return [
        (left + day * per_day, bottom - value * per_height)
        for day, value in zip(days, heights, strict=True)
    ]


def _add_moods(scene: Scene, data: ChartData, first: int, last: int) -> None:
    # Dots on the same pixel are drawn once: a decade of days fits a few hundred pixels.
    # Row by row, from the days kept with the data: a ten-year view places 3,653.
    left, per_day, bottom, per_height = scene.scale()
    for at, days in data.series[MOOD].rows().items():
        low, high = bisect.bisect_left(days, first), bisect.bisect_right(days, last)
        y = round(bottom - at * per_height)
        columns = {round(left + day * per_day) for day in days[low:high]}
        scene.moods.extend(zip(columns, itertools.repeat(y)))


def _add_average(scene: Scene, data: ChartData, first: int, last: int) -> None:
    near = [p for p in data.average if first - 60 <= p.day.toordinal() <= last + 60]
    size = scene.bucket_days() if len(near) * MARKER_GAP > scene.plot.width() else 1
    # A point a day, in day order (trends.moving_average): the lines' calendar runs serve.
    means = calendar_means([p.day.toordinal() for p in near], [p.value for p in near], size)
    line = _placed(scene, means.days, means.heights)
    scene.average = QtGui.QPolygonF([QtCore.QPointF(x, y) for x, y in line])


def _add_events(scene: Scene, data: ChartData, first: int, last: int) -> None:
    """Events in a lane under the plot; one close to the last goes on a second row."""
    left, per_day, bottom, _per_height = scene.scale()
    row_y = (bottom + LANE * 0.38, bottom + LANE * 0.78)
    last_x = [-1e9, -1e9]
    low, high = data.events.indices(first, last)
    for item, day in zip(data.events.items[low:high], data.events.days[low:high], strict=True):
        x = left + day * per_day
        row = 0 if x - last_x[0] >= 12 or x - last_x[1] < 12 else 1
        last_x[row] = x
        scene.event_y[item.ref or 0] = row_y[row]
        scene.events.setdefault(item.series, []).append((x, row_y[row]))
