"""Transparency arrangements on the timeline (issue 24): each a strip along the days it
ran, following each change (an end, a new one), and said in the chart's description for
those who cannot see it."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.chart.data import ArrangementSpan
from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.ui.qt import QtCore
from trustjournal.ui.trust.timeline.page import TimelinePage


def ago(clock: ManualClock, days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


def long(day: dt.date) -> str:
    return QtCore.QLocale().toString(QtCore.QDate(day), QtCore.QLocale.FormatType.LongFormat)


def make(journal: Journal, kind: str, starts: dt.date, days: int) -> int:
    agreement, _ = journal.arrangements.make(
        AgreementDraft(title="Ours", made=starts),
        ArrangementDraft(kind=kind, starts=starts, days=days, my_yes=True, partner_yes=True),
    )
    return agreement.id


def test_each_arrangement_is_a_strip_along_its_days_and_said(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    journal.add_entry(EntryDraft(day=ago(clock, 60), body="words", mood=3))
    make(journal, "location", ago(clock, 40), 20)  # ended by its end, 21 days ago
    calls = make(journal, "calls", ago(clock, 10), 60)  # runs on: until today
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as page:
        page.show_view()
        assert page.chart.data.arrangements == [
            ArrangementSpan(ago(clock, 40), ago(clock, 21), "Location sharing"),
            ArrangementSpan(ago(clock, 10), clock.today(), "Daily check-in calls"),
        ]
        strips = page.chart._ensure_scene().strips
        assert [name for _area, name in strips] == ["Location sharing", "Daily check-in calls"]
        said = page.chart.accessibleDescription()
        assert (
            "Transparency arrangements in this view: "
            f"Location sharing from {long(ago(clock, 40))} to {long(ago(clock, 21))}, "
            f"Daily check-in calls from {long(ago(clock, 10))} to {long(clock.today())}."
        ) in said
        clock.advance(days=2)
        journal.arrangements.end(calls)  # the chart follows: it ended today
        qtbot.waitUntil(lambda: page.chart.data.arrangements[-1].last == clock.today())
        clock.advance(days=3)
        page.refresh()
        assert page.chart.data.arrangements[-1].last == ago(clock, 3)


def test_a_timeline_without_arrangements_has_no_strips_nor_words_of_them(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    journal.add_entry(EntryDraft(day=ago(clock, 3), body="words", mood=3))
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as page:
        page.show_view()
        assert page.chart._ensure_scene().strips == []
        assert "arrangements" not in page.chart.accessibleDescription()
