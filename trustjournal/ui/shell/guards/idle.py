"""Notice when nobody has touched the app for a while, measured on an injected clock.

An event filter on the application records the moment of the last key or
mouse input; a timer compares it with the clock and emits `idle` once the
person's chosen minutes have passed.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import Clock
from trustjournal.ui.qt import QtCore, Signal

CHECK_INTERVAL_MS = 10_000
_INPUT = frozenset(
    {
        QtCore.QEvent.Type.KeyPress,
        QtCore.QEvent.Type.MouseButtonPress,
        QtCore.QEvent.Type.MouseMove,
        QtCore.QEvent.Type.Wheel,
        QtCore.QEvent.Type.TouchBegin,
        QtCore.QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QtCore.QObject):
    idle = Signal()

    def __init__(
        self,
        clock: Clock,
        minutes: int,
        parent: QtCore.QObject | None = None,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit = dt.timedelta(minutes=minutes)
        self._last_input = clock.now()
        self.timer = QtCore.QTimer(self)
        self.timer.setObjectName("idle_timer")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._last_input = self._clock.now()
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self._limit = dt.timedelta(minutes=minutes)

    def touch(self) -> None:
        self._last_input = self._clock.now()

    def check(self) -> None:
        if self.timer.isActive() and self._clock.now() - self._last_input >= self._limit:
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() in _INPUT:
            self.touch()
        return False
