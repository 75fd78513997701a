"""The Today page: what is due follows the injected clock; prompts carry their ids."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from testkit import step_until
from uikit import page_shown, text_of

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryFilter
from trustjournal.core.records.prompts import Prompt
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.today import texts
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.trust.today.quick import QUICK_TAG

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TodayPage]:
    # At a size Today's cards fit.
    with page_shown(qtbot, TodayPage(journal, clock=clock), 1070, 800) as shown:
        yield shown


def press(qtbot: QtBot, page: QtWidgets.QWidget, name: str) -> None:
    qtbot.mouseClick(page.findChild(QtWidgets.QAbstractButton, name), LEFT)


def come_back(page: TodayPage) -> None:
    """Leave Today and come back to it, as the person does on another day."""
    page.hide()
    page.show()


def test_a_check_in_is_offered_when_due_on_the_chosen_cadence(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    assert text_of(page, "todayCheckinStatus") == texts.CHECKIN_FIRST
    journal.checkins.add(CheckinDraft(day=clock.today(), scores={"overall": 6}))
    qtbot.waitUntil(lambda: "14 Mar 2026" in text_of(page, "todayCheckinStatus"))
    assert "21 Mar 2026" in text_of(page, "todayCheckinStatus")
    assert page.findChild(QtWidgets.QPushButton, "todayCheckinButton").text() == "Check in anyway"
    clock.advance(days=6)
    come_back(page)
    assert "21 Mar 2026" in text_of(page, "todayCheckinStatus")
    clock.advance(days=1)
    come_back(page)
    assert text_of(page, "todayCheckinStatus") == texts.CHECKIN_DUE
    assert page.findChild(QtWidgets.QPushButton, "todayCheckinButton").text() == "Start a check-in"


def test_the_check_in_button_opens_the_guided_check_in(qtbot: QtBot, page: TodayPage) -> None:
    press(qtbot, page, "todayCheckinButton")
    assert isinstance(page.dialog, CheckinDialog)
    assert page.dialog.isVisible()
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)


def test_agreements_show_when_their_review_date_comes(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    journal.agreements.add(
        AgreementDraft(
            "A weekly walk to talk", clock.today(), review=clock.today() + dt.timedelta(days=2)
        )
    )
    qtbot.waitUntil(lambda: text_of(page, "todayReviews") == texts.NO_REVIEWS)
    clock.advance(days=2)
    come_back(page)
    assert "A weekly walk to talk" in text_of(page, "todayReviews")
    with qtbot.waitSignal(page.open_place_requested) as asked:
        press(qtbot, page, "todayOpenAgreements")
    assert asked.args == ["agreements"]


def test_writing_about_the_prompt_of_the_day_carries_its_id(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    of_the_day = journal.prompts.of_the_day()
    assert of_the_day is not None
    assert text_of(page, "todayPromptText") == of_the_day.text
    with qtbot.waitSignal(page.write_requested) as asked:
        press(qtbot, page, "todayWritePrompt")
    assert asked.args == [of_the_day.id]
    with qtbot.waitSignal(page.write_requested) as plain:
        press(qtbot, page, "todayJustWrite")
    assert plain.args == [""]


def test_show_another_gives_a_different_prompt_each_time(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    seen = {text_of(page, "todayPromptText")}
    for _ in range(3):
        press(qtbot, page, "todayAnotherPrompt")
        seen.add(text_of(page, "todayPromptText"))
    assert len(seen) == 4
    assert page.prompt is not None
    with qtbot.waitSignal(page.write_requested) as asked:
        press(qtbot, page, "todayWritePrompt")
    assert asked.args == [page.prompt.id]
    assert journal.prompts.get(page.prompt.id).text == text_of(page, "todayPromptText")


def test_the_quick_mood_check_saves_one_entry_a_day(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    quick = page.findChild(QtWidgets.QWidget, "todayQuick")
    press(qtbot, quick, "todayQuickSave")
    assert "Choose how you feel" in text_of(page, "todayQuickStatus")
    press(qtbot, quick, "moodStep4")
    press(qtbot, quick, "todayFeeling_hopeful")
    press(qtbot, quick, "todayQuickSave")
    assert text_of(page, "todayQuickStatus") == texts.QUICK_SAVED
    where = EntryFilter(tags=(QUICK_TAG,))
    (first,) = journal.entries(where)
    assert (first.mood, first.emotions, first.day) == (4, ("hopeful",), clock.today())
    press(qtbot, quick, "moodStep2")
    press(qtbot, quick, "todayFeeling_anxious")
    press(qtbot, quick, "todayQuickSave")
    (again,) = journal.entries(where)
    assert again.id == first.id
    assert (again.mood, set(again.emotions)) == (2, {"hopeful", "anxious"})
    assert page.findChild(QtWidgets.QPushButton, "todayQuickSave").text() == "Update"


def test_days_since_discovery_only_when_turned_on(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    journal.events.add(
        EventDraft(day=clock.today() - dt.timedelta(days=100), kind="discovery", title="Found out")
    )
    card = page.findChild(QtWidgets.QFrame, "todayDiscoveryCard")
    qtbot.waitUntil(lambda: not card.isVisible() and text_of(page, "todayDiscovery") == "")
    journal.settings.set("show_days_since_discovery", True)
    qtbot.waitUntil(card.isVisible)
    assert text_of(page, "todayDiscovery").startswith("100 days since the discovery.")
    journal.settings.set("show_days_since_discovery", False)
    qtbot.waitUntil(lambda: not card.isVisible())


def test_someone_healing_on_their_own_is_not_offered_a_check_in_together(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    card = page.findChild(QtWidgets.QFrame, "todayTogetherCard")
    assert card.isVisible()
    journal.settings.set("prompt_role", "individual")
    qtbot.waitUntil(lambda: not card.isVisible())
    journal.settings.set("prompt_role", "hurt")
    qtbot.waitUntil(card.isVisible)


def test_days_since_discovery_without_a_discovery_says_how_to_add_one(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    journal.settings.set("show_days_since_discovery", True)
    qtbot.waitUntil(lambda: text_of(page, "todayDiscovery") == texts.NO_DISCOVERY)


def test_lock_empties_the_page(page: TodayPage) -> None:
    page.clear_for_lock()
    assert text_of(page, "todayPromptText") == ""
    assert page.prompt is None
    assert text_of(page, "todayCheckinStatus") == ""


def test_a_quick_check_being_chosen_survives_other_refreshes(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    quick = page.findChild(QtWidgets.QWidget, "todayQuick")
    press(qtbot, quick, "moodStep3")
    journal.checkins.add(CheckinDraft(day=clock.today(), scores={"overall": 5}))
    qtbot.waitUntil(lambda: "14 Mar 2026" in text_of(page, "todayCheckinStatus"))
    assert page.quick.mood.mood() == 3


def test_a_check_in_saved_from_today_updates_what_today_says(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TodayPage
) -> None:
    press(qtbot, page, "todayCheckinButton")
    dialog = page.dialog
    assert isinstance(dialog, CheckinDialog)
    step_until(
        lambda: dialog.step_name() == "checkinStepSummary",
        lambda: press(
            qtbot, dialog, "checkinSkip" if dialog.skip_button.isVisible() else "checkinNext"
        ),
    )
    press(qtbot, dialog, "checkinSave")
    qtbot.waitUntil(lambda: "21 Mar 2026" in text_of(page, "todayCheckinStatus"))
    assert journal.checkins.due().last == clock.today()


def test_show_another_keeps_to_the_chosen_role_and_stage(
    qtbot: QtBot, journal: Journal, page: TodayPage
) -> None:
    """Issue 21, item 7: "Show another" offered prompts for every stage."""
    journal.settings.set("prompt_role", "hurt")
    journal.settings.set("recovery_phase", "later")  # the path begins at attach
    shown = set()
    for _ in range(40):
        press(qtbot, page, "todayAnotherPrompt")
        assert page.prompt is not None
        shown.add(page.prompt.id)
        assert page.prompt.phase in (None, "attach"), page.prompt.id
        assert page.prompt.audience in ("hurt", "any"), page.prompt.id
    assert len(shown) == 40  # a walk: no prompt comes twice while others remain


def lines_of(shown: QtWidgets.QLabel, text: str) -> int:
    """How many lines `text` wraps to in the label at its width now."""
    metrics = shown.fontMetrics()
    room = QtCore.QRect(0, 0, shown.contentsRect().width(), 10_000)
    height = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
    return round(height / metrics.lineSpacing())


def prompt_of_lines(page: TodayPage, lines: int) -> Prompt:
    """Today's prompt with words that wrap to `lines` lines at the page's width now."""
    assert page.prompt is not None
    words = ["When"]
    while lines_of(page.prompt_text, " ".join([*words, "then?"])) < lines:
        words.append("gently")
    return dataclasses.replace(page.prompt, text=" ".join([*words, "then?"]))


def test_show_another_stays_in_place_when_a_prompt_takes_three_lines(
    qtbot: QtBot, page: TodayPage
) -> None:
    """Issue 21, item 18: "Show another" moved down when a prompt wrapped to a third line."""
    another = page.findChild(QtWidgets.QPushButton, "todayAnotherPrompt")
    shown = page.prompt_text
    places = []
    for lines in (1, 3):
        prompt = prompt_of_lines(page, lines)
        assert lines_of(shown, prompt.text) == lines
        page._show_prompt(prompt)
        needed = lines * shown.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda n=needed: shown.contentsRect().height() >= n)
        places.append(another.mapTo(page, QtCore.QPoint(0, 0)))
    assert places[0] == places[1]
