"""Searching the journal: Ctrl+F reaches the search however the person came to the page,
and a search that hides the entry being edited saves it and opens the first match, or none."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot
from uikit import wait_active

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow

Unlock = Callable[[], MainWindow]


def test_ctrl_f_after_going_to_the_journal_by_keyboard_or_sidebar(
    unlocked: Unlock, qtbot: QtBot
) -> None:
    main = unlocked()
    page = main.journal_page
    assert isinstance(page, JournalPage)
    wait_active(qtbot, main)
    main.show_place("today")
    main.sidebar.setFocus()
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page() is page
    qtbot.keyClick(main.focusWidget() or main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.filters.search.hasFocus())
    qtbot.keyClicks(QtWidgets.QApplication.focusWidget(), "garden")
    assert page.filters.search.text() == "garden"

    main.show_place("today")
    main.sidebar.setFocus()
    main.sidebar.setCurrentRow(1)  # a click on "Journal"
    assert main.current_page() is page
    page.filters.search.clear()
    qtbot.keyClick(main.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.filters.search.hasFocus())


def test_a_search_that_hides_the_open_entry_opens_the_first_match(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    assert page.editor.title.text() == "Today"
    qtbot.keyClicks(page.filters.search, "garden")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.editor.entry_id == three_entries[0].id
    assert page.list.currentIndex().row() == 0


def test_a_search_that_matches_nothing_leaves_no_entry_in_the_editor(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    qtbot.keyClicks(page.editor.title, " and more")
    qtbot.keyClicks(page.filters.search, "nothingmatchesthis")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.editor.entry_id is None
    assert page.editor.title.text() == ""
    assert journal.entry(three_entries[2].id).title == "Today and more"  # saved first
