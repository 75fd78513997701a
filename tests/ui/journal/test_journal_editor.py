"""The editor: writing, every field, autosave on a pause, on switching and when asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.editor.entry_editor import AUTOSAVE_MS
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtWidgets

Writer = Callable[..., Entry]


def body(page: JournalPage) -> QtWidgets.QPlainTextEdit:
    return page.findChild(QtWidgets.QPlainTextEdit, "editorBody")


def test_a_new_entry_is_written_and_saved_after_a_pause(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    assert journal.count() == 0
    page.new_entry()
    assert page.focusWidget() is body(page) or not page.isActiveWindow()
    qtbot.keyClicks(page.findChild(QtWidgets.QLineEdit, "editorTitle"), "After the session")
    with qtbot.waitSignal(page.editor.saved, timeout=3000) as saved:
        qtbot.keyClicks(body(page), "We were both honest today.")
    entry = journal.entry(saved.args[0])
    assert entry.title == "After the session"
    assert entry.body.startswith("We were both honest")
    assert entry.day == page._clock.today()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.list.currentIndex().row() == 0


def test_the_default_pause_is_about_a_second_and_a_half(page: JournalPage) -> None:
    assert AUTOSAVE_MS == 1500


def test_an_empty_new_entry_is_not_stored(page: JournalPage, journal: Journal) -> None:
    page.new_entry()
    page.save_pending()
    assert journal.count() == 0


def test_every_field_reaches_the_vault(qtbot: QtBot, page: JournalPage, journal: Journal) -> None:
    page.new_entry()
    editor = page.editor
    editor.day.setDate(QtCore.QDate(2026, 2, 1))
    qtbot.mouseClick(page.findChild(QtWidgets.QToolButton, "moodStep2"), Qt.MouseButton.LeftButton)
    page.findChild(QtWidgets.QToolButton, "emotion_on_edge").click()
    page.findChild(QtWidgets.QToolButton, "emotion_hopeful").click()
    qtbot.keyClicks(page.findChild(QtWidgets.QLineEdit, "editorTags"), "Therapy, work")
    qtbot.keyClicks(page.findChild(QtWidgets.QLineEdit, "editorActivities"), "a walk together")
    page.findChild(QtWidgets.QCheckBox, "editorPrivate").setChecked(True)
    qtbot.keyClicks(body(page), "Something small but real.")
    page.save_pending()
    entry = journal.entry(editor.entry_id)
    assert entry.day == dt.date(2026, 2, 1)
    assert entry.mood == 2
    assert set(entry.emotions) == {"on edge", "hopeful"}
    assert entry.tags == ("therapy", "work")
    assert entry.activities == ("a walk together",)
    assert entry.private is True


def test_editing_an_entry_saves_after_a_pause(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    assert page.editor.entry_id == three_entries[2].id
    with qtbot.waitSignal(page.editor.saved, timeout=3000):
        qtbot.keyClicks(body(page), " Then tea.")
    assert journal.entry(three_entries[2].id).body.endswith("Then tea.")


def test_switching_entries_saves_first(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.editor.autosave_timer.setInterval(60_000)
    qtbot.keyClicks(body(page), " Unsaved words.")
    page.list.setCurrentIndex(page.model.index(2, 0))
    assert journal.entry(three_entries[2].id).body.endswith("Unsaved words.")
    assert page.editor.entry_id == three_entries[0].id
    assert page.editor.title.text() == "First talk"


def test_save_pending_writes_at_once(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.editor.autosave_timer.setInterval(60_000)
    qtbot.keyClicks(body(page), " Before locking.")
    page.save_pending()
    assert journal.entry(three_entries[2].id).body.endswith("Before locking.")
    assert not page.editor.is_dirty()


def test_ctrl_s_saves_now(
    three_entries: list[Entry], qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.editor.autosave_timer.setInterval(60_000)
    page.activateWindow()
    body(page).setFocus()
    qtbot.keyClicks(body(page), " Saved by hand.")
    qtbot.keyClick(body(page), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: journal.entry(three_entries[2].id).body.endswith("Saved by hand."))


def test_mood_picker_works_from_the_keyboard(page: JournalPage, qtbot: QtBot) -> None:
    page.new_entry()
    picker = page.editor.mood
    step = page.findChild(QtWidgets.QToolButton, "moodStep3")
    step.setFocus()
    qtbot.keyClick(step, Qt.Key.Key_Right)
    assert picker.mood() == 4
    qtbot.keyClick(page.focusWidget() or step, Qt.Key.Key_Left)
    qtbot.keyClick(page.focusWidget() or step, Qt.Key.Key_Left)
    assert picker.mood() == 2
    qtbot.keyClick(page.focusWidget() or step, Qt.Key.Key_5)
    assert picker.mood() == 5
    qtbot.keyClick(page.focusWidget() or step, Qt.Key.Key_Backspace)
    assert picker.mood() is None
    assert all(page.findChild(QtWidgets.QToolButton, f"moodStep{n}").text() for n in range(1, 6))


def test_emotions_can_be_searched(page: JournalPage, qtbot: QtBot) -> None:
    search = page.findChild(QtWidgets.QLineEdit, "emotionSearch")
    qtbot.keyClicks(search, "hope")
    chips = page.editor.emotions
    assert not chips.chip("hopeful").isHidden()
    assert chips.chip("anger").isHidden()


def test_tags_complete_from_tags_in_use(
    three_entries: list[Entry], page: JournalPage, qtbot: QtBot
) -> None:
    page.new_entry()
    tags = page.editor.tags
    qtbot.keyClicks(tags, "fam")
    assert "therapy" in tags.known()
    assert "a walk together" in page.editor.activities.known()
    completer = tags.completer() or tags._completer
    assert completer.currentCompletion() == "family"
    completer.activated.emit("family")
    assert tags.words() == ("family",)


def test_preview_renders_markdown_and_words_are_counted(page: JournalPage, qtbot: QtBot) -> None:
    page.new_entry()
    body(page).insertPlainText("# Hope\n\nOne **small** step")
    assert page.findChild(QtWidgets.QLabel, "editorWordCount").text() == "5 words"
    page.editor.tabs.setCurrentIndex(1)
    preview = page.findChild(QtWidgets.QTextEdit, "editorPreview")
    assert preview.isReadOnly()
    assert "Hope" in preview.toPlainText()
    assert "**" not in preview.toPlainText()


def test_the_discuss_flag_reaches_the_vault_and_survives_other_edits(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    page.findChild(QtWidgets.QCheckBox, "editorDiscuss").setChecked(True)
    qtbot.keyClicks(body(page), "Something to bring on Thursday.")
    page.save_pending()
    entry_id = page.editor.entry_id
    assert journal.entry(entry_id).discuss is True
    qtbot.keyClicks(body(page), " And one more thing.")
    page.save_pending()
    assert journal.entry(entry_id).discuss is True


def test_a_selection_can_be_kept_out_of_exports(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    qtbot.keyClicks(body(page), "We argued about Sam again.")
    cursor = body(page).textCursor()
    cursor.setPosition(len("We argued about "))
    cursor.setPosition(len("We argued about Sam again"), cursor.MoveMode.KeepAnchor)
    body(page).setTextCursor(cursor)
    page.findChild(QtWidgets.QPushButton, "editorWithhold").click()
    page.save_pending()
    saved = journal.entry(page.editor.entry_id).body
    assert saved == "We argued about [[withhold]]Sam again[[/withhold]]."
    body(page).undo()
    assert body(page).toPlainText() == "We argued about Sam again."


def test_withholding_without_a_selection_says_what_to_do(page: JournalPage) -> None:
    page.new_entry()
    page.editor.withhold_selection()
    status = page.findChild(QtWidgets.QLabel, "editorStatus")
    assert "Select the words" in status.text()


def test_suggested_activities_read_in_the_persons_language_and_are_kept_in_english(
    qtbot: QtBot, page: JournalPage, journal: Journal, write: Writer
) -> None:
    german = speaking.load("de")
    assert german is not None
    with speaking.speaking(german):
        page.new_entry()
        activities = page.findChild(QtWidgets.QLineEdit, "editorActivities")
        page.editor.set_known_words((), ("cooked together",))
        assert page.editor.activities.known()[:2] == ["zusammen gekocht", "offen geredet"]
        qtbot.keyClicks(activities, "Abend zu zweit, unser eigenes Wort")
        qtbot.keyClicks(body(page), "Ein guter Abend.")
        page.save_pending()
        assert journal.entry(page.editor.entry_id).activities == (
            "date night",
            "unser eigenes wort",
        )
        kept = write(dt.date(2026, 2, 2), "Later", activities=("cooked together", "own word"))
        page.open_entry(kept.id)
        assert activities.text() == "zusammen gekocht, own word"
