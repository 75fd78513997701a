"""Today, when a hard date is near: said gently, with its plan, the hard-days place and an
anniversary prompt; and "on this day" only when turned on, never a private entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown, text_of

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.prompts.library import ANNIVERSARY_THEME
from trustjournal.core.records.care import HardDateDraft, HardDatePlan
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import EventDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust.today import texts
from trustjournal.ui.trust.today.page import TodayPage

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TodayPage]:
    # At a size Today's cards fit.
    with page_shown(qtbot, TodayPage(journal, clock=clock), 1070, 800) as shown:
        yield shown


def test_hard_days_today_says_gently_when_a_hard_date_is_near(
    qtbot: QtBot, page: TodayPage, journal: Journal
) -> None:
    near = page.hard_date_near
    assert not near.isVisible()
    moment = journal.events.add(
        EventDraft(day=dt.date(2025, 3, 20), kind="discovery", title="the discovery")
    )
    qtbot.waitUntil(near.isVisible)
    assert text_of(page, "todayHardDateWhen").startswith(
        "the discovery: a year on, on Friday, 20 March."
    )
    assert text_of(page, "todayHardDatePlan") == texts.HARD_DATE_NO_PLAN
    journal.hard_dates.save(
        HardDateDraft(
            day=moment.day,
            title="",
            event_id=moment.id,
            plan=HardDatePlan(will_do="Go to the coast", can_reach="Mia"),
        )
    )
    qtbot.waitUntil(lambda: "Go to the coast" in text_of(page, "todayHardDatePlan"))
    assert text_of(page, "todayHardDatePlan") == "I will: Go to the coast\nI can reach: Mia"
    with qtbot.waitSignal(page.open_place_requested) as opened:
        qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "todayHardDaysOpen"), LEFT)
    assert opened.args == ["hard_days"]
    with qtbot.waitSignal(page.write_requested) as writing:
        qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "todayHardDateWrite"), LEFT)
    assert journal.prompts.get(writing.args[0]).theme == ANNIVERSARY_THEME


def test_hard_days_today_is_quiet_outside_the_week(
    qtbot: QtBot, page: TodayPage, journal: Journal, clock: ManualClock
) -> None:
    journal.hard_dates.save(HardDateDraft(day=dt.date(2024, 3, 22), title="the call"))
    page.refresh()
    assert not page.hard_date_near.isVisible()
    clock.advance(days=1)
    page.refresh()
    assert page.hard_date_near.isVisible()
    said = text_of(page, "todayHardDateWhen")
    assert said.startswith("the call: 2 years on, on Sunday, 22 March")


def test_hard_days_today_shows_a_date_ahead_with_its_plan(
    qtbot: QtBot, page: TodayPage, journal: Journal, clock: ManualClock
) -> None:
    """Issue 21, item 3: a hard date set ahead (today is Saturday 14 March 2026) shows on
    Today within its week, with its plan, not only a year later."""
    journal.hard_dates.save(
        HardDateDraft(
            day=dt.date(2026, 3, 17),
            title="the hearing",
            plan=HardDatePlan(will_do="Sleep at Mia's", can_reach="Mia"),
        )
    )
    near = page.hard_date_near
    qtbot.waitUntil(near.isVisible)
    assert text_of(page, "todayHardDateWhen").startswith("the hearing: on Tuesday, 17 March.")
    assert text_of(page, "todayHardDatePlan") == "I will: Sleep at Mia's\nI can reach: Mia"
    clock.advance(days=3)
    page.refresh()
    assert text_of(page, "todayHardDateWhen").startswith("the hearing: today.")
    clock.advance(days=1)
    page.refresh()
    assert not near.isVisible()


def test_hard_days_today_on_this_day_is_opt_in_and_leaves_private_out(
    qtbot: QtBot, page: TodayPage, journal: Journal
) -> None:
    good = journal.add_entry(EntryDraft(day=dt.date(2025, 3, 14), mood=5, title="Beach day"))
    journal.add_entry(
        EntryDraft(day=dt.date(2024, 3, 14), mood=5, title="Secret joy", private=True)
    )
    journal.events.add(EventDraft(day=dt.date(2024, 3, 14), kind="milestone", title="Moved"))
    page.refresh()
    assert not page.on_this_day.isVisible()
    journal.settings.set("on_this_day", True)
    qtbot.waitUntil(page.on_this_day.isVisible)
    assert page.on_this_day.rows() == ["2025: Beach day", "2024: A milestone: Moved"]
    link = page.findChild(QtWidgets.QPushButton, f"todayOnThisDayEntry{good.id}")
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        qtbot.mouseClick(link, LEFT)
    assert opened.args == [good.id]


def test_hard_days_today_show_another_never_offers_an_anniversary_prompt(
    page: TodayPage,
) -> None:
    seen = {page.show_another_prompt() for _ in range(250)}
    assert all(p is not None and p.theme != ANNIVERSARY_THEME for p in seen)


def test_hard_days_today_always_offers_the_place(qtbot: QtBot, page: TodayPage) -> None:
    link = page.findChild(QtWidgets.QPushButton, "todayHardDaysLink")
    assert link.isVisible()
    with qtbot.waitSignal(page.open_place_requested) as opened:
        qtbot.mouseClick(link, LEFT)
    assert opened.args == ["hard_days"]
