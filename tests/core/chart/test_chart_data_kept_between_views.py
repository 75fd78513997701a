"""What every view of a long history reads is made once and kept with the chart's data (each
series' days and heights, its moods by row, its means over runs of days), so that a zoom
or pan step builds its view quickly: a crowded line is the same line wherever the view
moves, and anything added to the data reaches the next view."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore

from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import CHECKIN, MOOD_KIND, ChartData, ChartItem
from trustjournal.core.chart.scene import Scene, build_scene
from trustjournal.core.journal.trends import MOOD

START = dt.date(2018, 1, 1)
PLOT = QtCore.QRectF(40, 10, 600, 300)


def weekly(weeks: int) -> ChartData:
    data = ChartData()
    for n in range(weeks):
        day = START + dt.timedelta(days=7 * n)
        data.series["overall"].add(ChartItem(CHECKIN, "overall", day, float(n * 7 % 11), n))
    return data


def view(data: ChartData, start: float, days: float) -> Scene:
    return build_scene(data, Window(START.toordinal() + start, days), PLOT, lambda _n: True)


def line_in_days(scene: Scene) -> list[tuple[float, float]]:
    """The overall line's points as (day, score), whatever the view's pixels."""
    per_day = scene.x(1) - scene.x(0)
    line = scene.lines["overall"]
    return [
        (
            round((line.at(n).x() - scene.x(0)) / per_day, 3),
            round((PLOT.bottom() - line.at(n).y()) / PLOT.height() * 10, 3),
        )
        for n in range(line.size())
    ]


def test_panning_never_reshapes_a_crowded_line() -> None:
    data = weekly(520)  # ten years in 600 pixels: each point the mean of a run of days
    before = line_in_days(view(data, 400.0, 2000.0))
    after = line_in_days(view(data, 537.3, 2000.0))
    assert len(before) > 40
    shared = [point for point in before if after[0][0] <= point[0] <= after[-1][0]]
    assert shared == [point for point in after if point[0] <= before[-1][0]]


def test_a_check_in_added_after_a_view_reaches_the_next_one() -> None:
    for weeks in (520, 10):  # a crowded line (its means), and one through every point
        data = weekly(weeks)
        span = weeks * 7 + 30.0
        before = line_in_days(view(data, 0.0, span))
        day = START + dt.timedelta(days=7 * weeks)
        data.series["overall"].add(ChartItem(CHECKIN, "overall", day, 10.0, weeks))
        after = line_in_days(view(data, 0.0, span))
        assert after[-1] != before[-1] and after[-1][1] > before[-1][1], weeks


def test_a_mood_added_after_a_view_is_a_dot_in_the_next_one() -> None:
    data = ChartData()
    for n in range(30):
        day = START + dt.timedelta(days=n)
        data.series[MOOD].add(ChartItem(MOOD_KIND, MOOD, day, 3.0, None))
    scene = view(data, 0.0, 40.0)
    rows = {y for _x, y in scene.moods}
    data.series[MOOD].add(ChartItem(MOOD_KIND, MOOD, START + dt.timedelta(days=31), 5.0, None))
    added = {y for _x, y in view(data, 0.0, 40.0).moods} - rows
    assert added == {round(scene.y(10.0))}
