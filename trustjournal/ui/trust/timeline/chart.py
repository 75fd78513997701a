"""The trust timeline chart: check-in lines, daily mood dots and event glyphs, painted by hand.

Paths are built once per view (data, window, size, shown series) and only for
what is in view; a paint then strokes a handful of paths. Colours come from the
widget's palette, so light and dark both read well, and every series has its
own dash pattern and marker shape besides its colour.
"""

from __future__ import annotations

import datetime as dt
import math

from trustjournal.core.chart.axis import ZOOMS, Window, clamped, zoom_window
from trustjournal.core.chart.data import (
    CHECKIN,
    EVENT,
    MOOD_KIND,
    TOGETHER,
    TOGETHER_SERIES,
    ChartItem,
)
from trustjournal.core.chart.painter import paint_timeline, plot_rect
from trustjournal.core.chart.scene import EVENTS, Scene, build_scene
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import DIMENSIONS, dimension_label
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.trust.timeline.data import ChartData, describe
from trustjournal.ui.trust.timeline.kept_view import KeptView
from trustjournal.ui.widgets.access.labelling import say_role
from trustjournal.ui.widgets.dates import number

__all__ = ["TimelineChart"]

HIT_RADIUS = 9.0
DRAG_START = 4.0
KIND_ORDER = {EVENT: 0, CHECKIN: 1, TOGETHER: 2, MOOD_KIND: 3}


