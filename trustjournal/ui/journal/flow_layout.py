"""A layout that places widgets left to right and wraps them onto new lines, like words."""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtWidgets


class FlowLayout(QtWidgets.QLayout):
    def __init__(self, parent: QtWidgets.QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QtWidgets.QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:  # noqa: N802
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if width not in self._heights:
            self._heights[width] = self._arrange(QtCore.QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QtCore.QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QtCore.QSize:  # noqa: N802
        size = QtCore.QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QtCore.QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def _arrange(self, rect: QtCore.QRect, move: bool) -> int:
        """Place the lines top to bottom; in a line, items of different heights (a field
        beside a checkbox) share one middle, so their words read on one level."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for number, line in enumerate(self._lines(area.width())):
            if number:
                y += self._spacing
            height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if move:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QtCore.QRect(QtCore.QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height
        return y - rect.y() + margins.bottom()

    def _lines(self, width: int) -> list[list[tuple[QtWidgets.QLayoutItem, QtCore.QSize]]]:
        """The shown items with their sizes, cut into lines no wider than `width` (an item
        wider than that gets a line of its own)."""
        lines: list[list[tuple[QtWidgets.QLayoutItem, QtCore.QSize]]] = []
        line: list[tuple[QtWidgets.QLayoutItem, QtCore.QSize]] = []
        used = 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            if line and used + hint.width() > width:
                lines.append(line)
                line, used = [], 0
            line.append((item, hint))
            used += hint.width() + self._spacing
        if line:
            lines.append(line)
        return lines
