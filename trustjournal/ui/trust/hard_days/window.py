""" "When it's hard" from the lock screen, without unlocking: the pacer, the grounding steps
and the emergency line in a window of their own. No journal is open, so nothing private
can show; support contacts wait until the journal is unlocked."""

from __future__ import annotations

from trustjournal.core.clock import Clock
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.widgets.controls import button, button_row
from trustjournal.ui.widgets.sizing import fitting_size

WANTED_SIZE = QtCore.QSize(1000, 720)  # the pacer and the steps side by side


class HardDaysWindow(QtWidgets.QDialog):
    def __init__(self, clock: Clock, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hardDaysWindow")
        self.setWindowTitle(_("When it's hard"))
        self.setAccessibleName(self.windowTitle())
        self.page = HardDaysPage(None, self, clock)
        close = button(_("Close"), "hardDaysClose")
        close.clicked.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.page, 1)
        row = button_row(close)
        row.setContentsMargins(28, 0, 28, 0)
        layout.addLayout(row)
        self.resize(fitting_size(WANTED_SIZE, parent))
        self.finished.connect(lambda _result: self.page.clear_for_lock())
