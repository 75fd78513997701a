"""The Journal page as a person uses it: search, filters, the month view, delete and undo,
and what a lock leaves behind (nothing)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.errors import NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtWidgets


def headlines(page: JournalPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def search_box(page: JournalPage) -> QtWidgets.QLineEdit:
    return page.findChild(QtWidgets.QLineEdit, "journalSearch")


def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QtWidgets.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", answer)
    return asked


def test_the_list_shows_entries_newest_first_and_opens_the_newest(
    three_entries: list[Entry], page: JournalPage
) -> None:
    assert headlines(page) == ["Today", "A quiet walk by the river.", "First talk"]
    assert page.editor.title.text() == "Today"
    assert page.list.currentIndex().row() == 0


def test_search_as_you_type(three_entries: list[Entry], qtbot: QtBot, page: JournalPage) -> None:
    qtbot.keyClicks(search_box(page), "riv")
    qtbot.waitUntil(lambda: headlines(page) == ["A quiet walk by the river."])
    qtbot.keyClicks(search_box(page), "erbank")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_label.isVisible()
    assert "No entries match" in page.empty_label.text()
    search_box(page).setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_ctrl_f_goes_to_search(three_entries: list[Entry], qtbot: QtBot, page: JournalPage) -> None:
    page.activateWindow()
    page.editor.body.setFocus()
    qtbot.keyClick(page.editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: search_box(page).hasFocus())


def test_filters_by_mood_emotion_tag_and_dates(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    page.findChild(QtWidgets.QToolButton, "journalFilterToggle").click()
    mood_min = page.findChild(QtWidgets.QComboBox, "journalMoodMin")
    mood_min.setCurrentIndex(mood_min.findData(3))
    assert headlines(page) == ["Today", "A quiet walk by the river."]
    emotion = page.findChild(QtWidgets.QComboBox, "journalEmotion")
    emotion.setCurrentIndex(emotion.findData("calm"))
    assert headlines(page) == ["A quiet walk by the river."]
    page.findChild(QtWidgets.QPushButton, "journalClearFilters").click()
    tag = page.findChild(QtWidgets.QComboBox, "journalTag")
    tag.setCurrentIndex(tag.findData("therapy"))
    assert headlines(page) == ["First talk"]
    page.findChild(QtWidgets.QPushButton, "journalClearFilters").click()
    date_to = page.findChild(QtWidgets.QDateEdit, "journalDateTo")
    date_to.setDate(three_entries[1].day)
    assert headlines(page) == ["A quiet walk by the river.", "First talk"]


def test_clicking_a_day_in_the_month_view_shows_that_day(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    day = three_entries[0].day
    cell = page.findChild(QtWidgets.QAbstractButton, f"calendarDay_{day.isoformat()}")
    assert cell.mood == 2
    assert "mood 2 of 5" in cell.accessibleName()
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    assert headlines(page) == ["First talk"]


def test_the_month_view_follows_new_entries(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    page.editor.mood.set_mood(5, notify=True)
    page.editor.day.setDate(QtCore.QDate(2026, 3, 1))
    page.save_pending()
    cell = page.findChild(QtWidgets.QAbstractButton, "calendarDay_2026-03-01")
    qtbot.waitUntil(lambda: cell.mood == 5)


def test_delete_asks_then_undo_brings_the_entry_back(
    three_entries: list[Entry],
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = say_yes(monkeypatch)
    target = three_entries[2]
    page.findChild(QtWidgets.QPushButton, "editorDelete").click()
    assert asked and "Undo" in asked[0]
    with pytest.raises(NotFound):
        journal.entry(target.id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    bar = page.findChild(QtWidgets.QFrame, "journalUndoBar")
    assert bar.isVisible()
    page.findChild(QtWidgets.QPushButton, "journalUndoButton").click()
    assert journal.entry(target.id) == target
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.editor.entry_id == target.id
    assert not bar.isVisible()


def test_saying_no_keeps_the_entry(
    three_entries: list[Entry], page: JournalPage, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "question", lambda *_a: QtWidgets.QMessageBox.StandardButton.No
    )
    page.findChild(QtWidgets.QPushButton, "editorDelete").click()
    assert journal.count() == 3


def test_the_delete_key_in_the_list_asks_first(
    three_entries: list[Entry],
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = say_yes(monkeypatch)
    page.activateWindow()
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert journal.count() == 2


def test_ctrl_n_starts_a_fresh_entry_for_today(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    page.activateWindow()
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editor.entry_id is None)
    assert page.editor.title.text() == ""
    assert page.editor.body.toPlainText() == ""
    assert page.editor.day.date().toPython() == page._clock.today()
    assert not page.list.currentIndex().isValid()


def test_clear_for_lock_leaves_nothing_to_bring_back(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    secret = "a canary only I would write"
    qtbot.keyClicks(page.editor.body, " " + secret)
    qtbot.keyClicks(page.editor.title, " and more")
    qtbot.keyClicks(search_box(page), "coffee")
    page.save_pending()
    page.clear_for_lock()
    body = page.editor.body
    assert body.toPlainText() == ""
    assert page.editor.title.text() == ""
    assert search_box(page).text() == ""
    assert page.model.rowCount() == 0 and page.model.cached_count() == 0
    assert page.model.filter.search == ""
    assert body.document().isUndoAvailable() is False
    body.undo()
    page.editor.title.undo()
    search_box(page).undo()
    assert secret not in body.toPlainText()
    assert page.editor.title.text() == "" and search_box(page).text() == ""
    assert page.editor.tags.known() == [] and page.filters.tag.count() == 1
    assert not page.undo_bar.isVisible()


def test_clear_for_lock_forgets_deleted_entries(
    three_entries: list[Entry], page: JournalPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    say_yes(monkeypatch)
    page.delete_entry(three_entries[0].id)
    assert page.undo_bar.pending() == 1
    page.clear_for_lock()
    assert page.undo_bar.pending() == 0
    assert page.undo_delete() is None


def test_after_a_lock_changes_no_longer_reach_the_page(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.clear_for_lock()
    journal.add_entry(Entry.draft(three_entries[0]))
    assert not page.model.refresh_pending()
    assert page.model.rowCount() == 0


def test_every_control_has_a_name_for_screen_readers(
    three_entries: list[Entry], page: JournalPage
) -> None:
    kinds = (
        QtWidgets.QAbstractButton,
        QtWidgets.QLineEdit,
        QtWidgets.QAbstractSpinBox,
        QtWidgets.QComboBox,
        QtWidgets.QAbstractScrollArea,
    )
    controls = [w for w in page.findChildren(QtWidgets.QWidget) if isinstance(w, kinds)]
    unnamed = [
        control
        for control in controls
        if control.isVisibleTo(page)
        and control.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not (control.accessibleName() and control.objectName())
        and not _is_qt_internal(control)
    ]
    assert ", ".join(f"{type(w).__name__}:{w.objectName()}" for w in unnamed) == ""


def _is_qt_internal(widget: QtWidgets.QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a spin box's line edit, a scroll area's view)."""
    return widget.objectName().startswith("qt_") or isinstance(
        widget.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox | QtWidgets.QTabBar
    )


