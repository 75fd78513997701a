"""The export's chart: the app's painter, the app's colours, nothing on the border."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6 import QtCore, QtGui
from together_kit import together_draft

from trustjournal.core.chart import painter as chart_module
from trustjournal.core.chart import style as chart_style
from trustjournal.core.chart.data import TOGETHER_SERIES, ChartData
from trustjournal.core.chart.painter import (
    export_scene,
    paint_chart,
    paper_palette,
)
from trustjournal.core.chart.scene import Scene
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import (
    Chart,
    ChartEvent,
    ChartPoint,
    ExportDocument,
    ExportOptions,
)
from trustjournal.core.exchange.texts.export import CHART_HEADING
from trustjournal.core.journal.journal import Journal
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
    last = max(x for x, _y in placed)
    assert plot.left() + 4 <= min(x for x, _y in placed)
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
    where = QtCore.QPointF(*scene.events["trigger"][0]).toPoint()
    colours = {
        QtGui.QColor(picture.pixel(where.x() + dx, where.y() + dy)).name()
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    }
    assert trigger.name() in colours


# -- check-ins done together: the same lines as the app's chart ---------------------------


def together_export(journal: Journal, consents: bool) -> ExportDocument:
    journal.together.add(together_draft(dt.date(2026, 3, 12), partner_consents=consents))
    options = ExportOptions(date_from=dt.date(2026, 3, 1), chart=True)
    return build_export(journal, options)


def app_lines(journal: Journal, first: dt.date, last: dt.date) -> dict[str, list[float]]:
    """The scores of the together lines the app's chart draws, from the same journal."""
    data = ChartData(journal.timeline(first, last))
    ends = first.toordinal(), last.toordinal()
    return {name: [i.value or 0 for i in data.in_series(name, *ends)] for name in TOGETHER_SERIES}


def painted_chart(
    journal: Journal, monkeypatch: pytest.MonkeyPatch, consents: bool
) -> tuple[ExportDocument, Scene, str]:
    """The export with a check-in done together, the scene the one painter drew for its
    PDF, and the text of the PDF's chart page."""
    document = together_export(journal, consents)
    scenes: list[Scene] = []
    painter = chart_module.paint_timeline

    def spy(paint: QtGui.QPainter, scene: Scene, *args: Any, **kwargs: Any) -> None:
        scenes.append(scene)
        painter(paint, scene, *args, **kwargs)

    monkeypatch.setattr(chart_module, "paint_timeline", spy)
    pages = PdfReader(io.BytesIO(render(document, "pdf"))).pages
    texts = [" ".join(page.extract_text().split()) for page in pages]
    (scene,) = scenes
    return document, scene, next(t for t in texts if CHART_HEADING in t)


def test_the_pdf_chart_draws_the_together_lines_the_app_draws(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    document, scene, text = painted_chart(journal, monkeypatch, consents=True)
    expected = app_lines(journal, document.period.start, document.period.end)
    assert expected == {"together_owner": [16 / 3], "together_partner": [27 / 4]}
    for name, scores in expected.items():
        drawn = [round(scene.plot.bottom() - y, 3) for _x, y in scene.markers[name]]
        assert drawn == [round(s / 10 * scene.plot.height(), 3) for s in scores]
    assert "Together: you" in text and "Together: partner" in text


def test_without_the_partners_yes_the_pdf_chart_draws_only_the_owners_line(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    _document, scene, text = painted_chart(journal, monkeypatch, consents=False)
    assert scene.markers["together_owner"] and not scene.markers["together_partner"]
    assert "Together: you" in text and "Together: partner" not in text


def test_an_export_without_check_ins_together_draws_no_together_line(journal: Journal) -> None:
    scene = export_scene(a_month(()), 600, 360)
    assert not any(scene.markers.get(name) for name in TOGETHER_SERIES)
