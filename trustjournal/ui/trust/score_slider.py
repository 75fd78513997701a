"""A 0-10 score slider that looks unanswered until it is answered, and answers where clicked.

The check-in and "Check in together" both ask for scores that may be left out. A slider
with no answer yet (or skipped) still has to look like a slider, or a person does not know
what to do with it (issue 21, item 8); but a handle drawn as usual in the middle reads as
an answer of 5. So an unanswered slider draws its groove and ticks as a control not in
use, and its handle as a hollow ring: there to be taken, not yet a value.

Qt's own slider moves only by a page step when its groove is clicked, and only once the
button has been held for half a second, so a quick click did nothing at all (issue 21,
item 9). Here a click on the groove puts the handle there and answers.
"""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import SCORE_MAX, SCORE_MIN
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.trust.texts import scale_name

RING_WIDTH = 2.0
MIDDLE = (SCORE_MIN + SCORE_MAX) // 2


class ScoreSlider(QtWidgets.QSlider):
    def __init__(self, name: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName(name)
        self.setRange(SCORE_MIN, SCORE_MAX)
        self.setPageStep(1)
        self.setTickPosition(QtWidgets.QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        self._answered = True
        self._dimension = ""
        self._unanswered_words = ""
        self.valueChanged.connect(self._describe)

    def name_dimension(self, dimension: str) -> None:
        """What the slider rates ("Safety"): its name, and the start of its value said."""
        self._dimension = dimension
        self.setAccessibleName(scale_name(dimension))
        self._describe()

    def answered(self) -> bool:
        return self._answered

    def show_answered(self, answered: bool, unanswered_words: str = "") -> None:
        """Draw as answered or not; a screen reader hears `unanswered_words` while not."""
        self._answered = answered
        self._unanswered_words = unanswered_words
        self._describe()
        self.update()

    def _describe(self) -> None:
        """A screen reader hears the value with its meaning ("Safety: 6 of 10"), not a
        bare number; or, unanswered, that it is not answered yet."""
        if not self._answered:
            self.setAccessibleDescription(self._unanswered_words)
            return
        said = _("{dimension}: {value} of {most}") if self._dimension else _("{value} of {most}")
        self.setAccessibleDescription(
            said.format(dimension=self._dimension, value=self.value(), most=SCORE_MAX)
        )

    def handle_rect(self) -> QtCore.QRect:
        return self.style().subControlRect(
            QtWidgets.QStyle.ComplexControl.CC_Slider,
            self._option(),
            QtWidgets.QStyle.SubControl.SC_SliderHandle,
            self,
        )

    def _option(self) -> QtWidgets.QStyleOptionSlider:
        option = QtWidgets.QStyleOptionSlider()
        self.initStyleOption(option)
        return option

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        where = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and not self.handle_rect().contains(where):
            self.setValue(self._value_at(where.x()))
        super().mousePressEvent(event)  # the handle is under the pointer now: it drags

    def _value_at(self, x: int) -> int:
        handle = self.handle_rect()
        groove = self.style().subControlRect(
            QtWidgets.QStyle.ComplexControl.CC_Slider,
            self._option(),
            QtWidgets.QStyle.SubControl.SC_SliderGroove,
            self,
        )
        span = groove.width() - handle.width()
        return QtWidgets.QStyle.sliderValueFromPosition(
            self.minimum(), self.maximum(), x - groove.x() - handle.width() // 2, span
        )

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self._answered:
            super().paintEvent(event)
            return
        painter = QtWidgets.QStylePainter(self)
        option = self._option()
        option.state &= ~QtWidgets.QStyle.StateFlag.State_Enabled
        option.palette.setCurrentColorGroup(QtGui.QPalette.ColorGroup.Disabled)
        # No filled part up to the handle: that fill is what says "this much".
        role = QtGui.QPalette.ColorRole
        option.palette.setColor(role.Highlight, option.palette.color(role.Mid))
        option.subControls = (
            QtWidgets.QStyle.SubControl.SC_SliderGroove
            | QtWidgets.QStyle.SubControl.SC_SliderTickmarks
        )
        painter.drawComplexControl(QtWidgets.QStyle.ComplexControl.CC_Slider, option)
        self._draw_ring(painter)

    def _draw_ring(self, painter: QtGui.QPainter) -> None:
        """The handle as a hollow ring in the muted colour, filled with the window's."""
        handle = QtCore.QRectF(self.handle_rect())
        size = max(handle.height(), handle.width()) - RING_WIDTH
        ring = QtCore.QRectF(0, 0, size, size)
        ring.moveCenter(handle.center())
        colours = self.palette()
        muted = colours.color(QtGui.QPalette.ColorGroup.Disabled, QtGui.QPalette.ColorRole.Text)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtGui.QPen(muted, RING_WIDTH))
        painter.setBrush(colours.color(QtGui.QPalette.ColorRole.Window))
        painter.drawEllipse(ring)
