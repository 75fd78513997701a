"""The questionnaire totals on the timeline (issue 24): their own lines on the chart, off
at first; while shown, the change since the first total, a gentle pointer when the latest
is past its published cut-off, and "not a diagnosis"."""

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
from trustjournal.ui.trust.timeline.page import TimelinePage


def ago(clock: ManualClock, days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TimelinePage]:
    journal.add_entry(EntryDraft(day=ago(clock, 40), body="words", mood=3))
    journal.scores.add("PHQ-9", 16, ago(clock, 20))
    journal.scores.add("PHQ-9", 11, ago(clock, 5))
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as shown:
        shown.show_view()
        yield shown


def test_the_totals_are_a_line_of_their_own_off_at_first(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TimelinePage
) -> None:
    toggle = page.findChild(QtWidgets.QCheckBox, "timelineShow_scores")
    assert toggle.text() == "Questionnaire totals" and not toggle.isChecked()
    assert "score:PHQ-9" not in page.chart._ensure_scene().lines
    assert not page.findChild(QtWidgets.QLabel, "timelineScoresNote").isVisible()
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    scene = page.chart._ensure_scene()
    line = scene.lines["score:PHQ-9"]
    # Each total's place in its range (0 to 27) on the left scale of 0 to 10.
    assert [round(line[i].y(), 3) for i in range(line.count())] == [
        round(scene.y(16 / 27 * 10), 3),
        round(scene.y(11 / 27 * 10), 3),
    ]
    note = text_of(page, "timelineScoresNote")
    assert "PHQ-9: change since the first total" in note and ": -5." in note
    assert path_texts.PAST_CUTOFF in note  # 11 is past the PHQ-9's 10
    assert note.endswith(path_texts.NOT_A_DIAGNOSIS)
    journal.scores.add("PHQ-9", 6, ago(clock, 1))
    qtbot.waitUntil(lambda: ": -10." in text_of(page, "timelineScoresNote"))
    assert path_texts.PAST_CUTOFF not in text_of(page, "timelineScoresNote")
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert not page.findChild(QtWidgets.QLabel, "timelineScoresNote").isVisible()
    assert "score:PHQ-9" not in page.chart._ensure_scene().lines
