"""Transparency arrangements on the chart (issue 24): a strip for each along the days it
ran (its start to its end, the day it ended, or today), cut to the view, overlapping ones
on rows of their own, painted behind the lines with an edge that stands out from the
background in light, dark and high contrast."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.chart import style
from trustjournal.core.chart.axis import Window
from trustjournal.core.chart.data import ArrangementSpan, ChartData, arrangement_spans
from trustjournal.core.chart.painter import paint_timeline, paper_palette
from trustjournal.core.chart.scene import STRIP_ROWS, build_scene
from trustjournal.core.records.disclosure import Arrangement

MARCH = dt.date(2026, 3, 1)
PLOT = QtCore.QRectF(40, 10, 310, 200)  # 31 days of 10 px each


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def day(n: int) -> dt.date:
    return MARCH + dt.timedelta(days=n - 1)


def arrangement(starts: int, ends: int, **days: dt.date | None) -> Arrangement:
    values: dict[str, dt.date | None] = {
        "my_yes": day(1),
        "partner_yes": day(1),
        "paused_on": None,
        "ended_on": None,
    }
    values.update(days)
    return Arrangement(1, "location", day(starts), day(ends), **values)  # type: ignore[arg-type]


def march_scene(*spans: ArrangementSpan) -> list[tuple[int, int, int, str]]:
    data = ChartData()
    data.arrangements = list(spans)
    scene = build_scene(data, Window(MARCH.toordinal(), 31.0), PLOT, lambda _name: True)
    return [
        (round(area.left()), round(area.right()), round(area.top()), name)
        for area, name in scene.strips
    ]


def test_a_strip_runs_from_the_start_to_its_end_the_day_it_ended_or_today() -> None:
    today = day(20)
    spans = arrangement_spans(
        [
            arrangement(2, 10),  # its end has passed
            arrangement(5, 40),  # runs on: until today
            arrangement(3, 40, ended_on=day(8)),  # ended by choice
            arrangement(4, 40, partner_yes=None),  # never said yes to by both: ran no day
            arrangement(25, 40),  # not started yet
        ],
        today,
        str.upper,
    )
    assert spans == [
        ArrangementSpan(day(2), day(10), "LOCATION"),
        ArrangementSpan(day(5), day(20), "LOCATION"),
        ArrangementSpan(day(3), day(8), "LOCATION"),
    ]


def test_strips_cover_their_days_cut_to_the_view_on_rows_of_their_own() -> None:
    bottom = PLOT.bottom()
    strips = march_scene(
        ArrangementSpan(day(1) - dt.timedelta(days=9), day(10), "Phone"),
        ArrangementSpan(day(5), day(40), "Calls"),  # overlaps the first: the row above
        ArrangementSpan(day(12), day(14), "Location"),  # after the first: its row again
        ArrangementSpan(day(40), day(50), "Later"),  # not in view
    )
    row = [round(bottom - (n + 1) * 20) for n in range(2)]
    assert strips == [
        (40, 140, row[0], "Phone"),  # began before the view: from its left edge
        (80, 350, row[1], "Calls"),  # runs past the view: to the right edge
        (150, 180, row[0], "Location"),
    ]


def test_no_more_rows_than_the_plot_keeps_for_them() -> None:
    crowded = [ArrangementSpan(day(1), day(31), f"Kind {n}") for n in range(STRIP_ROWS + 2)]
    assert len(march_scene(*crowded)) == STRIP_ROWS


def contrast(one: QtGui.QColor, other: QtGui.QColor) -> float:
    def luminance(color: QtGui.QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def palette_of(window: str, base: str, text: str) -> QtGui.QPalette:
    palette = QtGui.QPalette()
    palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(window))
    palette.setColor(QtGui.QPalette.ColorRole.Base, QtGui.QColor(base))
    palette.setColor(QtGui.QPalette.ColorRole.Text, QtGui.QColor(text))
    return palette


@pytest.mark.parametrize(
    ("window", "base", "text"),
    [
        ("#f6f4f0", "#ffffff", "#2c2a33"),  # light (ui/shell/theme.py's colours)
        ("#1d1e22", "#2c2e34", "#ebe8e3"),  # dark: its lightest background
        ("#ffffff", "#ffffff", "#000000"),  # high contrast, light
        ("#000000", "#000000", "#ffffff"),  # high contrast, dark
    ],
)
def test_the_edge_and_the_name_stand_out_in_every_theme(window: str, base: str, text: str) -> None:
    palette = palette_of(window, base, text)
    fill, edge = style.arrangement_colors(palette)
    background = palette.color(QtGui.QPalette.ColorRole.Base)
    assert contrast(edge, background) >= 3.0  # a shape's edge (WCAG 1.4.11)
    assert contrast(QtGui.QColor(text), fill) >= 4.5  # its name on the fill (WCAG 1.4.3)


def test_the_strips_are_painted_behind_the_lines() -> None:
    data = ChartData()
    data.arrangements = [ArrangementSpan(day(1), day(15), "Location sharing")]
    scene = build_scene(data, Window(MARCH.toordinal(), 31.0), PLOT, lambda _name: True)
    image = QtGui.QImage(400, 260, QtGui.QImage.Format.Format_RGB32)
    palette = paper_palette()
    white = palette.color(QtGui.QPalette.ColorRole.Base)
    image.fill(white)
    painter = QtGui.QPainter(image)
    paint_timeline(painter, scene, palette, vector=True)
    painter.end()
    area, _name = scene.strips[0]
    row = round(area.center().y())
    fill = style.arrangement_colors(palette)[0]
    filled = [
        x
        for x in range(round(area.left()), round(area.right()))
        if image.pixelColor(x, row) == fill
    ]
    assert len(filled) > area.width() / 3  # the fill, where its name and the grid are not
    assert image.pixelColor(300, row) != fill
