"""The entry list model: a correct Qt model, lazy, and in step with the journal."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry, EntryDraft, EntryFilter
from trustjournal.ui.journal.entry_model import SEARCH_PAGE, EntryIdRole, EntryListModel, EntryRole
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore

Writer = Callable[..., Entry]
Ago = Callable[[int], dt.date]


def test_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester, journal: Journal, three_entries: list
) -> None:
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    qtmodeltester.check(model, force_py=True)


def test_rows_are_newest_first_with_headline_and_entry(
    journal: Journal, three_entries: list
) -> None:
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    headlines = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert headlines == ["Today", "A quiet walk by the river.", "First talk"]
    assert model.index(0, 0).data(EntryRole).private is True
    assert model.index(2, 0).data(EntryIdRole) == three_entries[0].id
    spoken = model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "mood 4 of 5" in spoken and "hopeful" in spoken


def test_changes_keep_the_model_in_step_under_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    journal: Journal,
    clock: ManualClock,
    three_entries: list,
    write: Writer,
) -> None:
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    qtmodeltester.check(model, force_py=True)
    unsubscribe = journal.changes.subscribe(model.on_change)
    newest = write(clock.today() + dt.timedelta(days=1), "Tomorrow")
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert model.id_at(0) == newest.id
    journal.delete_entry(three_entries[1].id)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    later = dataclasses.replace(three_entries[0].draft(), day=clock.today() + dt.timedelta(days=5))
    journal.update_entry(three_entries[0].id, later)
    qtbot.waitUntil(lambda: model.id_at(0) == three_entries[0].id)
    journal.update_entry(newest.id, EntryDraft(day=newest.day, title="Renamed"))
    qtbot.waitUntil(lambda: model.index(1, 0).data() == "Renamed")
    unsubscribe()


@pytest.mark.slow
def test_a_big_journal_is_read_a_batch_at_a_time(
    qtbot: QtBot, journal: Journal, write: Writer, ago: Ago
) -> None:
    for number in range(2000):
        write(ago(number // 4), f"Entry {number}")
    model = EntryListModel(journal, batch_size=50)
    model.set_filter(EntryFilter())
    assert model.rowCount() == SEARCH_PAGE  # the newest page at once, with its entries
    assert model.cached_count() == SEARCH_PAGE
    qtbot.waitUntil(lambda: model.rowCount() == 2000)  # then every id, but no entry
    assert model.cached_count() == SEARCH_PAGE
    assert model.batches_loaded == 0
    for row in range(30):
        model.index(row, 0).data()
    assert model.batches_loaded == 0
    model.index(1999, 0).data()
    model.index(1000, 0).data()
    assert model.batches_loaded == 2
    assert model.cached_count() == SEARCH_PAGE + 100
    assert model.index(1999, 0).data() == "Entry 1996"  # same day: the newest written first


def test_the_cache_stays_small(journal: Journal, write: Writer, ago: Ago) -> None:
    for number in range(120):
        write(ago(number), f"Entry {number}")
    model = EntryListModel(journal, batch_size=10, cache_size=30)
    model.set_filter(EntryFilter())
    model.complete()
    assert [model.index(row, 0).data() for row in range(120)] == [
        f"Entry {number}" for number in range(120)
    ]
    assert model.cached_count() <= 30


def test_clear_forgets_rows_cache_and_filter(journal: Journal, three_entries: list) -> None:
    model = EntryListModel(journal)
    model.set_filter(EntryFilter(search="river"))
    assert model.rowCount() == 1
    model.index(0, 0).data()
    model.clear()
    assert model.rowCount() == 0
    assert model.cached_count() == 0
    assert model.filter == EntryFilter()


def test_an_edit_in_place_skips_the_id_query(
    qtbot: QtBot, journal: Journal, three_entries: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = EntryListModel(journal)
    model.set_filter(EntryFilter())
    model.index(0, 0).data()
    unsubscribe = journal.changes.subscribe(model.on_change)
    asked: list[EntryFilter] = []
    real = journal.entry_ids
    monkeypatch.setattr(journal, "entry_ids", lambda where=None: asked.append(where) or real(where))
    same_day = dataclasses.replace(three_entries[2].draft(), title="Today, later")
    journal.update_entry(three_entries[2].id, same_day)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Today, later")
    assert asked == []
    moved = dataclasses.replace(three_entries[2].draft(), day=dt.date(2020, 1, 1))
    journal.update_entry(three_entries[2].id, moved)
    qtbot.waitUntil(lambda: model.id_at(2) == three_entries[2].id)
    assert len(asked) == 1
    unsubscribe()


def test_a_search_reads_its_matches_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester, journal: Journal, write: Writer, ago: Ago
) -> None:
    for number in range(250):
        write(ago(number), f"Entry {number}", "a quiet walk" if number % 2 else "rain")
    model = EntryListModel(journal)
    model.set_filter(EntryFilter(search="walk"))
    assert model.rowCount() == SEARCH_PAGE
    assert model.canFetchMore(QtCore.QModelIndex())
    model.fetchMore(QtCore.QModelIndex())
    assert model.rowCount() == 125
    assert not model.canFetchMore(QtCore.QModelIndex())
    assert model.index(124, 0).data() == "Entry 249"
    unsubscribe = journal.changes.subscribe(model.on_change)
    write(ago(-1), "A new walk")
    qtbot.waitUntil(lambda: model.rowCount() == 126)
    assert model.index(0, 0).data() == "A new walk"
    unsubscribe()
    model.set_filter(EntryFilter(search="walk"))
    qtmodeltester.check(model, force_py=True)


def test_the_list_view_fetches_more_when_scrolled_to_the_end(
    qtbot: QtBot, page: JournalPage, write: Writer, ago: Ago
) -> None:
    for number in range(150):
        write(ago(number), f"Walk {number}")
    page.filters.search.setText("walk")
    page.filters.flush()
    assert page.model.rowCount() == SEARCH_PAGE
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 150)
