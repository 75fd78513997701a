"""A question asked before something is removed ("Delete entry?") gives the focus back to
what had it when the person answers No, in an active window: with no window manager the
keyboard went nowhere after the box closed (issue 23, "dialogs return focus")."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from uikit import wait_active

from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.widgets.controls import confirmed


class Answerer(QtCore.QObject):
    """Presses Escape (No) in the question box once it shows, from inside its own loop."""

    def __init__(self, qtbot: QtBot, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self._qtbot = qtbot
        self.answered = False
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        box = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(box, QtWidgets.QMessageBox) or not box.isVisible():
            return
        self._timer.stop()
        self.answered = True
        self._qtbot.keyClick(box, Qt.Key.Key_Escape)


def test_no_to_a_question_gives_the_focus_back(qtbot: QtBot) -> None:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    layout = QtWidgets.QVBoxLayout(window)
    opener = QtWidgets.QPushButton("Delete")
    layout.addWidget(QtWidgets.QLineEdit())
    layout.addWidget(opener)
    window.show()
    wait_active(qtbot, window)
    opener.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(opener.hasFocus)
    answerer = Answerer(qtbot, window)
    assert not confirmed(window, "Delete entry", "Delete this entry?")
    assert answerer.answered
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window, timeout=3_000)
    qtbot.waitUntil(opener.hasFocus, timeout=3_000)
