"""The timeline chart painted with QPainter, for the PDF (and later the app's timeline).

Trust (0-10) is read on the left axis, mood (1-5) on the right; each day's values
are dots, their moving averages lines; events are marked where they happened.
Everything is sized in points, so the chart is as sharp on paper as the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from trustjournal.core.exchange.model import Chart, ChartPoint
from trustjournal.core.records.trust import EVENT_KIND_LABELS

TRUST_COLOR = QColor("#2f6690")
MOOD_COLOR = QColor("#c0763a")
GRID_COLOR = QColor("#d7dee3")
TEXT_COLOR = QColor("#34444f")
EVENT_COLORS = {
    "discovery": QColor("#8c4a6b"),
    "therapy": QColor("#3a8a6e"),
    "agreement": QColor("#4f6db3"),
    "setback": QColor("#b5543c"),
    "trigger": QColor("#c9862c"),
    "breakthrough": QColor("#5b9a3a"),
    "milestone": QColor("#7a67b0"),
    "other": QColor("#7d8b94"),
}
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]


def chart_font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, pt: float = 1.0) -> None:
    """Paint the chart inside `rect`; `pt` is how many device units make a point
    (the device's dots per inch / 72: 1.0 on a 72 dpi surface)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(chart_font(8))
    legend_height = 16 * pt
    key_height = 16 * pt if chart.events else 0.0
    plot = QRectF(
        rect.left() + 26 * pt,
        rect.top() + legend_height + 6 * pt,
        rect.width() - 52 * pt,
        rect.height() - legend_height - key_height - 30 * pt,
    )
    _legend(painter, QRectF(rect.left(), rect.top(), rect.width(), legend_height), pt)
    _grid(painter, plot, pt, chart)
    days = max((chart.end - chart.start).days, 1)

    def x(day: dt.date) -> float:
        return plot.left() + plot.width() * (day - chart.start).days / days

    def y_trust(value: float) -> float:
        return plot.bottom() - plot.height() * value / 10.0

    def y_mood(value: float) -> float:
        return plot.bottom() - plot.height() * (value - 1.0) / 4.0

    for event in chart.events:
        color = EVENT_COLORS.get(event.kind, EVENT_COLORS["other"])
        pen = QPen(color, 0.8 * pt, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x(event.day), plot.top()), QPointF(x(event.day), plot.bottom()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QPointF(x(event.day), plot.top()), 2.6 * pt, 2.6 * pt)

    _series(painter, chart.trust, chart.trust_average, x, y_trust, TRUST_COLOR, pt)
    _series(painter, chart.moods, chart.mood_average, x, y_mood, MOOD_COLOR, pt)
    if not (chart.trust or chart.moods):
        painter.setPen(TEXT_COLOR)
        painter.drawText(
            plot, Qt.AlignmentFlag.AlignCenter, "Nothing was recorded in this period yet."
        )
    _dates(painter, plot, pt, chart.start, chart.end, x)
    if chart.events:
        key = QRectF(rect.left(), rect.bottom() - key_height, rect.width(), key_height)
        _event_key(painter, key, pt, sorted({e.kind for e in chart.events}))
    painter.restore()


def _series(
    painter: QPainter,
    points: Sequence[ChartPoint],
    average: Sequence[ChartPoint],
    x: Callable[[dt.date], float],
    y: Callable[[float], float],
    color: QColor,
    pt: float,
) -> None:
    if len(average) > 1:
        path = QPainterPath(QPointF(x(average[0].day), y(average[0].value)))
        for point in average[1:]:
            path.lineTo(QPointF(x(point.day), y(point.value)))
        painter.setPen(QPen(color, 1.8 * pt, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    light = QColor(color)
    light.setAlpha(150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(light))
    for point in points:
        painter.drawEllipse(QPointF(x(point.day), y(point.value)), 2.4 * pt, 2.4 * pt)


def _legend(painter: QPainter, rect: QRectF, pt: float) -> None:
    items = [
        (TRUST_COLOR, "Trust check-ins, 0\u201310 (left)"),
        (MOOD_COLOR, "Mood, 1\u20135 (right)"),
    ]
    left = rect.left() + 26 * pt
    metrics = painter.fontMetrics()
    for color, text in items:
        middle = rect.center().y()
        painter.setPen(QPen(color, 2.2 * pt))
        painter.drawLine(QPointF(left, middle), QPointF(left + 16 * pt, middle))
        painter.setPen(TEXT_COLOR)
        label = QRectF(
            left + 20 * pt, rect.top(), metrics.horizontalAdvance(text) + 4 * pt, rect.height()
        )
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        left = label.right() + 18 * pt
    painter.setPen(TEXT_COLOR)
    painter.drawText(
        QRectF(left, rect.top(), rect.right() - left, rect.height()),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
        "Lines: moving averages",
    )


def _grid(painter: QPainter, plot: QRectF, pt: float, chart: Chart) -> None:
    painter.setPen(QPen(GRID_COLOR, 0.6 * pt))
    for score in range(0, 11, 2):
        y = plot.bottom() - plot.height() * score / 10.0
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(TEXT_COLOR)
    for score in range(0, 11, 2):
        y = plot.bottom() - plot.height() * score / 10.0
        painter.drawText(
            QRectF(plot.left() - 24 * pt, y - 6 * pt, 20 * pt, 12 * pt),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(score),
        )
    for mood in range(1, 6):
        y = plot.bottom() - plot.height() * (mood - 1) / 4.0
        painter.drawText(
            QRectF(plot.right() + 4 * pt, y - 6 * pt, 20 * pt, 12 * pt),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(mood),
        )
    painter.setPen(QPen(QColor("#9aa8b1"), 0.8 * pt))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)


def _dates(
    painter: QPainter,
    plot: QRectF,
    pt: float,
    start: dt.date,
    end: dt.date,
    x: Callable[[dt.date], float],
) -> None:
    days = (end - start).days
    steps = min(6, max(days, 1))
    shown: list[dt.date] = []
    for step in range(steps + 1):
        day = start + dt.timedelta(days=round(days * step / steps))
        if day not in shown:
            shown.append(day)
    painter.setPen(TEXT_COLOR)
    metrics = painter.fontMetrics()
    top = plot.bottom() + 3 * pt
    boxes: list[tuple[QRectF, str, dt.date]] = []
    for index, day in enumerate(shown):
        label = f"{day.day} {day:%b}" if start.year == end.year else f"{day.day} {day:%b %Y}"
        width = metrics.horizontalAdvance(label) + 2 * pt
        left = x(day) - width / 2  # centred under its day; the first and last kept inside
        if index == 0:
            left = x(day)
        elif index == len(shown) - 1:
            left = x(day) - width
        boxes.append((QRectF(left, top, width, 12 * pt), label, day))
    # Labels that would touch a neighbour are left out; the first and the last stay.
    kept = [boxes[0]]
    for middle in boxes[1:-1]:
        clear_last = middle[0].right() + 6 * pt < boxes[-1][0].left()
        if middle[0].left() > kept[-1][0].right() + 6 * pt and clear_last:
            kept.append(middle)
    if len(boxes) > 1:
        kept.append(boxes[-1])
    for box, label, day in kept:
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.drawLine(QPointF(x(day), plot.bottom()), QPointF(x(day), plot.bottom() + 2 * pt))


def _event_key(painter: QPainter, rect: QRectF, pt: float, kinds: list[str]) -> None:
    left = rect.left() + 26 * pt
    metrics = painter.fontMetrics()
    for kind in kinds:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(EVENT_COLORS.get(kind, EVENT_COLORS["other"])))
        painter.drawEllipse(QPointF(left + 3 * pt, rect.center().y()), 2.6 * pt, 2.6 * pt)
        text = EVENT_KIND_LABELS.get(kind, kind)
        painter.setPen(TEXT_COLOR)
        width = metrics.horizontalAdvance(text) + 4 * pt
        painter.drawText(
            QRectF(left + 9 * pt, rect.top(), width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
        left += width + 20 * pt
