"""The breathing pacer: a soft circle that grows with each breath in and shrinks with each
breath out, and a few words saying which. Time comes from the injected clock; a timer
only asks for the next frame, so tests move a ManualClock and call `tick()`.
Any key stops it, and so does the Stop button.

Under "Reduce motion" (ui/widgets/access/motion.py) the circle changes once a second, in steps,
and the words say the count in a sentence ("Breathe in: 3 more seconds")."""

from __future__ import annotations

import math

from trustjournal.core.chart import style as chart_style
from trustjournal.core.clock import Clock
from trustjournal.core.journal.care.breathing import RHYTHMS, BreathMoment, Rhythm, moment
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.trust.hard_days import texts
from trustjournal.ui.widgets.access import motion
from trustjournal.ui.widgets.access.labelling import say_role, say_what_it_chooses
from trustjournal.ui.widgets.controls import button, label

FRAME_MS = 40  # smooth enough for a slow shape, light on a busy computer
STEP_MS = 200  # under "Reduce motion" nothing moves between seconds: fewer wake-ups


class BreathingShape(QtWidgets.QWidget):
    """The circle itself; `size` goes from 0 (breathed out) to 1 (breathed in)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hardDaysBreathShape")
        self.setAccessibleName(_("A circle to breathe with"))
        self.setMinimumSize(180, 180)
        self.size_now = 0.0

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        color = palette.color(QtGui.QPalette.ColorRole.Highlight)  # the app's calm accent
        base = palette.color(QtGui.QPalette.ColorRole.Window)
        side = min(self.width(), self.height()) - 8
        centre = QtCore.QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(QtGui.QPen(chart_style.blend(color, base, 0.35), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, side / 2, side / 2)  # how far a full breath goes
        radius = side / 2 * (0.35 + 0.65 * self.size_now)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(chart_style.blend(color, base, 0.55))
        painter.drawEllipse(centre, radius, radius)
        painter.end()


class BreathingPacer(QtWidgets.QWidget):
    stopped = Signal()

    def __init__(self, clock: Clock, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hardDaysPacer")
        say_role(self, QtGui.QAccessible.Role.Grouping)  # the circle, its words and controls
        self.setAccessibleName(_("Breathing pacer"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._clock = clock
        self._start_moment = clock.now()
        self.rhythm_choice = QtWidgets.QComboBox()
        self.rhythm_choice.setObjectName("hardDaysRhythm")
        self.rhythm_choice.setAccessibleName(_("Rhythm"))
        for rhythm in RHYTHMS:  # their words are marked in texts.BREATHING_WORDS
            self.rhythm_choice.addItem(_(rhythm.label), rhythm.key)
        self.shape = BreathingShape(self)
        self.words = label("", "subheading", "hardDaysBreathWords")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = label(texts.PACER_READY, "muted", "hardDaysBreathHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = button(_("Start"), "hardDaysBreathStart", primary=True)
        self.stop_button = button(_("Stop"), "hardDaysBreathStop")
        self.timer = QtCore.QTimer(self)
        self.timer.setObjectName("hardDaysBreathTimer")
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self._lay_out()
        self._show_running(False)

    def _lay_out(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        say_what_it_chooses(self.rhythm_choice)
        layout.addWidget(self.rhythm_choice)
        layout.addWidget(self.shape, 1)
        layout.addSpacing(6)
        layout.addWidget(self.words)
        layout.addWidget(self.hint)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout.addLayout(row)

    @property
    def rhythm(self) -> Rhythm:
        key = self.rhythm_choice.currentData()
        return next(r for r in RHYTHMS if r.key == key)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        self._start_moment = self._clock.now()
        app = QtWidgets.QApplication.instance()
        if app is not None and not self.running:
            app.installEventFilter(self)  # any key, wherever the focus is, stops it
        self.timer.setInterval(STEP_MS if motion.reduced() else FRAME_MS)
        self.timer.start()
        self._show_running(True)
        self.setFocus()  # so that any key reaches it
        self.tick()

    def stop(self) -> None:
        was_running = self.running
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
        self.shape.size_now = 0.0
        self.shape.update()
        self.words.clear()
        self._show_running(False)
        if was_running:
            self.stopped.emit()

    def tick(self) -> BreathMoment:
        """Show where the breath is now, on the injected clock."""
        seconds = (self._clock.now() - self._start_moment).total_seconds()
        now = moment(self.rhythm, seconds)
        if self.running:
            if motion.reduced():
                self._show_step(now, seconds)
            else:
                self._show_smoothly(now)
        return now

    def _show_smoothly(self, now: BreathMoment) -> None:
        self.shape.size_now = now.size
        what = _(now.what)
        self.words.setText(texts.BREATH_NOW.format(what=what, seconds=now.seconds_left))
        self.words.setAccessibleName(what)
        self.shape.update()

    def _show_step(self, now: BreathMoment, seconds: float) -> None:
        """The size of the whole second the breath is in, and the count said in words."""
        step = moment(self.rhythm, math.floor(seconds)).size
        if step != self.shape.size_now:
            self.shape.size_now = step
            self.shape.update()
        sentence = texts.breath_count(_(now.what), now.seconds_left)
        self.words.setText(sentence)
        self.words.setAccessibleName(sentence)

    def _show_running(self, running: bool) -> None:
        self.start_button.setVisible(not running)
        self.stop_button.setVisible(running)
        self.rhythm_choice.setEnabled(not running)
        self.words.setVisible(running)
        self.hint.setVisible(not running)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if self.running and event.type() == QtCore.QEvent.Type.KeyPress:
            self.stop()
            return True  # the key only stops the pacer; it does nothing else
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QtGui.QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.stop()  # no animation runs where no one sees it
        super().hideEvent(event)
