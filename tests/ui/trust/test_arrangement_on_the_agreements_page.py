"""A transparency arrangement on the Agreements page: where it stands, the words that say
it is offered and not taken, a pause and going on in one click each, an end that says when;
a plain agreement shows none of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.ui.qt import Qt
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.timeline.data import short_day

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def arranged(journal: Journal, clock: ManualClock) -> tuple[int, int]:
    today = clock.today()
    plain = journal.agreements.add(AgreementDraft("A weekly walk to talk", today)).id
    sharing, _ = journal.arrangements.make(
        AgreementDraft("Sharing locations", today, review=today + dt.timedelta(days=14)),
        ArrangementDraft("location", today, days=30, my_yes=True, partner_yes=True),
    )
    return plain, sharing.id


@pytest.fixture
def page(
    qtbot: QtBot, journal: Journal, clock: ManualClock, arranged: tuple[int, int]
) -> Iterator[AgreementsPage]:
    with page_shown(qtbot, AgreementsPage(journal, clock=clock), 1100, 760) as shown:
        yield shown


def test_an_arrangement_says_where_it_stands_and_pauses_in_one_click(
    page: AgreementsPage,
    journal: Journal,
    clock: ManualClock,
    arranged: tuple[int, int],
    qtbot: QtBot,
) -> None:
    plain, sharing = arranged
    page.select(plain)
    assert not page.arrangement_part.isVisible()
    page.select(sharing)
    qtbot.waitUntil(page.arrangement_part.isVisible)
    ends = short_day(clock.today() + dt.timedelta(days=29))
    assert page.arrangement_state.text() == f"Location sharing: Runs until {ends}"
    assert "offered, not taken" in " ".join(
        w.text() for w in page.arrangement_part.findChildren(type(page.arrangement_state))
    )
    qtbot.mouseClick(page.pause_button, LEFT)
    assert journal.arrangements.get(sharing).paused_on == clock.today()
    assert page.arrangement_state.text().startswith("Location sharing: Paused since")
    assert page.pause_button.text() == "Go on"
    qtbot.mouseClick(page.pause_button, LEFT)
    assert journal.arrangements.get(sharing).paused_on is None
    qtbot.mouseClick(page.end_button, LEFT)
    assert page.arrangement_state.text() == f"Location sharing: Ended on {short_day(clock.today())}"
    assert not page.pause_button.isVisible() and not page.end_button.isVisible()