def test_new_entries_only_exist_once_written(page: JournalPage, journal: Journal) -> None:
    assert "Nothing written yet" in page.empty_label.text()
    page.new_entry()
    page.new_entry()
    assert journal.count() == 0


def test_mood_day_and_private_marker_come_from_the_entry(
    three_entries: list[Entry], page: JournalPage
) -> None:
    entry = page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert entry.private and entry.day == dt.date(2026, 3, 14)


def test_a_new_tag_reaches_the_tag_filter_and_completion(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    page.findChild(QtWidgets.QToolButton, "journalFilterToggle").click()
    assert page.filters.tag.findData("therapy") != -1
    qtbot.keyClicks(page.findChild(QtWidgets.QLineEdit, "editorTags"), ", slow mornings")
    page.save_pending()
    qtbot.waitUntil(lambda: page.filters.tag.findData("slow mornings") != -1)
    assert "slow mornings" in page.editor.tags.known()


def test_a_single_letter_being_typed_waits_for_the_next(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    qtbot.keyClicks(search_box(page), "q")
    page.filters.flush()
    assert page.model.filter.search == ""
    qtbot.keyClicks(search_box(page), "u")
    qtbot.waitUntil(lambda: headlines(page) == ["A quiet walk by the river."])
    qtbot.keyClicks(search_box(page), "iet w")
    page.filters.flush()
    assert page.model.filter.search == "quiet"


def next_focusable(widget: QtWidgets.QWidget, page: JournalPage) -> QtWidgets.QWidget:
    """`widget` or the first after it in the focus chain that Tab would stop at."""
    for _ in range(500):  # more than the page has widgets; a chain with no stop fails
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page):
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError("no focusable widget in the focus chain")


def test_tab_goes_from_search_to_the_list_to_the_entry(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage
) -> None:
    order = []
    widget = search_box(page)
    for _ in range(8):
        order.append(widget.objectName())
        widget = next_focusable(widget.nextInFocusChain(), page)
    assert order[:6] == [
        "journalSearch",
        "journalFilterToggle",
        "calendarPrevious",
        "calendarNext",
        "journalNewEntry",
        "journalList",
    ]
    assert order[6:8] == ["editorTitle", "editorDay"]
