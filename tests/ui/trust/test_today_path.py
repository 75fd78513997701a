"""The recovery path on Today (issue 24): where the person is, the signposts checkable
there, a prompt for the phase, and the moves in each role: moving on (the hurt partner's
or one's own choice), "my partner said they are ready" (the involved partner, with the
day), going back, and parting ways (which puts the together features away)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown, text_of

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.trust.today.path_move import PathMoveDialog
from trustjournal.ui.widgets.dates import qdate

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TodayPage]:
    # The path's days start at the journal's first day: an entry from a month ago.
    journal.add_entry(EntryDraft(day=clock.today() - dt.timedelta(days=30), body="Before."))
    with page_shown(qtbot, TodayPage(journal, clock=clock), 1070, 800) as shown:
        yield shown


def press(qtbot: QtBot, page: QtWidgets.QWidget, name: str) -> None:
    found = page.findChild(QtWidgets.QAbstractButton, name)
    assert found is not None and found.isVisible(), name
    qtbot.mouseClick(found, LEFT)


def as_role(qtbot: QtBot, journal: Journal, page: TodayPage, role: str, phase: str) -> None:
    journal.settings.set("prompt_role", role)
    qtbot.waitUntil(lambda: f"You are in {phase} " in text_of(page, "todayPathWhere"))


def move_dialog(qtbot: QtBot, page: TodayPage, name: str) -> PathMoveDialog:
    press(qtbot, page, name)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PathMoveDialog))
    dialog = page.dialog
    assert isinstance(dialog, PathMoveDialog)
    return dialog


def visible(page: QtWidgets.QWidget, name: str) -> bool:
    found = page.findChild(QtWidgets.QWidget, name)
    return found is not None and found.isVisible()


def test_the_hurt_partner_sees_where_they_are_and_moves_on_by_their_own_choice(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    as_role(qtbot, journal, page, "hurt", "Atone")
    assert text_of(page, "todayPathAbout") == journal.path.where().explanation
    assert text_of(page, "todayPathDecides") == path_texts.YOU_DECIDE
    signposts = [s for s in journal.path.where().signposts if s.phase == "atone"]
    # A box added to a shown page is shown by a queued call of its layout's: wait for it.
    names = [f"todayPathSignpost-{signpost.id}" for signpost in signposts]
    qtbot.waitUntil(lambda: all(visible(page, name) for name in names))
    prompt = text_of(page, "todayPathPrompt")
    assert prompt.startswith("A prompt for this phase: ")
    assert journal.prompts.get(page.path_card.prompt_id).phase == "atone"
    dialog = move_dialog(qtbot, page, "todayPathMoveOn")
    words = text_of(dialog, "pathMoveWords")
    assert words.startswith("Move on to Attune?")
    assert f"Signposts checked in Atone: 0 of {len(signposts)}" in words  # nothing blocks
    press(qtbot, dialog, "pathMoveSave")
    qtbot.waitUntil(lambda: journal.path.phase() == "attune")
    assert journal.path.where().history[-1].kind == "forward"
    qtbot.waitUntil(lambda: text_of(page, "todayPathSaid") == "You are now in Attune.")
    qtbot.waitUntil(
        lambda: "You are in Attune (Together), since" in text_of(page, "todayPathWhere")
    )


def test_the_involved_partner_records_that_their_partner_said_they_are_ready(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    as_role(qtbot, journal, page, "involved", "Atone")
    assert text_of(page, "todayPathDecides") == path_texts.PARTNER_DECIDES
    button = page.findChild(QtWidgets.QPushButton, "todayPathMoveOn")
    assert button.text() == "My partner said they are ready…"
    dialog = move_dialog(qtbot, page, "todayPathMoveOn")
    assert "their call" in text_of(dialog, "pathMoveWords")
    said_on = clock.today() - dt.timedelta(days=3)
    dialog.day.setDate(qdate(said_on))
    press(qtbot, dialog, "pathMoveSave")
    qtbot.waitUntil(lambda: journal.path.phase() == "attune")
    step = journal.path.where().history[-1]
    assert (step.kind, step.day) == ("partner_ready", said_on)
    qtbot.waitUntil(
        lambda: (
            text_of(page, "todayPathSaid")
            == "Recorded: your partner said they are ready for Attune."
        )
    )


def test_a_refused_day_is_said_in_the_dialog_and_nothing_moves(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    as_role(qtbot, journal, page, "hurt", "Atone")
    dialog = move_dialog(qtbot, page, "todayPathMoveOn")
    dialog.day.setDate(qdate(clock.today() - dt.timedelta(days=60)))  # before the first day
    press(qtbot, dialog, "pathMoveSave")
    assert "before your journal's first day" in text_of(dialog, "pathMoveMessage")
    assert dialog.isVisible()
    assert journal.path.where().history == ()


def test_going_back_is_said_kindly(qtbot: QtBot, journal: Journal, page: TodayPage) -> None:
    journal.settings.set("prompt_role", "individual")
    journal.path.move("grief")
    qtbot.waitUntil(lambda: "You are in Grief " in text_of(page, "todayPathWhere"))
    assert page.findChild(QtWidgets.QPushButton, "todayPathMoveBack").text() == (
        "Go back to Safety…"
    )
    dialog = move_dialog(qtbot, page, "todayPathMoveBack")
    assert "not starting over" in text_of(dialog, "pathMoveWords")
    press(qtbot, dialog, "pathMoveSave")
    qtbot.waitUntil(lambda: journal.path.phase() == "safety")
    assert journal.path.where().history[-1].kind == "back"
    qtbot.waitUntil(lambda: "Setbacks are part of healing" in text_of(page, "todayPathSaid"))
    qtbot.waitUntil(lambda: not visible(page, "todayPathMoveBack"))  # none before the first


def test_a_signpost_is_checked_on_today_with_its_day(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    as_role(qtbot, journal, page, "individual", "Safety")
    qtbot.waitUntil(lambda: not visible(page, "todayTogetherCard"))
    assert not visible(page, "todayPathPart")  # the path on your own has nothing to leave
    assert not visible(page, "todayTogetherCard")
    box = page.findChild(QtWidgets.QCheckBox, "todayPathSignpost-safety-calming")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            {s.id: s.checked for s in journal.path.where().signposts}["safety-calming"]
            == clock.today()
        )
    )
    assert text_of(page, "todayPathSaid").startswith("Checked, with the day: ")
    assert box.isChecked() and box.hasFocus()  # the same box, still under the keyboard
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: {s.id: s.checked for s in journal.path.where().signposts}["safety-calming"] is None
    )


def test_leaving_moves_to_the_path_on_your_own_and_puts_together_away(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    as_role(qtbot, journal, page, "hurt", "Atone")
    journal.path.move("attune")
    assert visible(page, "todayTogetherCard")
    dialog = move_dialog(qtbot, page, "todayPathPart")
    dialog.findChild(QtWidgets.QRadioButton, "pathPartLeft").setChecked(True)
    press(qtbot, dialog, "pathMoveSave")
    qtbot.waitUntil(lambda: journal.path.phase() == "safety")
    history = journal.path.where().history
    assert [(m.phase, m.kind) for m in history] == [("attune", "forward"), ("safety", "left")]
    qtbot.waitUntil(lambda: not visible(page, "todayTogetherCard"))
    assert "You are in Safety (On your own)" in text_of(page, "todayPathWhere")
    assert not visible(page, "todayPathPart")
    assert journal.prompts.get(page.path_card.prompt_id).audience == "individual"


def test_the_path_is_emptied_on_lock(qtbot: QtBot, journal: Journal, page: TodayPage) -> None:
    as_role(qtbot, journal, page, "hurt", "Atone")
    page.clear_for_lock()
    for name in ("todayPathWhere", "todayPathAbout", "todayPathPrompt"):
        assert text_of(page, name) == ""
    qtbot.waitUntil(lambda: not page.findChildren(QtWidgets.QCheckBox))
