"""Walking through "Check in together" in tests: start it, answer a turn, read what shows."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.records.together import TogetherAnswers
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.together.flow import TogetherWindow

LEFT = QtCore.Qt.MouseButton.LeftButton


def click(qtbot: QtBot, window: QtWidgets.QWidget, name: str) -> None:
    found = window.findChild(QtWidgets.QAbstractButton, name)
    assert found is not None, name
    assert found.isVisible() and found.isEnabled(), name
    # Near the left edge: a radio button stretched across a row answers only on its text.
    qtbot.mouseClick(found, LEFT, pos=QtCore.QPoint(12, found.height() // 2))


def start_together(
    qtbot: QtBot, session: Session, main: MainWindow, passphrase: str = PASSPHRASE
) -> TogetherWindow:
    """From Today's button through the owner's passphrase to the flow's first screen."""
    main.show_place("today")
    click(qtbot, main.pages["today"], "todayTogetherButton")
    dialog = session.owner_check
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.field.setText(passphrase)
    click(qtbot, dialog, "together_passphrase_start")
    qtbot.waitUntil(lambda: session.together is not None and session.together.isVisible())
    assert session.together is not None
    return session.together


def answer_turn(qtbot: QtBot, flow: TogetherWindow, answers: TogetherAnswers) -> None:
    assert flow.step == "turn"
    form = flow.form
    if answers.needs_met:
        click(qtbot, form, f"together_needs_{answers.needs_met}")
    for key, score in answers.scores.items():
        form.scores[key].slider.setValue(score)
    qtbot.keyClicks(form.helped, answers.helped)
    qtbot.keyClicks(form.need_more, answers.need_more)
    click(qtbot, flow, "together_turn_done")


def shown_text(window: QtWidgets.QWidget) -> str:
    """Every text a person could read in the window now (visible widgets only)."""
    parts: list[str] = []
    for widget in window.findChildren(QtWidgets.QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QtWidgets.QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QtWidgets.QProgressBar):
            parts.append(widget.format())
    return "\n".join(parts)


def held_text(window: QtWidgets.QWidget) -> str:
    """Every text any widget of the window holds, shown or not."""
    parts: list[str] = []
    for line in window.findChildren(QtWidgets.QLineEdit):
        parts.append(line.text())
    for box in window.findChildren(QtWidgets.QPlainTextEdit):
        parts.append(box.toPlainText())
    for shown in window.findChildren(QtWidgets.QLabel):
        parts.append(shown.text())
    return "\n".join(parts)


def unlock_again(qtbot: QtBot, session: Session) -> MainWindow:
    """After the flow: the lock screen, and the journal opened with the passphrase."""
    qtbot.waitUntil(lambda: isinstance(session.window, LockScreen))
    screen = session.window
    assert isinstance(screen, LockScreen)
    screen.field.setText(PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(session.window, MainWindow), timeout=15_000)
    assert isinstance(session.window, MainWindow)
    return session.window


def assert_nothing_kept(qtbot: QtBot, session: Session) -> None:
    """After a flow that ended unsaved: unlocked again, no check-in together is stored."""
    unlock_again(qtbot, session)
    assert session.journal is not None
    assert session.journal.together.between(dt.date.min, dt.date.max) == []
