"""The chart without sight: a table of the same points (beside the chart, by keyboard)
and a summary of the period in the chart's accessible description, both holding the
chart's numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.chart.data import CHECKIN, EVENT, MOOD_KIND
from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import CheckinDraft, EventDraft
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.timeline.page import TimelinePage
from trustjournal.ui.trust.timeline.reading import DAY, ChartTable, number

OVERALL = ((80, 3), (60, 4), (40, 6), (20, 7), (3, 8))  # days ago, score: rising
MOODS = ((1, 4), (2, 2))


def ago(clock: ManualClock, days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TimelinePage]:
    for days, score in OVERALL:
        scores = {"overall": score, **({"safety": 5} if days == 3 else {})}
        journal.checkins.add(CheckinDraft(day=ago(clock, days), scores=scores))
    journal.checkins.add(CheckinDraft(day=ago(clock, 400), scores={"overall": 1}))  # not in view
    journal.events.add(EventDraft(day=ago(clock, 5), kind="therapy", title="Session with Dr. Lee"))
    for days, mood in MOODS:
        journal.add_entry(EntryDraft(day=ago(clock, days), body="words", mood=mood))
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as shown:
        shown.show_view()
        yield shown


def as_table(qtbot: QtBot, page: TimelinePage) -> ChartTable:
    """Reach the Table button with the keyboard and press it."""
    button = page.findChild(QtWidgets.QPushButton, "timelineAsTable")
    page.latest_button.setFocus()
    qtbot.keyClick(page.latest_button, Qt.Key.Key_Tab)
    assert QtWidgets.QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    table = page.findChild(ChartTable, "timelineTable")
    qtbot.waitUntil(table.isVisible)
    assert not page.chart.isVisible()
    return table


def cells(table: ChartTable) -> dict[tuple[str, str], str]:
    """Each cell's words by (the row's day, the column's series)."""
    model = table.model_of_chart
    found = {}
    for row in range(model.rowCount()):
        day = model.index(row, 0).data()
        for column, series in enumerate(model.columns[1:], start=1):
            found[(day, series)] = model.index(row, column).data()
    return found


def short(day: dt.date) -> str:
    form = QtCore.QLocale.FormatType.ShortFormat
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), form)


def test_the_table_holds_every_point_of_the_chart_and_nothing_else(
    qtbot: QtBot, page: TimelinePage, qtmodeltester: ModelTester
) -> None:
    table = as_table(qtbot, page)
    qtmodeltester.check(table.model_of_chart)
    points = page.chart.visible_points()
    scores = {(short(i.day), i.series): number(i.value or 0) for i in points if i.kind != EVENT}
    filled = {key: words for key, words in cells(table).items() if words and key[1] != "events"}
    assert filled == scores
    assert {(s, n) for (_d, s), n in scores.items()} >= {("overall", "8"), ("safety", "5")}
    moments = [words for (_d, s), words in cells(table).items() if s == "events" and words]
    assert moments == ["Therapy session: Session with Dr. Lee"]
    days = [table.model_of_chart.rows[r].day for r in range(table.model_of_chart.rowCount())]
    assert days == sorted({i.day for i in points})
    assert table.model_of_chart.columns[0] == DAY


def test_the_table_follows_the_view_and_the_shown_series(qtbot: QtBot, page: TimelinePage) -> None:
    table = as_table(qtbot, page)
    rows_in_a_quarter = table.model_of_chart.rowCount()
    page.toggles["overall"].setChecked(False)
    assert "overall" not in table.model_of_chart.columns
    page.toggles["overall"].setChecked(True)
    qtbot.mouseClick(page.zoom_buttons["all"], Qt.MouseButton.LeftButton)
    assert table.model_of_chart.rowCount() == rows_in_a_quarter + 1  # the check-in of long ago
    qtbot.keyClick(page.table_button, Qt.Key.Key_Space)
    assert page.chart.isVisible() and not table.isVisible()


def test_the_charts_description_sums_up_the_period_with_its_numbers(page: TimelinePage) -> None:
    items = page.chart.visible_points()
    overall = [i.value for i in sorted(items, key=lambda i: i.day) if i.series == "overall"]
    before, after = overall[: len(overall) // 2], overall[len(overall) // 2 :]
    moods = [i.value or 0 for i in items if i.kind == MOOD_KIND]
    latest = max((i for i in items if i.kind == CHECKIN), key=lambda i: i.day)
    said = page.chart.accessibleDescription()
    first, last = page.chart.view_range()
    long = QtCore.QLocale.FormatType.LongFormat
    assert said.startswith(f"From {QtCore.QLocale().toString(QtCore.QDate(first), long)} to ")
    average = f"{number(sum(before) / len(before))} to {number(sum(after) / len(after))} of 10"
    assert f"Overall rose from an average of {average}" in said
    assert number(3.5) in said and number(7) in said  # by hand: (3 + 4) / 2, (6 + 7 + 8) / 3
    assert f"on {QtCore.QLocale().toString(QtCore.QDate(latest.day), long)}, gave " in said
    assert "Overall 8 of 10, Feeling safe and secure 5 of 10." in said
    assert f"noted on {len(moods)} days and averaged {number(sum(moods) / len(moods))} of 5" in said
    assert said.endswith(page.chart.keys_help)
    assert last == page.chart.view_range()[1]


def test_with_no_check_ins_in_view_the_summary_says_so(qtbot: QtBot, page: TimelinePage) -> None:
    page.chart.pan_days(-200)
    page.show_view()
    assert "there were no trust check-ins." in page.chart.accessibleDescription()
