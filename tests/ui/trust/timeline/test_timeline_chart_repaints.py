"""The chart keeps its painted view between repaints (hover, focus, exposure) and paints
again whenever what it shows changes: its data, view, series, size, palette or screen."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import CheckinDraft
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.trust.timeline import chart as chart_widget
from trustjournal.ui.trust.timeline.chart import TimelineChart
from trustjournal.ui.trust.timeline.data import ChartData


def picture(chart: TimelineChart, ratio: float = 1.0) -> QtGui.QImage:
    size = chart.size() * ratio
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    flags = QtWidgets.QWidget.RenderFlag.DrawChildren
    chart.render(image, QtCore.QPoint(), QtGui.QRegion(), flags)
    return image


def a_chart(qtbot: QtBot, journal: Journal, clock: ManualClock) -> TimelineChart:
    today = clock.today()
    for n, score in enumerate((2, 7, 4, 9, 1)):
        day = today - dt.timedelta(days=45 * n)  # longer than the view: room to move
        journal.checkins.add(CheckinDraft(day=day, scores={"overall": score}))
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data(ChartData(journal.timeline(dt.date.min, today)), today)
    chart.show_latest()
    return chart


def test_an_unchanged_view_gives_the_same_picture_and_a_change_a_new_one(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    chart = a_chart(qtbot, journal, clock)
    first = picture(chart)
    assert picture(chart) == first
    chart.set_series_visible("overall", False)
    assert picture(chart) != first
    chart.set_series_visible("overall", True)
    assert picture(chart) == first
    chart.pan(-0.25)
    assert picture(chart) != first
    chart.show_latest()
    assert picture(chart) == first
    chart.set_data(ChartData(journal.timeline(dt.date.min, clock.today())), clock.today())
    assert picture(chart) == first


def test_a_new_palette_size_or_pixel_ratio_is_painted_afresh(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    chart = a_chart(qtbot, journal, clock)
    first = picture(chart)
    palette = chart.palette()
    palette.setColor(QtGui.QPalette.ColorRole.Base, QtGui.QColor("#202020"))
    chart.setPalette(palette)
    assert picture(chart) != first
    chart.resize(500, 300)
    assert picture(chart).size() == QtCore.QSize(500, 300)
    sharp = picture(chart, 2.0)
    assert sharp.size() == QtCore.QSize(1000, 600)
    assert sharp.pixel(0, 0) == QtGui.QColor("#202020").rgba()
    blurred = picture(chart, 1.0).scaled(1000, 600)
    assert sharp.convertToFormat(blurred.format()) != blurred


def test_a_new_font_is_painted_afresh(qtbot: QtBot, journal: Journal, clock: ManualClock) -> None:
    chart = a_chart(qtbot, journal, clock)
    first = picture(chart, 2.0)
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)  # the app's text size setting, made larger
    chart.setFont(font)
    assert picture(chart, 2.0) != first


def never_painted(qtbot: QtBot, chart: TimelineChart, size: QtCore.QSize) -> TimelineChart:
    """A chart of `chart`'s data at `size`, panned back a quarter as the tests' are."""
    fresh = TimelineChart()
    qtbot.addWidget(fresh)
    fresh.resize(size)
    fresh.set_data(chart.data, chart.extent()[1])
    fresh.show_latest()
    fresh.pan(-0.25)
    return fresh


def test_the_kept_pixels_are_painted_over_only_at_the_same_size_and_pixel_ratio(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    """A new view is painted over the last one's pixmap (16 MB at 2x, made afresh at every
    step before); a new size or pixel ratio needs a pixmap of its own."""
    chart = a_chart(qtbot, journal, clock)
    picture(chart)
    chart.pan(-0.25)
    assert picture(chart) == picture(never_painted(qtbot, chart, chart.size()))
    chart.resize(700, 350)
    assert picture(chart) == picture(never_painted(qtbot, chart, chart.size()))
    sharp = picture(chart, 2.0)
    assert sharp == picture(never_painted(qtbot, chart, chart.size()), 2.0)
    chart.resize(1400, 700)
    assert picture(chart) == picture(never_painted(qtbot, chart, chart.size()))


def test_a_new_view_is_painted_onto_the_screen_and_kept_once_it_rests(
    qtbot: QtBot, journal: Journal, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zoom or pan step paints straight onto the screen (keeping the view and copying it
    cost 2 ms more at 2x); the view is kept once it rests, or at the repaint after it
    (hover, focus) if that comes first; the repaints after copy it."""
    chart = a_chart(qtbot, journal, clock)
    painted: list[bool] = []
    monkeypatch.setattr(
        chart_widget, "paint_timeline", lambda painter, *_args: painted.append(True)
    )

    def paints_of_three_repaints() -> list[int]:
        counts = []
        for _repaint in range(3):
            before = len(painted)
            picture(chart, 2.0)
            counts.append(len(painted) - before)
        return counts

    assert paints_of_three_repaints() == [1, 1, 0]
    for change in (
        lambda: chart.pan(-0.25),
        lambda: chart.set_series_visible("overall", False),
        lambda: chart.resize(500, 300),
        lambda: chart.setFont(QtGui.QFont("Serif", 20)),
    ):
        change()
        assert paints_of_three_repaints() == [1, 1, 0]
    chart.pan(-0.25)
    picture(chart, 2.0)
    before = len(painted)
    qtbot.waitUntil(lambda: len(painted) > before)  # the view rests: kept without a repaint
    assert paints_of_three_repaints() == [0, 0, 0]
