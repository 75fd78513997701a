"""The column each step of the check-in together reads in: short lines at the usual text
size, wider as the text grows, and never narrower than what it holds.

A fixed most width (920 px) held the answers side by side narrower than two long names
need at 200 % text: the names were cut and each long answer lost its last line.
"""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.widgets.dialog_fit import grown_width

CONTENT_WIDTH = 920  # px at the usual text size: lines stay short enough to read easily


class ReadingColumn(QtWidgets.QWidget):
    def event(self, event: QtCore.QEvent) -> bool:
        # A new text size (a font change) or new content (a layout request) moves the bound.
        kinds = (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.LayoutRequest)
        if event.type() in kinds:
            self.bound_width()
        return super().event(event)

    def bound_width(self) -> None:
        most = max(grown_width(CONTENT_WIDTH, self), self.minimumSizeHint().width())
        if self.maximumWidth() != most:
            self.setMaximumWidth(most)
