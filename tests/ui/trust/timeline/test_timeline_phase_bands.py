"""The recovery path on the timeline (issue 24): its phases as bands behind the chart,
following each move, and said in the chart's description for those who cannot see it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.chart.data import PhaseSpan
from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import CheckinDraft
from trustjournal.ui.qt import QtCore
from trustjournal.ui.trust.timeline.page import TimelinePage


def ago(clock: ManualClock, days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TimelinePage]:
    journal.settings.set("prompt_role", "hurt")
    journal.add_entry(EntryDraft(day=ago(clock, 60), body="words", mood=3))
    journal.checkins.add(CheckinDraft(day=ago(clock, 30), scores={"overall": 5}))
    journal.path.move("attune", ago(clock, 50))
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as shown:
        shown.show_view()
        yield shown


def long(day: dt.date) -> str:
    return QtCore.QLocale().toString(QtCore.QDate(day), QtCore.QLocale.FormatType.LongFormat)


def test_each_move_along_the_path_is_a_band_behind_the_chart_and_said(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TimelinePage
) -> None:
    assert page.chart.data.phases == [PhaseSpan(ago(clock, 50), None, "Attune")]
    scene = page.chart._ensure_scene()
    [(left, right, name)] = scene.bands
    assert name == "Attune" and left < right == scene.plot.right()
    said = page.chart.accessibleDescription()
    assert f"The phases of your path in this view: Attune from {long(ago(clock, 50))}." in said
    journal.path.move("atone", ago(clock, 10))  # a setback: the chart follows the path
    qtbot.waitUntil(lambda: len(page.chart.data.phases) == 2)
    page.show_view()
    said = page.chart.accessibleDescription()
    assert f"Attune from {long(ago(clock, 50))}, Atone from {long(ago(clock, 10))}." in said
    assert [name for _l, _r, name in page.chart._ensure_scene().bands] == ["Attune", "Atone"]


def test_a_path_without_a_step_has_no_bands(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    journal.add_entry(EntryDraft(day=ago(clock, 3), body="words", mood=3))
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as shown:
        shown.show_view()
        assert shown.chart.data.phases == []
        assert shown.chart._ensure_scene().bands == []
        assert "phases of your path" not in shown.chart.accessibleDescription()
