"""The export's chart draws the questionnaire totals it holds (issue 24): a line for each
questionnaire, its range spread over the left scale, in the app's colour and dots, named
beside its last total; and the key says them in the app's words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6 import QtCore, QtGui

from trustjournal.core.chart import painter as chart_module
from trustjournal.core.chart import style
from trustjournal.core.chart.data import SCORE_PREFIX
from trustjournal.core.chart.painter import export_scene, paint_chart, paper_palette
from trustjournal.core.exchange.model import Chart, ChartPoint, ExportScore

START, END = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
SIZE = QtCore.QRectF(0, 0, 600, 360)


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """pytest-qt's QApplication, made before anything paints."""


def no_checkins() -> Chart:
    return Chart(START, END, moods=(), mood_average=(), trust=(), trust_average=(), events=())


def phq(*totals: tuple[int, int]) -> ExportScore:
    points = tuple(ChartPoint(dt.date(2026, 2, day), float(total)) for day, total in totals)
    return ExportScore("PHQ-9", 0, 27, points, points[0].day, 0, past_cutoff=False)


def test_each_questionnaire_is_a_line_spread_over_the_left_scale() -> None:
    scene = export_scene(no_checkins(), 600, 360, scores=[phq((3, 27), (17, 0))])
    [first, last] = scene.markers[SCORE_PREFIX + "PHQ-9"]
    assert (round(first[1]), round(last[1])) == (round(scene.y(10)), round(scene.y(0)))
    assert export_scene(no_checkins(), 600, 360).lines.keys().isdisjoint({"score:PHQ-9"})


def painted(chart: Chart, scores: list[ExportScore]) -> QtGui.QImage:
    picture = QtGui.QImage(600, 360, QtGui.QImage.Format.Format_ARGB32)
    picture.fill(QtCore.Qt.GlobalColor.white)
    painter = QtGui.QPainter(picture)
    paint_chart(painter, SIZE, chart, scores=scores)
    painter.end()
    return picture


def test_the_totals_have_the_apps_colour_and_the_apps_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written: list[str] = []
    draw_text = QtGui.QPainter.drawText

    def noting(self: QtGui.QPainter, *args: object) -> None:
        written.append(str(args[-1]))
        draw_text(self, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QtGui.QPainter, "drawText", noting)
    scores = [phq((3, 20), (17, 9))]
    picture = painted(no_checkins(), scores)
    scene = export_scene(no_checkins(), 600, 360, scores=scores)
    where = QtCore.QPointF(*scene.markers[SCORE_PREFIX + "PHQ-9"][0]).toPoint()
    assert picture.pixelColor(where).name() == style.SCORE_STYLE.light
    assert style.color_of("score:PHQ-9", paper_palette()).name() == style.SCORE_STYLE.light
    assert "Questionnaire totals" in written and "PHQ-9" in written
    # Totals are something recorded: the chart is not said to be empty.
    assert not any(w.startswith("Nothing was recorded") for w in written)
    written.clear()
    painted(no_checkins(), [])
    assert "Questionnaire totals" not in written and "PHQ-9" not in written
    assert chart_module.SCORES in chart_module.PRINTED


def test_a_key_too_long_for_one_row_goes_on_to_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A narrow chart: the totals' name in the key starts a second row instead of running
    off the page, and the plot starts below it."""
    boxes: dict[str, QtCore.QRectF] = {}
    draw_text = QtGui.QPainter.drawText

    def noting(self: QtGui.QPainter, *args: object) -> None:
        if isinstance(args[0], QtCore.QRectF):
            boxes[str(args[-1])] = args[0]
        draw_text(self, *args)  # type: ignore[call-overload]

    monkeypatch.setattr(QtGui.QPainter, "drawText", noting)
    picture = QtGui.QImage(320, 300, QtGui.QImage.Format.Format_ARGB32)
    picture.fill(QtCore.Qt.GlobalColor.white)
    painter = QtGui.QPainter(picture)
    paint_chart(painter, QtCore.QRectF(0, 0, 320, 300), no_checkins(), scores=[phq((3, 20))])
    painter.end()
    metrics = QtGui.QFontMetricsF(chart_module.chart_font(8), picture)  # the chart's font
    totals, trust = boxes["Questionnaire totals"], boxes["Trust check-ins, 0\u201310 (left)"]
    assert totals.left() + metrics.horizontalAdvance("Questionnaire totals") <= 320
    assert totals.top() >= trust.bottom()
    two_rows = export_scene(no_checkins(), 320, 300, scores=[phq((3, 20))], legend_rows=2)
    assert two_rows.plot.top() >= totals.bottom()
