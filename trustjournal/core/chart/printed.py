"""What only the export's chart adds to the one painter's drawing: the export as the data
the painter reads (with the questionnaire totals and the arrangements it holds), and each
total's line named on the chart (on paper there is no pointer to hover a line and ask)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtGui

from trustjournal.core.chart import style
from trustjournal.core.chart.data import (
    CHECKIN,
    EVENT,
    MOOD_KIND,
    SCORE_PREFIX,
    TOGETHER_SERIES,
    ArrangementSpan,
    ChartData,
    ChartItem,
    PhaseSpan,
)
from trustjournal.core.chart.scene import Scene
from trustjournal.core.exchange.model import Chart, ExportScore, ExportTogether
from trustjournal.core.journal.trends import MOOD, Point

NAME_GAP = 6.0  # between a line's last marker and its name


def export_data(
    chart: Chart,
    together: Sequence[ExportTogether] = (),
    phases: Sequence[PhaseSpan] = (),
    scores: Sequence[ExportScore] = (),
) -> ChartData:
    """An export's chart as the data the painter reads: trust as the "overall" line with
    its moving average, the days' moods, the events, the check-ins done together that
    the export holds (the partner's only with their yes), a line for each person, and the
    recovery path's phases as bands when the export holds the path, and the questionnaire
    totals when it holds them; the arrangements both said yes to as strips."""
    data = ChartData()
    data.phases = list(phases)
    data.arrangements = [ArrangementSpan(a.start, a.last, a.name) for a in chart.arrangements]
    add_totals(data, scores)
    for number, done in enumerate(together):
        owner, partner = TOGETHER_SERIES
        data.add_together(owner, done.day, done.mine.scores, number)
        if done.partner is not None:
            data.add_together(partner, done.day, done.partner.scores, number)
    for point in chart.trust:
        data.series["overall"].add(ChartItem(CHECKIN, "overall", point.day, point.value, None))
    for point in chart.moods:
        data.series[MOOD].add(ChartItem(MOOD_KIND, MOOD, point.day, point.value, None))
    for number, event in enumerate(sorted(chart.events, key=lambda e: e.day)):
        data.events.add(ChartItem(EVENT, event.kind, event.day, None, number))
    data.average = [Point(p.day, p.value) for p in chart.trust_average]
    return data


def add_totals(data: ChartData, scores: Sequence[ExportScore]) -> None:
    """The totals of each questionnaire the export holds (only when the person chose to
    share them: the export's scores are None otherwise), a line each."""
    for score in scores:
        for point in sorted(score.totals, key=lambda p: p.day):
            data.add_total(score.name, point.day, point.value, (score.low, score.high), None)


def paint_total_names(painter: QtGui.QPainter, scene: Scene, palette: QtGui.QPalette) -> None:
    """Each questionnaire's name beside its last total, in its line's colour: after the
    marker when it fits in the plot, else before it, and moved a line up or down when it
    would cover a name already written. The lines share one look, so the name is what
    tells them apart."""
    metrics = painter.fontMetrics()
    plot = scene.plot
    taken: list[QtCore.QRectF] = []
    for name, line in scene.lines.items():
        # The line runs on one point beyond each edge: its last total in view is named.
        inside = [p for p in line.toList() if plot.left() <= p.x() <= plot.right()]
        if not name.startswith(SCORE_PREFIX) or not inside:
            continue
        words = name.removeprefix(SCORE_PREFIX)
        last = max(inside, key=lambda p: p.x())
        width, height = metrics.horizontalAdvance(words), float(metrics.height())
        left = last.x() + NAME_GAP
        if left + width > plot.right():
            left = last.x() - NAME_GAP - width
        box = _free_place(QtCore.QRectF(left, last.y() - NAME_GAP - height, width, height), taken)
        taken.append(box)
        painter.setPen(style.color_of(name, palette))
        painter.drawText(QtCore.QPointF(box.left(), box.top() + metrics.ascent()), words)


def _free_place(box: QtCore.QRectF, taken: list[QtCore.QRectF]) -> QtCore.QRectF:
    """`box`, or the nearest place a line above or below it that covers no taken box."""
    for step in (0, -1, 1, -2, 2, -3, 3):
        moved = box.translated(0, step * box.height())
        if not any(moved.intersects(other) for other in taken):
            return moved
    return box
