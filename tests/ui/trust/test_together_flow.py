"""Check in together in the app: the owner's passphrase, the journal locked away, both
turns with the first answers hidden, pause, stop, "I don't feel safe", and the lock after."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE, files_containing
from together_walk_kit import (
    MINE,
    answer_turn,
    assert_nothing_kept,
    click,
    give_passphrase,
    held_text,
    open_owner_check,
    shown_text,
    start_together,
    stored_after,
    to_both_turns,
    to_side_by_side,
    to_the_last_screen,
    unlock_again,
)

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.together import TogetherAnswers
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.together import texts as words
from trustjournal.ui.trust.together.flow import STEPS, WITHOUT_FOOTER

ENTRY_CANARY = "ENTRYCANARYWORDS"
EVERYTHING = (dt.date.min, dt.date.max)
Unlocked = Callable[[], MainWindow]


@pytest.fixture
def main(unlocked: Unlocked, session: Session) -> MainWindow:
    window = unlocked()
    assert session.journal is not None
    session.journal.add_entry(EntryDraft(day=dt.date(2026, 3, 13), title=ENTRY_CANARY))
    return window


def test_together_needs_the_owners_passphrase(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    dialog = open_owner_check(qtbot, session, main)
    give_passphrase(qtbot, dialog, "not the passphrase at all")
    qtbot.waitUntil(lambda: dialog.message.isVisible())
    assert "passphrase" in dialog.message.text().lower()
    assert session.together is None and main.isVisible()
    click(qtbot, dialog, "together_passphrase_cancel")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert session.together is None and main.isVisible() and session.journal is not None


def test_together_locks_the_journal_away_while_it_runs(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = start_together(qtbot, session, main)
    assert not main.isVisible()
    shown = [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [flow]
    assert ENTRY_CANARY not in held_text(flow)
    # The journal's own pages were emptied, and its shortcuts do not bring it back.
    assert main.pages["today"].findChild(QtWidgets.QLabel, "todayPromptText").text() == ""
    flow.activateWindow()
    for keys in ("Ctrl+1", "Ctrl+2", "Ctrl+N", "Ctrl+K"):
        qtbot.keyClick(flow, keys[-1], QtCore.Qt.KeyboardModifier.ControlModifier)
    assert not main.isVisible() and session.together is flow
    session.bring_to_front()  # a second launch brings the flow forward, never the journal
    assert not main.isVisible() and flow.isVisible()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_whole_flow_with_both_turns_is_saved_and_locks_after(
    qtbot: QtBot, session: Session, main: MainWindow, data_dir: Path, qt_settings: Path
) -> None:
    flow = to_side_by_side(qtbot, session, main)
    side = shown_text(flow)
    for words_shown in ("OWNERHELPEDCANARY", "PARTNERHELPEDCANARY", "Sam", "Alex", "3 of 10"):
        assert words_shown in side, words_shown
    assert 2 <= len(flow.side.starters) <= 3
    assert "Safety" in flow.findChild(QtWidgets.QLabel, "together_differ").text()
    assert "Closeness" in flow.findChild(QtWidgets.QLabel, "together_agree").text()
    click(qtbot, flow, "together_side_next")
    qtbot.keyClicks(flow.talk_about, "Phones at dinner")
    qtbot.keyClicks(flow.tries["owner"], "A walk on Sunday")
    click(qtbot, flow, "together_owner_agreement")
    click(qtbot, flow, "together_talk_next")
    qtbot.keyClicks(flow.closings["partner"], "Ask me about my day")
    click(qtbot, flow, "together_closing_next")
    assert "Alex" in flow.consent_question.text()
    click(qtbot, flow, "together_consent_yes")
    click(qtbot, flow, "together_save")
    assert flow.step == "ended" and not flow.footer.isVisible()
    assert "OWNERHELPEDCANARY" not in held_text(flow)
    click(qtbot, flow, "together_close")
    qtbot.waitUntil(lambda: isinstance(session.window, LockScreen))
    assert session.journal is None and session.together is None
    # Both people's words are only in the encrypted database: no file holds them readable.
    assert files_containing("PARTNERHELPEDCANARY", [data_dir, qt_settings]) == []
    assert files_containing("OWNERHELPEDCANARY", [data_dir, qt_settings]) == []

    (saved,) = stored_after(qtbot, session)
    assert session.journal is not None
    assert saved.owner.helped == "OWNERHELPEDCANARY" and saved.owner.scores == MINE.scores
    assert saved.partner.helped == "PARTNERHELPEDCANARY" and saved.partner.needs_met == "yes"
    assert saved.owner.appreciations == "You made tea every morning"
    assert saved.owner.try_this == "A walk on Sunday"
    assert saved.partner.closing == "Ask me about my day"
    assert saved.went_well == "We walked twice" and saved.talk_about == "Phones at dinner"
    assert saved.partner_consents is True
    assert [a.title for a in session.journal.agreements.listed()] == ["A walk on Sunday"]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(
    ("choice", "stored"),
    [("together_consent_yes", True), ("together_consent_no", False), (None, False)],
    ids=["yes", "no", "no-answer"],
)
def test_together_the_partners_consent_is_stored_as_chosen(
    qtbot: QtBot, session: Session, main: MainWindow, choice: str | None, stored: bool
) -> None:
    """Issue 20: consent saved as yes whatever was chosen, or with no answer at all, went
    unnoticed. No answer is a no; "no" after "yes" is a no."""
    flow = to_the_last_screen(qtbot, session, main)
    if choice == "together_consent_no":
        click(qtbot, flow, "together_consent_yes")  # a change of mind counts
    if choice is not None:
        click(qtbot, flow, choice)
    click(qtbot, flow, "together_save")
    assert flow.step == "ended"
    click(qtbot, flow, "together_close")
    (saved,) = stored_after(qtbot, session)
    assert saved.partner_consents is stored
    assert saved.partner.helped == "PARTNERHELPEDCANARY"  # the check-in itself was kept


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_discard_on_the_last_screen_stores_nothing(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    """Issue 20: Discard on the last screen saving the whole check-in went unnoticed."""
    flow = to_side_by_side(qtbot, session, main)
    click(qtbot, flow, "together_side_next")
    qtbot.keyClicks(flow.tries["owner"], "A walk on Sunday")
    click(qtbot, flow, "together_owner_agreement")
    click(qtbot, flow, "together_talk_next")
    click(qtbot, flow, "together_closing_next")
    click(qtbot, flow, "together_consent_yes")
    click(qtbot, flow, "together_discard")
    assert flow.step == "ended"
    assert "Nothing from this check-in was saved" in shown_text(flow)
    click(qtbot, flow, "together_close")
    assert stored_after(qtbot, session) == []
    assert session.journal is not None and session.journal.agreements.listed() == []


def test_together_handover_hides_the_first_answers(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = start_together(qtbot, session, main)
    click(qtbot, flow, "together_begin")
    click(qtbot, flow, "together_appreciations_next")
    answer_turn(qtbot, flow, MINE)
    assert flow.step == "handover"
    assert words.HANDOVER_TEXT in shown_text(flow)
    for secret in ("OWNERHELPEDCANARY", "OWNERMORECANARY", "3 of 10"):
        assert secret not in held_text(flow), secret  # not shown, and not held by any widget
    click(qtbot, flow, "together_handover_ready")
    assert flow.step == "turn"
    form = flow.form.answers()
    assert form == TogetherAnswers()  # the second person starts from nothing
    assert "OWNERHELPEDCANARY" not in held_text(flow)


def test_together_pause_hides_the_screen_and_continues(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = to_side_by_side(qtbot, session, main)
    click(qtbot, flow, "together_pause")
    assert flow.step == "paused"
    assert "PARTNERHELPEDCANARY" not in shown_text(flow)
    assert flow.findChild(QtWidgets.QPushButton, "together_stop").isVisible()
    click(qtbot, flow, "together_continue")
    assert flow.step == "side" and "PARTNERHELPEDCANARY" in shown_text(flow)
    qtbot.keyClick(flow, QtCore.Qt.Key.Key_Escape)  # Escape pauses too
    assert flow.step == "paused"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_pause_stop_and_not_safe_on_every_screen(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = start_together(qtbot, session, main)
    for step in STEPS:
        flow.go_to(step)
        for name in ("together_pause", "together_stop", "together_unsafe"):
            found = flow.findChild(QtWidgets.QPushButton, name)
            assert found is not None
            assert found.isVisible() == (step not in WITHOUT_FOOTER), (step, name)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_stop_saves_nothing_and_locks(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = to_side_by_side(qtbot, session, main)
    click(qtbot, flow, "together_side_next")
    qtbot.keyClicks(flow.tries["owner"], "A walk on Sunday")
    click(qtbot, flow, "together_owner_agreement")
    click(qtbot, flow, "together_stop")
    assert flow.step == "ended"
    assert "Nothing from this check-in was saved" in shown_text(flow)
    click(qtbot, flow, "together_close")
    journal_again = unlock_again(qtbot, session)
    assert journal_again is session.window and session.journal is not None
    assert session.journal.together.between(*EVERYTHING) == []
    assert session.journal.agreements.listed() == []


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_closing_the_window_ends_it_unsaved_and_locks(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = start_together(qtbot, session, main)
    to_both_turns(qtbot, flow)
    flow.close()
    assert_nothing_kept(qtbot, session)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_not_safe_ends_at_once_saves_nothing_and_shows_support(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    flow = to_side_by_side(qtbot, session, main)
    click(qtbot, flow, "together_unsafe")
    assert flow.step == "support" and not flow.footer.isVisible()
    shown = shown_text(flow)
    assert "not an emergency service" in shown and "local emergency number" in shown
    assert not re.search(r"\d", shown)  # no country's numbers that could go stale
    for secret in ("OWNERHELPEDCANARY", "PARTNERHELPEDCANARY", "We walked twice"):
        assert secret not in held_text(flow), secret
    click(qtbot, flow, "together_support_breathe")  # the pacer and grounding, no journal
    assert flow.hard_days is not None and flow.hard_days.isVisible()
    assert "PARTNERHELPEDCANARY" not in held_text(flow.hard_days)
    flow.hard_days.reject()
    click(qtbot, flow, "together_support_close")
    assert_nothing_kept(qtbot, session)


def test_together_is_offered_from_the_timeline_and_the_menu(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    main.show_place("timeline")
    with qtbot.waitSignal(main.together_requested):
        click(qtbot, main.pages["timeline"], "timelineTogether")
    session.owner_check.reject()
    with qtbot.waitSignal(main.together_requested):
        main.actions_by_name["check_in_together_action"].trigger()
    assert session.owner_check is not None and session.owner_check.isVisible()
    menu = main.findChild(QtWidgets.QMenu, "menu_journal")
    assert main.actions_by_name["check_in_together_action"] in menu.actions()
    session.owner_check.reject()


def test_together_starts_with_return_in_the_passphrase_field(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    dialog = open_owner_check(qtbot, session, main)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is dialog)
    dialog.field.setFocus()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.together is not None and session.together.isVisible())
    assert not main.isVisible()


def test_together_quitting_the_app_mid_flow_keeps_nothing(
    qtbot: QtBot, session: Session, main: MainWindow, data_dir: Path
) -> None:
    flow = start_together(qtbot, session, main)
    to_both_turns(qtbot, flow)
    session.close()  # the app quits (logout, Ctrl+Q from elsewhere): the flow goes with it
    assert session.together is None and session.journal is None and not flow.isVisible()
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE))
    try:
        assert reopened.together.between(*EVERYTHING) == []
    finally:
        reopened.close()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_saves_words_being_written_before_it_locks_the_journal_away(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    main.new_entry()
    editor = main.journal_page.editor  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.body, "Words typed just before")
    flow = start_together(qtbot, session, main)
    assert editor.body.toPlainText() == ""  # emptied, like a lock
    click(qtbot, flow, "together_stop")
    click(qtbot, flow, "together_close")
    unlock_again(qtbot, session)
    assert session.journal is not None
    assert any("Words typed just before" in e.body for e in session.journal.entries())


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_together_passphrase_check_waits_after_wrong_tries_even_when_reopened(
    qtbot: QtBot, session: Session, main: MainWindow, clock: ManualClock
) -> None:
    for _try in range(3):
        dialog = open_owner_check(qtbot, session, main)
        give_passphrase(qtbot, dialog, "a wrong guess at the passphrase")
        qtbot.waitUntil(lambda d=dialog: d.message.isVisible() and not d.busy.isVisible())
        dialog.reject()  # a new dialog each time: the wait is the session's
    dialog = open_owner_check(qtbot, session, main)
    give_passphrase(qtbot, dialog, PASSPHRASE)
    assert "try again in 5 seconds" in dialog.message.text()
    assert session.together is None
    clock.advance(seconds=5)
    click(qtbot, dialog, "together_passphrase_start")
    qtbot.waitUntil(lambda: session.together is not None)


def test_together_is_put_away_everywhere_once_the_partners_separated(
    qtbot: QtBot, session: Session, main: MainWindow
) -> None:
    journal = session.journal
    assert journal is not None
    journal.settings.set("prompt_role", "hurt")
    action = main.actions_by_name["check_in_together_action"]
    qtbot.waitUntil(lambda: action.isVisible() and action.isEnabled())
    journal.path.part()  # "We separated": the path on your own from today
    qtbot.waitUntil(lambda: not action.isVisible() and not action.isEnabled())
    main.show_place("timeline")
    together = main.pages["timeline"].findChild(QtWidgets.QPushButton, "timelineTogether")
    qtbot.waitUntil(lambda: not together.isVisible())
