"""Nothing of the recovery path leaves the owner's unlocked journal (issue 24): not in the
check-in done together (the partner who is not the owner sits at the screen), and not on
the lock screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from together_walk_kit import held_text, to_side_by_side

from trustjournal.core.journal.path.phases import phase_explanation, signpost_text
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

Unlocked = Callable[[], MainWindow]


@pytest.mark.slow  # a whole session and the check-in together: 25 s under load 13
def test_the_check_in_together_and_the_lock_screen_show_nothing_of_the_path(
    qtbot: QtBot, session: Session, unlocked: Unlocked
) -> None:
    main = unlocked()
    journal = session.journal
    assert journal is not None
    journal.settings.set("prompt_role", "hurt")
    journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="Words."))
    journal.path.move("attune", dt.date(2026, 3, 2))
    journal.path.check("attune-repair", day=dt.date(2026, 3, 3))
    where = main.pages["today"].findChild(QtWidgets.QLabel, "todayPathWhere")
    qtbot.waitUntil(lambda: "Attune" in where.text())
    private = ("Attune", phase_explanation("attune"), signpost_text("attune-repair"))
    flow = to_side_by_side(qtbot, session, main)
    for words in private:
        assert words not in held_text(flow), words
    assert where.text() == ""  # the journal's Today was emptied while the flow runs
    flow.close()  # ends it unsaved, and locks
    qtbot.waitUntil(lambda: isinstance(session.window, LockScreen))
    assert session.window is not None
    for words in private:
        assert words not in held_text(session.window), words