class TimelineChart(QtWidgets.QWidget):
    checkin_activated = Signal(int)
    event_activated = Signal(int)
    mood_activated = Signal(object)  # the day, a datetime.date
    view_changed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        say_role(self, QtGui.QAccessible.Role.Chart)  # before its name: see say_role
        self.setAccessibleName(_("Trust and mood over time"))
        self.setAccessibleDescription(
            _(
                "Left and right arrows move in time, plus and minus zoom, Home shows the latest "
                "days; up and down choose a check-in, mood or moment, and Enter opens it."
            )
        )
        self.keys_help = self.accessibleDescription()  # said after the view's summary
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 260)
        self._data = ChartData()
        self._today = dt.date.today()
        self._window = Window(self._today.toordinal() + 1 - 92.0, 92.0)
        self.zoom = "quarter"
        self._hidden: set[str] = set()
        self._scene: Scene | None = None
        self._kept = KeptView(self, self._paint_view)
        self._hover: ChartItem | None = None
        self._press: QtCore.QPointF | None = None
        self._dragged = False

    # -- what to show -------------------------------------------------------------------

    def set_data(self, data: ChartData, today: dt.date) -> None:
        self._data = data
        self._today = today
        self._hover = None
        self._set_window(clamped(self._window, self.extent()))

    @property
    def data(self) -> ChartData:
        return self._data

    def say_view(self, summary: str) -> None:
        """Tell screen readers what the view shows (a sentence or two), then how to move."""
        self.setAccessibleDescription(f"{summary} {self.keys_help}")

    def clear(self) -> None:
        self.set_data(ChartData(), self._today)

    def extent(self) -> tuple[dt.date, dt.date]:
        """The days the history covers, reaching at least to today."""
        found = self._data.extent()
        if found is None:
            return self._today - dt.timedelta(days=30), self._today
        return found[0], max(found[1], self._today)

    def set_series_visible(self, name: str, visible: bool) -> None:
        """Show or hide a dimension, "mood", "average" or "events"."""
        if visible:
            self._hidden.discard(name)
        else:
            self._hidden.add(name)
        self._invalidate()

    def is_series_visible(self, name: str) -> bool:
        return name not in self._hidden

    # -- moving in time -----------------------------------------------------------------

    def set_zoom(self, zoom: str) -> None:
        if zoom not in ZOOMS:
            raise ValueError(f"unknown zoom {zoom!r}")
        self.zoom = zoom
        self._set_window(clamped(zoom_window(zoom, self._window, self.extent()), self.extent()))

    def show_latest(self) -> None:
        """The current zoom, ending with today."""
        if self.zoom == "all":
            self.set_zoom("all")
            return
        latest = self._window.ending_on(self._today + dt.timedelta(days=1), self._window.span)
        self._set_window(clamped(latest, self.extent()))

    def pan(self, fraction: float) -> None:
        """Move by a fraction of the window: negative is back in time."""
        self.pan_days(self._window.span * fraction)

    def pan_days(self, days: float) -> None:
        self._set_window(clamped(self._window.moved(days), self.extent()))

    def view_range(self) -> tuple[dt.date, dt.date]:
        """The first and last whole day in view."""
        return self._window.days()

    def _set_window(self, window: Window) -> None:
        changed = window != self._window
        self._window = window
        self._invalidate()
        if changed:
            self.view_changed.emit()

    def _invalidate(self) -> None:
        self._scene = None
        self._kept.forget()

    # -- a small read-only view for tests and screen readers ----------------------------

    def visible_points(self) -> list[ChartItem]:
        """Everything drawn in the current view: shown series, moods and events."""
        return self._shown_between(self._window.first_day(), self._window.last_day())

    def _shown_between(self, first: int, last: int) -> list[ChartItem]:
        """Items of the shown series on day numbers first..last."""
        found: list[ChartItem] = []
        for name in (*DIMENSIONS, MOOD, *TOGETHER_SERIES):
            if self.is_series_visible(name):
                found.extend(self._data.in_series(name, first, last))
        if self.is_series_visible(EVENTS):
            found.extend(self._data.events_between(first, last))
        return found

    def position_of(self, item: ChartItem) -> QtCore.QPointF:
        """Where `item` is drawn, in widget pixels (its marker's centre)."""
        first, last = self._window.first_day(), self._window.last_day()
        if not first <= item.day.toordinal() <= last:
            raise LookupError("that item is not in view")
        return self._ensure_scene().position(item)

    def _near(self, point: QtCore.QPointF) -> list[ChartItem]:
        """Shown items on the days within reach of `point`."""
        plot = self._ensure_scene().plot
        reach = HIT_RADIUS / plot.width() * self._window.span
        day = self._window.start + (point.x() - plot.left()) / plot.width() * self._window.span
        first = max(math.floor(day - reach - 0.5), self._window.first_day())
        last = min(math.ceil(day + reach - 0.5), self._window.last_day())
        return self._shown_between(first, last)

    def item_at(self, point: QtCore.QPointF) -> ChartItem | None:
        """The item nearest `point` within a few pixels; events win over dots and lines, and
        of scores in one place the one drawn on top (the later series) wins."""
        found = self.items_at(point)
        return found[-1] if found else None

    def items_at(self, point: QtCore.QPointF) -> list[ChartItem]:
        """Every item at the nearest spot within reach of `point`, in drawing order (the
        last is on top): two scores of one check-in can sit on the same spot."""
        best: tuple[float, int] | None = None
        found: list[ChartItem] = []
        for item in self._near(point):
            where = self.position_of(item)
            distance = (where.x() - point.x()) ** 2 + (where.y() - point.y()) ** 2
            if distance > HIT_RADIUS**2:
                continue
            rank = (round(distance), 0 if item.kind == EVENT else 1 if item.kind == CHECKIN else 2)
            if best is None or rank < best:
                best, found = rank, [item]
            elif rank == best:
                found.append(item)
        return found

    # -- building the scene --------------------------------------------------------------

    def _plot_rect(self) -> QtCore.QRectF:
        return plot_rect(self.width(), self.height())

    def _ensure_scene(self) -> Scene:
        if self._scene is None:
            self._scene = build_scene(
                self._data, self._window, self._plot_rect(), self.is_series_visible
            )
        return self._scene

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QtGui.QPainter(self)
        self._kept.paint(painter, event.rect())
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        self._paint_hover(painter, palette)
        if self.hasFocus():
            self._paint_focus(painter, palette)
        painter.end()

    def keep_view(self) -> None:
        """Keep the view painted straight onto the screen (the benchmark's frame)."""
        self._kept.keep()

    def _paint_view(self, painter: QtGui.QPainter) -> None:
        palette = self.palette()
        painter.save()
        painter.fillRect(self.rect(), palette.color(QtGui.QPalette.ColorRole.Base))
        paint_timeline(painter, self._ensure_scene(), palette, self._today)  # the PDF's painter
        painter.restore()

    def _paint_hover(self, painter: QtGui.QPainter, palette: QtGui.QPalette) -> None:
        if self._hover is None:
            return
        try:
            where = self.position_of(self._hover)
        except LookupError:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(palette.color(QtGui.QPalette.ColorRole.WindowText), 1.5))
        painter.drawEllipse(where, 8.0, 8.0)

    def _paint_focus(self, painter: QtGui.QPainter, palette: QtGui.QPalette) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QtGui.QPen(palette.color(QtGui.QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)

    # -- the mouse and the keyboard ---------------------------------------------------------

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        self._invalidate()
        super().resizeEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802
        if event.type() in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.FontChange):
            self._kept.forget()
        super().changeEvent(event)

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag_to(event.position())
            return
        self._hover_at(event.position(), event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                self.activate(self.item_at(event.position()))
            self._press = None
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QtGui.QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        steps = (delta.y() or delta.x()) / 120.0
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(-1 if steps > 0 else 1)
        else:
            self.pan(-0.1 * steps)
        event.accept()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        moves: dict[int, float] = {Qt.Key.Key_Left: -0.25, Qt.Key.Key_Right: 0.25}
        if key in moves:
            self.pan(moves[key] * (4 if shift else 1))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.step_zoom(-1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.step_zoom(1)
        elif key == Qt.Key.Key_Home:
            self.show_latest()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_item(1 if key == Qt.Key.Key_Down else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self._hover)
        else:
            super().keyPressEvent(event)

    def step_item(self, step: int) -> ChartItem | None:
        """Choose the next (1) or previous (-1) thing in view from the keyboard, show what
        it is, and tell screen readers; Enter then opens it."""
        items = sorted(self.visible_points(), key=_in_time)
        if not items:
            return None
        if self._hover in items:
            index = (items.index(self._hover) + step) % len(items)
        else:
            index = 0 if step > 0 else len(items) - 1
        self._hover = items[index]
        words = describe(self._data, self._hover)
        self.setAccessibleDescription(words)
        where = self.mapToGlobal(self.position_of(self._hover).toPoint())
        QtWidgets.QToolTip.showText(where, words, self)
        self.update()
        return self._hover

    def step_zoom(self, step: int) -> None:
        """One zoom in (-1) or out (+1): month, quarter, year, all."""
        index = min(max(ZOOMS.index(self.zoom) + step, 0), len(ZOOMS) - 1)
        self.set_zoom(ZOOMS[index])

    def activate(self, item: ChartItem | None) -> None:
        """Open what `item` is: its check-in, its event or that day's entry."""
        if item is None:
            return
        if item.kind == CHECKIN and item.ref is not None:
            self.checkin_activated.emit(item.ref)
        elif item.kind == EVENT and item.ref is not None:
            self.event_activated.emit(item.ref)
        elif item.kind == TOGETHER:
            return  # its tooltip says what it was; the answers stay in the journal
        else:
            self.mood_activated.emit(item.day)

    def _drag_to(self, point: QtCore.QPointF) -> None:
        assert self._press is not None
        moved = point.x() - self._press.x()
        if not self._dragged and abs(moved) < DRAG_START:
            return
        self._dragged = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        days = -moved / self._plot_rect().width() * self._window.span
        self._press = point
        self.pan_days(days)

    def _hover_at(self, point: QtCore.QPointF, global_point: QtCore.QPoint) -> None:
        item = self.item_at(point)
        if item != self._hover:
            self._hover = item
            self.update()
        if item is None:
            QtWidgets.QToolTip.hideText()
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            words = describe(self._data, item)
            for other in self.items_at(point)[:-1]:  # scores hidden under the top one
                if other.kind == CHECKIN and other.ref == item.ref:
                    score = number(other.value or 0, 0)
                    words += "\n" + texts.TIP_SCORE.format(
                        dimension=dimension_label(other.series), score=score
                    )
            QtWidgets.QToolTip.showText(global_point, words, self)


def _in_time(item: ChartItem) -> tuple[dt.date, int, str]:
    """In time order; on one day, moments first, then check-in scores, then the mood."""
    return item.day, KIND_ORDER[item.kind], item.series
