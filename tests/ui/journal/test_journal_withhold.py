"""Passages kept out of exports: styled in Write and Preview, never shown as markup, kept
as markers in the vault through every edit, undo and redo; plain in the list."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.editor.withheld import PASSAGE_MIME, is_withheld
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

Writer = Callable[..., Entry]
STORED = "We argued. [[withhold]]I read his messages.[[/withhold]] Then we slept."
SHOWN = "We argued. I read his messages. Then we slept."


def withheld_words(document: QtGui.QTextDocument) -> str:
    """The characters of the document that carry the withheld format, in order."""
    out = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if is_withheld(fragment.charFormat()):
                out.append(fragment.text())
            fragments += 1
        block = block.next()
    return "|".join(out)


def select(page: JournalPage, start: int, end: int) -> None:
    cursor = page.editor.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
    page.editor.body.setTextCursor(cursor)


def stored(journal: Journal, page: JournalPage) -> str:
    page.save_pending()
    assert page.editor.entry_id is not None
    return journal.entry(page.editor.entry_id).body


def test_write_shows_the_passage_styled_not_the_markers(
    write: Writer, page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    entry = write(journal.clock.today(), "Night", STORED)
    page.open_entry(entry.id)
    body = page.editor.body
    assert body.toPlainText() == SHOWN
    assert withheld_words(body.document()) == "I read his messages."
    assert page.editor.word_count.text() == "9 words"
    qtbot.keyClicks(page.editor.title, " again")  # an edit elsewhere: the markers stay
    assert stored(journal, page) == STORED


def test_the_preview_styles_the_passage_and_shows_no_markup(
    write: Writer, page: JournalPage, journal: Journal
) -> None:
    entry = write(journal.clock.today(), "Night", "**Tired**\n" + STORED)
    page.open_entry(entry.id)
    page.editor.tabs.setCurrentIndex(1)
    preview = page.editor.preview.document()
    assert "withhold" not in preview.toPlainText()
    assert "\ue000" not in preview.toPlainText() and "\ue001" not in preview.toPlainText()
    assert preview.toPlainText().splitlines() == ["Tired", SHOWN]  # one Enter, one new line
    assert withheld_words(preview) == "I read his messages."


def test_the_list_shows_the_first_line_without_markers(
    write: Writer, page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    write(journal.clock.today(), "", "[[withhold]]Hard[[/withhold]] day at work.\nMore.")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    index = page.model.index(0, 0)
    assert index.data() == "Hard day at work."
    assert "withhold" not in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_keeping_words_out_undoes_and_redoes_as_one_step(
    page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    page.new_entry()
    qtbot.keyClicks(page.editor.body, SHOWN)
    select(page, len("We argued. "), len("We argued. I read his messages."))
    page.findChild(QtWidgets.QPushButton, "editorWithhold").click()
    assert page.editor.body.toPlainText() == SHOWN  # no markup shown
    assert stored(journal, page) == STORED
    page.editor.body.undo()
    assert stored(journal, page) == SHOWN
    page.editor.body.redo()
    assert stored(journal, page) == STORED


def test_words_typed_after_a_passage_are_shared(
    write: Writer, page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    entry = write(journal.clock.today(), "Night", "[[withhold]]secret[[/withhold]]")
    page.open_entry(entry.id)
    body = page.editor.body
    body.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, " and this is fine")
    assert stored(journal, page) == "[[withhold]]secret[[/withhold]] and this is fine"


def test_a_passage_over_paragraphs_round_trips_and_can_be_shared_again(
    write: Writer, page: JournalPage, journal: Journal
) -> None:
    text = "Before.\n[[withhold]]One.\n\nTwo.[[/withhold]]\nAfter."
    entry = write(journal.clock.today(), "Night", text)
    page.open_entry(entry.id)
    assert page.editor.body.toPlainText() == "Before.\nOne.\n\nTwo.\nAfter."
    page.editor.title.setText("Changed")
    page.editor.title.textEdited.emit("Changed")
    assert stored(journal, page) == text
    select(page, len("Before.\n"), len("Before.\nOne.\n\nTwo."))
    page.editor.withhold_selection()  # all of it was kept out: now shared again
    assert "in exports again" in page.editor.status.text()
    assert stored(journal, page) == "Before.\nOne.\n\nTwo.\nAfter."


def test_a_selection_partly_kept_out_is_all_kept_out(
    write: Writer, page: JournalPage, journal: Journal
) -> None:
    entry = write(journal.clock.today(), "Night", STORED)
    page.open_entry(entry.id)
    select(page, len("We "), len("We argued. I read"))
    page.editor.withhold_selection()
    assert stored(journal, page) == (
        "We [[withhold]]argued. I read his messages.[[/withhold]] Then we slept."
    )


# -- paste, copy and drag ------------------------------------------------------------------


def clipboard_holds(text: str, passage: str | None = None) -> None:
    data = QtCore.QMimeData()
    data.setText(text)
    if passage is not None:
        data.setData(PASSAGE_MIME, QtCore.QByteArray(passage.encode("utf-8")))
    QtGui.QGuiApplication.clipboard().setMimeData(data)


def test_pasted_markers_show_the_passage_styled_at_once(
    page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "Tonight. ")
    clipboard_holds(STORED)
    page.editor.body.paste()
    body = page.editor.body
    assert body.toPlainText() == "Tonight. " + SHOWN  # never the markup
    assert withheld_words(body.document()) == "I read his messages."
    assert stored(journal, page) == "Tonight. " + STORED
    qtbot.keyClicks(body, " Morning.")  # typed after the paste: shared
    assert stored(journal, page) == "Tonight. " + STORED + " Morning."


def test_a_paste_undoes_and_redoes_as_one_step(
    page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "Tonight.")
    clipboard_holds("\n" + STORED)
    page.editor.body.paste()
    assert stored(journal, page) == "Tonight.\n" + STORED
    page.editor.body.undo()
    assert page.editor.body.toPlainText() == "Tonight."
    assert stored(journal, page) == "Tonight."
    page.editor.body.redo()
    assert withheld_words(page.editor.body.document()) == "I read his messages."
    assert stored(journal, page) == "Tonight.\n" + STORED


def test_copying_a_passage_carries_its_markers_to_this_app_only(
    write: Writer, page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    entry = write(journal.clock.today(), "Night", STORED)
    page.open_entry(entry.id)
    select(page, len("We "), len("We argued. I read his messages."))
    page.editor.body.copy()
    copied = QtGui.QGuiApplication.clipboard().mimeData()
    assert copied.text() == "argued. I read his messages."  # what other apps get
    assert "withhold" not in copied.text()
    assert not copied.hasHtml()
    passage = bytes(copied.data(PASSAGE_MIME).data()).decode("utf-8")
    assert passage == "argued. [[withhold]]I read his messages.[[/withhold]]"
    body = page.editor.body
    body.moveCursor(QtGui.QTextCursor.MoveOperation.End)
    qtbot.keyClicks(body, " Again: ")
    body.paste()
    assert stored(journal, page) == STORED + " Again: " + passage


def test_copying_shared_words_puts_only_plain_text_on_the_clipboard(
    write: Writer, page: JournalPage, journal: Journal
) -> None:
    entry = write(journal.clock.today(), "Night", STORED)
    page.open_entry(entry.id)
    select(page, 0, len("We argued."))
    page.editor.body.copy()
    copied = QtGui.QGuiApplication.clipboard().mimeData()
    assert copied.formats() == ["text/plain"]
    assert copied.text() == "We argued."


def test_ordinary_text_pastes_as_it_always_did(
    page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    page.new_entry()
    clipboard_holds("A [[note]] in brackets\nand a second line")
    page.editor.body.paste()
    assert stored(journal, page) == "A [[note]] in brackets\nand a second line"
    assert withheld_words(page.editor.body.document()) == ""


def test_a_dropped_passage_is_styled_and_stored_with_its_markers(
    page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "Dropped here: ")
    data = QtCore.QMimeData()
    data.setText(STORED)
    body = page.editor.body
    end = body.cursorRect(body.textCursor()).center()
    copy, left, plain = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    enter = QtGui.QDragEnterEvent(end, copy, data, left, plain)  # as a drag arrives, then drops
    QtWidgets.QApplication.sendEvent(body.viewport(), enter)
    drop = QtGui.QDropEvent(QtCore.QPointF(end), copy, data, left, plain)
    QtWidgets.QApplication.sendEvent(body.viewport(), drop)
    assert body.toPlainText() == "Dropped here: " + SHOWN
    assert withheld_words(body.document()) == "I read his messages."
    assert stored(journal, page) == "Dropped here: " + STORED
