"""Search results: the matched words are marked in the list and in the editor, found the
way the search folds them (case, accents on Latin letters, the word being typed)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.journal.search_marks import excerpt, matching_spans
from trustjournal.ui.qt import QtGui

Writer = Callable[..., Entry]


def marked(text: str, search: str) -> list[str]:
    return [text[start:end] for start, end in matching_spans(text, search)]


def test_words_are_matched_as_the_search_folds_them() -> None:
    assert marked("Café with Sam, then we TALKED and talked.", "cafe talked") == [
        "Café",
        "TALKED",
        "talked",
    ]
    assert marked("talking and talks, not stalk", "talk") == ["talking", "talks"]  # being typed
    assert marked("talking and talk", "talk ") == ["talk"]  # a finished word: whole only
    assert marked("anything", "") == []


def test_an_excerpt_starts_near_the_first_match_on_its_line() -> None:
    text = "A first line.\nWe went to the quiet old cafe near the river and talked for hours."
    line, spans = excerpt(text, "river")
    assert line.startswith("…") and "river" in line and "\n" not in line
    assert [line[s:e] for s, e in spans] == ["river"]


def amber_pixels(image: QtGui.QImage) -> int:
    """Pixels of the soft amber mark (blended over light or dark)."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.red() - colour.blue() > 60 and colour.green() - colour.blue() > 30:
                count += 1
    return count


def test_the_list_and_the_editor_mark_the_found_words(
    write: Writer, page: JournalPage, journal: Journal, qtbot: QtBot
) -> None:
    write(journal.clock.today(), "Evening", "Nothing much.")
    write(journal.clock.today(), "", "A slow day.\nWe sat in the garden and talked.")
    page.list.viewport().repaint()
    before = amber_pixels(page.list.viewport().grab().toImage())
    qtbot.keyClicks(page.filters.search, "Garden")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.list.viewport().repaint()
    assert amber_pixels(page.list.viewport().grab().toImage()) > before + 20
    marks = page.editor.body.extraSelections()
    assert [mark.cursor.selectedText() for mark in marks] == ["garden"]
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.editor.body.extraSelections() == []
