"""Two parts of a page side by side when the page has room for both, else one below the
other: a list and its details, a chart's moments and its trends.

A row of two fixed halves held the page wider than its window in a longer language and
at 200 % text (the Agreements and Prompts pages scrolled sideways by 90 to 250 px). Here
the page asks only for the room of its wider part (what one above the other needs), so the
scroll area around it never scrolls sideways; the parts go side by side again as soon as
their least widths fit.
"""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtGui, QtWidgets

Direction = QtWidgets.QBoxLayout.Direction
UNBOUNDED = 16777215  # Qt's QWIDGETSIZE_MAX: no most width


class BesideOrBelow(QtWidgets.QWidget):
    """`first` (a widget or a layout) and `second` in one row when their least widths fit,
    in one column otherwise; `second_most_width` bounds the second part beside the first (a
    details card reads badly stretched), never below its own least width, nor below."""

    def __init__(
        self,
        first: QtWidgets.QWidget | QtWidgets.QLayout,
        second: QtWidgets.QWidget,
        stretch: tuple[int, int] = (1, 1),
        second_most_width: int = UNBOUNDED,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.box = QtWidgets.QBoxLayout(Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        if isinstance(first, QtWidgets.QLayout):
            self.box.addLayout(first, stretch[0])
        else:
            self.box.addWidget(first, stretch[0])
        self.box.addWidget(second, stretch[1])
        self.second = second
        self.second_most_width = second_most_width
        self._bound_second(beside=True)

    def beside(self) -> bool:
        return self.box.direction() == Direction.LeftToRight

    def side_by_side_width(self) -> int:
        """The least width both parts need in one row, with the spacing between."""
        return sum(self._least_widths()) + self.box.spacing()

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        """Only as wide as the wider part: one below the other is always possible, so a
        narrow window never has to scroll sideways to show this."""
        least = super().minimumSizeHint()
        return QtCore.QSize(max(self._least_widths(), default=0), least.height())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.arrange(event.size().width())

    def event(self, event: QtCore.QEvent) -> bool:
        # A part's least width changes after this widget's own resize (a larger text or
        # another language reaches the parts later): choose again when the layout is asked.
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            self.arrange(self.width())
        return super().event(event)

    def arrange(self, width: int) -> None:
        self._bound_second(self.beside())
        beside = width >= self.side_by_side_width()
        if beside == self.beside():
            return
        self.box.setDirection(Direction.LeftToRight if beside else Direction.TopToBottom)
        self._bound_second(beside)
        self.updateGeometry()

    def _bound_second(self, beside: bool) -> None:
        """Beside: no wider than its most width, unless its words need more (a word longer
        than the card is wide would be cut). Below: as wide as the first."""
        most = max(self.second_most_width, self.second.minimumSizeHint().width())
        self.second.setMaximumWidth(most if beside else UNBOUNDED)

    def _least_widths(self) -> list[int]:
        items = (self.box.itemAt(number) for number in range(self.box.count()))
        return [item.minimumSize().width() for item in items if item is not None]
