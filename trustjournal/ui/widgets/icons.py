"""The app's own line icons (resources/icons/*.svg), drawn in the theme's text color."""

from __future__ import annotations

import functools

from trustjournal.core.resources import resource
from trustjournal.ui.qt import QtCore, QtGui, QtSvg, QtWidgets

_SIZES = (16, 20, 24, 32, 48)


def icon(name: str, color: str | None = None) -> QtGui.QIcon:
    """The icon `name` (a file in resources/icons without .svg), in `color` or the text color."""
    return _cached(name, color or _text_color())


@functools.cache
def _cached(name: str, color: str) -> QtGui.QIcon:
    svg = resource(f"icons/{name}.svg").read_text(encoding="utf-8")
    renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(svg.replace("currentColor", color).encode()))
    result = QtGui.QIcon()
    for size in _SIZES:
        result.addPixmap(_draw(renderer, size))
    return result


def _draw(renderer: QtSvg.QSvgRenderer, size: int) -> QtGui.QPixmap:
    pixmap = QtGui.QPixmap(size, size)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


def _text_color() -> str:
    app = QtWidgets.QApplication.instance()
    if isinstance(app, QtWidgets.QApplication):
        return str(app.palette().color(QtGui.QPalette.ColorRole.WindowText).name())
    return "#2c2a33"
