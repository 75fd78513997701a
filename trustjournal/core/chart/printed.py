"""What only the export's chart adds to the one painter's drawing: the questionnaire
totals the export holds, as the data the painter reads, and each total's line named on
the chart (on paper there is no pointer to hover a line and ask)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtGui

from trustjournal.core.chart import style
from trustjournal.core.chart.data import SCORE_PREFIX, ChartData
from trustjournal.core.chart.scene import Scene
from trustjournal.core.exchange.model import ExportScore

NAME_GAP = 6.0  # between a line's last marker and its name


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
