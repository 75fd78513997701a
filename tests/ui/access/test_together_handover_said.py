"""The together check-in says when the keyboard changes hands: the hand-over, and the
second person's turn, by name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from announce_kit import hear, words
from pytestqt.qtbot import QtBot
from together_walk_kit import MINE, answer_turn, click, start_together

from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.together import texts


def test_the_hand_over_and_the_next_turn_are_said(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    unlocked: Callable[[], MainWindow],
    session: Session,
) -> None:
    flow = start_together(qtbot, session, unlocked())
    flow.owner_name.setText("Sam")
    flow.partner_name.setText("Alex")
    click(qtbot, flow, "together_begin")
    click(qtbot, flow, "together_appreciations_next")
    heard = hear(monkeypatch)
    answer_turn(qtbot, flow, MINE)
    assert words(heard) == [texts.handover_title("Alex")]
    click(qtbot, flow, "together_handover_ready")
    assert words(heard) == [texts.handover_title("Alex"), texts.turn_title("Alex", first=False)]
    assert "Alex" in words(heard)[1]
