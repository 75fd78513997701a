"""Five labelled mood steps, reachable by mouse and keyboard (arrows, 1 to 5, Backspace).

Where "1 · Very low" … "5 · Very good" do not fit on one row, the steps say only their
words ("Very low" … "Very good"): one row instead of two leaves the text the height.
The number stays in each step's name and tooltip, and the keys still choose it."""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import MOOD_MAX, MOOD_MIN, mood_label
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.flow_layout import FlowLayout
from trustjournal.ui.journal.mood_style import CHIP_STYLE, make_chip
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal


class MoodPicker(QtWidgets.QWidget):
    """A row of five checkable steps; none checked means no mood noted."""

    mood_changed = Signal(object)  # int | None

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moodPicker")
        self.setAccessibleName(_("Mood"))
        self.setAccessibleDescription(_("How you feel, from 1 (very low) to 5 (very good)"))
        self.setStyleSheet(CHIP_STYLE)
        self._group = QtWidgets.QButtonGroup(self)
        self._group.setExclusive(False)
        self._spacing = 4
        layout = FlowLayout(self, spacing=self._spacing)  # wraps rather than widening a window
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            layout.addWidget(self._step(mood))
        self._group.idClicked.connect(self._clicked)

    def _step(self, mood: int) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton(self)
        make_chip(button)
        button.setText(full_label(mood))
        button.setObjectName(f"moodStep{mood}")
        button.setAccessibleName(texts.MOOD_STEP_SPOKEN.format(mood=mood, label=mood_label(mood)))
        button.setToolTip(texts.MOOD_STEP_TIP.format(mood=mood, label=mood_label(mood)))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.installEventFilter(self)
        self._group.addButton(button, mood)
        return button

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """The full labels when all five fit on one row, else the words alone."""
        metrics = self.fontMetrics()
        needed = 0
        for mood, step in enumerate(self.steps(), MOOD_MIN):
            padding = step.sizeHint().width() - metrics.horizontalAdvance(step.text())
            needed += metrics.horizontalAdvance(full_label(mood)) + padding + self._spacing
        for mood, step in enumerate(self.steps(), MOOD_MIN):
            text = full_label(mood) if needed <= self.width() else mood_label(mood)
            if step.text() != text:
                step.setText(text)

    def steps(self) -> list[QtWidgets.QAbstractButton]:
        return list(self._group.buttons())

    def mood(self) -> int | None:
        checked = self._group.checkedId()
        return checked if checked != -1 else None

    def set_mood(self, mood: int | None, notify: bool = False) -> None:
        for button in self._group.buttons():
            button.setChecked(self._group.id(button) == mood)
        if notify:
            self.mood_changed.emit(mood)

    def _clicked(self, mood: int) -> None:
        button = self._group.button(mood)
        self.set_mood(mood if button.isChecked() else None, notify=True)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """The steps' own arrow handling is replaced by choosing a mood."""
        if event.type() == QtCore.QEvent.Type.KeyPress and isinstance(event, QtGui.QKeyEvent):
            return self._handle_key(event.key())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self._handle_key(event.key()):
            super().keyPressEvent(event)

    def _handle_key(self, key: int) -> bool:
        chosen = self._mood_for_key(key)
        if chosen is False:
            return False
        mood = chosen if isinstance(chosen, int) else None
        self.set_mood(mood, notify=True)
        if mood is not None:
            self._group.button(mood).setFocus()
        return True

    def _focused_step(self) -> int | None:
        focused = self.focusWidget()
        if not isinstance(focused, QtWidgets.QAbstractButton):
            return None
        step = self._group.id(focused)
        return step if step != -1 else None

    def _mood_for_key(self, key: int) -> int | bool | None:
        """The mood a key asks for, None to clear it, False when the key is not ours."""
        current = self.mood() or self._focused_step()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            return key - Qt.Key.Key_0
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            return min(MOOD_MAX, (current or MOOD_MIN - 1) + 1)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            return max(MOOD_MIN, (current or MOOD_MIN + 1) - 1)
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return None
        return False


def full_label(mood: int) -> str:
    return f"{mood} · {mood_label(mood)}"
