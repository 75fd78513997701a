"""Walking through "Check in together" in tests: start it, answer a turn, read what shows."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.records.together import TogetherAnswers, TogetherCheckin
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.start import OwnerCheckDialog

LEFT = QtCore.Qt.MouseButton.LeftButton
MINE = TogetherAnswers(
    needs_met="partly",
    scores={"safety": 3, "honesty": 2, "closeness": 6},
    helped="OWNERHELPEDCANARY",
    need_more="OWNERMORECANARY",
)
THEIRS = TogetherAnswers(
    needs_met="yes",
    scores={"safety": 9, "honesty": 8, "closeness": 6, "sexual": 4},
    helped="PARTNERHELPEDCANARY",
    need_more="PARTNERMORECANARY",
)


def click(qtbot: QtBot, window: QtWidgets.QWidget, name: str) -> None:
    found = window.findChild(QtWidgets.QAbstractButton, name)
    assert found is not None, name
    assert found.isVisible() and found.isEnabled(), name
    # Near the left edge: a radio button stretched across a row answers only on its text.
    qtbot.mouseClick(found, LEFT, pos=QtCore.QPoint(12, found.height() // 2))


def open_owner_check(qtbot: QtBot, session: Session, main: MainWindow) -> OwnerCheckDialog:
    """Today's "Check in together…" button, and the owner's passphrase dialog it opens."""
    main.show_place("today")
    click(qtbot, main.pages["today"], "todayTogetherButton")
    dialog = session.owner_check
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def give_passphrase(qtbot: QtBot, dialog: OwnerCheckDialog, passphrase: str) -> None:
    dialog.field.setText(passphrase)
    click(qtbot, dialog, "together_passphrase_start")


def start_together(
    qtbot: QtBot, session: Session, main: MainWindow, passphrase: str = PASSPHRASE
) -> TogetherWindow:
    """From Today's button through the owner's passphrase to the flow's first screen."""
    give_passphrase(qtbot, open_owner_check(qtbot, session, main), passphrase)
    qtbot.waitUntil(lambda: session.together is not None and session.together.isVisible())
    assert session.together is not None
    assert session.together.step == "intro"
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


def to_both_turns(qtbot: QtBot, flow: TogetherWindow) -> None:
    """Names, appreciations, the first turn (MINE), the hand-over and the second (THEIRS)."""
    flow.owner_name.setText("Sam")
    flow.partner_name.setText("Alex")
    click(qtbot, flow, "together_begin")
    assert "Sam: what I appreciated" in shown_text(flow)
    assert "Alex: what I appreciated" in shown_text(flow)
    qtbot.keyClicks(flow.owner_thanks, "You made tea every morning")
    qtbot.keyClicks(flow.went_well, "We walked twice")
    click(qtbot, flow, "together_appreciations_next")
    answer_turn(qtbot, flow, MINE)
    assert flow.step == "handover"
    click(qtbot, flow, "together_handover_ready")
    answer_turn(qtbot, flow, THEIRS)
    assert flow.step == "both_done"


def to_side_by_side(qtbot: QtBot, session: Session, main: MainWindow) -> TogetherWindow:
    """Started with the owner's passphrase, both turns answered, the answers side by side."""
    flow = start_together(qtbot, session, main)
    to_both_turns(qtbot, flow)
    click(qtbot, flow, "together_show_both")
    assert flow.step == "side"
    return flow


def to_the_last_screen(qtbot: QtBot, session: Session, main: MainWindow) -> TogetherWindow:
    """Through every screen, with Next, to the last one: consent, Discard and Save."""
    flow = to_side_by_side(qtbot, session, main)
    for name in ("together_side_next", "together_talk_next", "together_closing_next"):
        click(qtbot, flow, name)
    assert flow.step == "finish"
    return flow


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


def stored_after(qtbot: QtBot, session: Session) -> list[TogetherCheckin]:
    """After the flow: unlocked again, every check-in together the journal holds."""
    unlock_again(qtbot, session)
    assert session.journal is not None
    return session.journal.together.between(dt.date.min, dt.date.max)


def assert_nothing_kept(qtbot: QtBot, session: Session) -> None:
    """After a flow that ended unsaved: unlocked again, no check-in together is stored."""
    assert stored_after(qtbot, session) == []
