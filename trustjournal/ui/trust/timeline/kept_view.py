"""The timeline chart's view kept as a picture between repaints.

Hover, focus and exposure repaint the chart often, and a ten-year view at a pixel ratio
of 2 takes far longer to paint than to copy. A new view (a zoom or pan step) is painted
straight onto the screen, since keeping it first and copying it cost 2 ms more at 2x;
it is kept once it has rested REST_MS, or at the next repaint if that comes first.
"""

from __future__ import annotations

from collections.abc import Callable

from trustjournal.core.chart import drawing
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets

REST_MS = 150  # a view shown this long without a change is kept for the repaints after it

PaintView = Callable[[QtGui.QPainter], None]


class KeptView:
    """What `paint_view` draws on `widget`, kept until `forget` (the caller's view
    changed: data, window, series, size, palette or font)."""

    def __init__(self, widget: QtWidgets.QWidget, paint_view: PaintView) -> None:
        self._widget = widget
        self._paint_view = paint_view
        self._picture: QtGui.QPixmap | None = None  # the view as last painted
        self._canvas: QtGui.QPixmap | None = None  # its pixels, painted over for the next view
        self._shown_at = 0.0  # the pixel ratio the view was painted at straight onto the screen
        self._rest = QtCore.QTimer(widget)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_MS)
        self._rest.timeout.connect(self.keep)

    def forget(self) -> None:
        """The view changed: paint it afresh at the next repaint."""
        self._picture = None
        self._shown_at = 0.0
        self._widget.update()

    def paint(self, painter: QtGui.QPainter, exposed: QtCore.QRect) -> None:
        """Paint the view with `painter` for a repaint of `exposed`: straight when it is
        new and the whole widget is repainted, else as a copy of the kept picture."""
        if self._picture is None and not self._shown_at and exposed.contains(self._widget.rect()):
            self._paint_view(painter)
            self._shown_at = drawing.device_ratio(painter)
            self._rest.start()
        else:
            painter.drawPixmap(0, 0, self._painted(drawing.device_ratio(painter)))

    def keep(self) -> None:
        """Keep the view painted straight onto the screen, once it has rested (called by
        the timer, and by the benchmark through the chart's `keep_view`)."""
        if self._picture is None and self._shown_at:
            self._painted(self._shown_at)

    def _painted(self, ratio: float) -> QtGui.QPixmap:
        """The view as painted at `ratio`, kept until it changes."""
        cached = self._picture
        if cached is not None and cached.devicePixelRatio() == ratio:
            return cached
        picture = self._canvas_for(ratio)
        painter = QtGui.QPainter(picture)
        painter.setFont(self._widget.font())  # a pixmap's painter would start with the app's
        self._paint_view(painter)
        painter.end()
        self._picture = picture
        return picture

    def _canvas_for(self, ratio: float) -> QtGui.QPixmap:
        """The last view's pixmap when it still fits the widget at `ratio`, else a new one:
        at 2x a view is 16 MB, which the system clears page by page when it is new (about a
        millisecond of each zoom or pan step, freeing the old one as much again)."""
        size = self._widget.size() * ratio
        size = QtCore.QSize(max(1, size.width()), max(1, size.height()))
        canvas = self._canvas
        if canvas is None or canvas.size() != size:
            canvas = self._canvas = QtGui.QPixmap(size)
        canvas.setDevicePixelRatio(ratio)
        return canvas
