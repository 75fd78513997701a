"""Each day's mood dot sits in its day's column and on its mood's row, to the pixel, and
dots that fall on the same pixel are drawn once (a decade fits a few hundred pixels)."""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore

from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import MOOD_KIND, ChartData, ChartItem
from trustjournal.core.chart.scene import build_scene, height
from trustjournal.core.journal.trends import MOOD

START = dt.date(2016, 1, 1)


def moods(days: int) -> ChartData:
    data = ChartData()
    for n in range(days):
        day = START + dt.timedelta(days=n)
        data.series[MOOD].add(ChartItem(MOOD_KIND, MOOD, day, 1.0 + n * 7 % 5, None))
    return data


def test_each_mood_dot_is_on_its_days_column_and_its_moods_row() -> None:
    data = moods(40)
    plot = QtCore.QRectF(44.5, 16.25, 1091.3, 600.7)
    scene = build_scene(data, Window(START.toordinal() - 3.25, 47.0), plot, lambda n: n == MOOD)
    expected = {
        (round(scene.x(i.day.toordinal())), round(scene.y(height(i))))
        for i in data.in_series(MOOD, START.toordinal(), START.toordinal() + 39)
    }
    assert set(scene.moods) == expected
    assert len(expected) == 40


def test_dots_on_the_same_pixel_are_drawn_once() -> None:
    data = moods(3653)  # ten years in 300 pixels
    plot = QtCore.QRectF(0, 0, 300, 200)
    scene = build_scene(data, Window(START.toordinal(), 3653.0), plot, lambda n: n == MOOD)
    assert len(scene.moods) == len(set(scene.moods)) <= 301 * 5
