"""The export's chart: the app's painter, the app's colours, nothing on the border."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.exchange import chart_style
from trustjournal.core.exchange.chart import (
    export_scene,
    paint_chart,
    paper_palette,
)
from trustjournal.core.exchange.model import Chart, ChartEvent, ChartPoint
from trustjournal.core.journal.trends import MOOD

START, END = dt.date(2026, 2, 1), dt.date(2026, 2, 28)


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints: a QGuiApplication made here
    by core's ensure_gui() would stay for the whole run and fail the app's tests."""


def a_month(events: tuple[ChartEvent, ...]) -> Chart:
    days = [START + dt.timedelta(days=n) for n in range((END - START).days + 1)]
    return Chart(
        start=START,
        end=END,
        moods=tuple(ChartPoint(d, 1 + d.day % 5) for d in days),
        mood_average=(),
        trust=tuple(ChartPoint(d, 3 + d.day % 4) for d in [*days[::7], END]),
        trust_average=tuple(ChartPoint(d, 4.0) for d in [*days[::7], END]),
        events=events,
    )


def test_the_last_days_points_and_markers_sit_inside_the_plot() -> None:
    chart = a_month((ChartEvent(END, "agreement", "Phones open"),))
    scene = export_scene(chart, 480, 300)
    plot = scene.plot
    placed = [*scene.moods, *scene.markers["overall"], *scene.events["agreement"]]
    last = max(p.x() for p in placed)
    assert plot.left() + 4 <= min(p.x() for p in placed)
    assert last <= plot.right() - 4, (last, plot.right())


def test_moments_have_the_apps_colours_and_triggers_are_not_the_moods() -> None:
    palette = paper_palette()
    trigger = chart_style.color_of("trigger", palette)
    assert trigger.name() == chart_style.EVENT_STYLES["trigger"].light
    assert trigger != chart_style.color_of(MOOD, palette)
    chart = a_month((ChartEvent(dt.date(2026, 2, 14), "trigger", "A song"),))
    picture = QtGui.QImage(600, 360, QtGui.QImage.Format.Format_ARGB32)
    picture.fill(QtCore.Qt.GlobalColor.white)
    painter = QtGui.QPainter(picture)
    paint_chart(painter, QtCore.QRectF(0, 0, 600, 360), chart)
    painter.end()
    scene = export_scene(chart, 600, 360)
    where = scene.events["trigger"][0].toPoint()
    colours = {
        QtGui.QColor(picture.pixel(where.x() + dx, where.y() + dy)).name()
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    }
    assert trigger.name() in colours
