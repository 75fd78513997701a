"""Every word of the journal room is marked for translation (issue 22): under the
pseudo-locale no English is left on the Journal page (the list, the month, the filters, the
editor with its privacy help and a withheld passage, the undo bar), apart from the person's
own words and the stored vocabularies another catalogue translates
(tests/ui/unmarked_words_kit.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import show_page
from unmarked_words_kit import english_left, pseudo_language

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.theme import apply_theme

# The person's own words: they stay as written in every language.
THEIR_WORDS = ("After the session", "We talked for an hour, slowly.", "garden", "walks")


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[JournalPage]:
    today = clock.today()
    for days, mood in ((3, 2), (3, 4), (1, None)):
        draft = EntryDraft(
            day=today - dt.timedelta(days=days),
            title=THEIR_WORDS[0],
            body=THEIR_WORDS[1],
            mood=mood,
            emotions=("hurt", "hopeful"),
            tags=(THEIR_WORDS[2],),
            activities=(THEIR_WORDS[3],),
            private=mood is None,
        )
        journal.add_entry(draft)
    with pseudo_language():
        shown = show_page(qtbot, JournalPage(journal, clock=clock), 1180, 760)
        yield shown
        shown.clear_for_lock()
        shown.close()


def test_no_english_is_left_on_the_journal_page(page: JournalPage, qtbot: QtBot) -> None:
    page.filters.toggle.setChecked(True)  # the filter panel, open
    page.editor.explain_button.setChecked(True)  # the privacy choices explained
    page.editor.tabs.setCurrentIndex(1)  # the preview
    assert english_left(page, THEIR_WORDS) == []


def test_no_english_is_left_after_saving_withholding_and_deleting(
    page: JournalPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str, *_args: object) -> object:
        asked.extend((title, text))
        return QtWidgets.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", answer)
    editor = page.editor
    editor.body.selectAll()
    editor.withhold_selection()
    assert english_left(page, THEIR_WORDS) == []  # "kept out of exports", said
    editor.title.setText(THEIR_WORDS[0] + " ")
    qtbot.waitUntil(lambda: editor.status.text() != "" and not editor.autosave_timer.isActive())
    editor.save_now()
    assert english_left(page, THEIR_WORDS) == []  # "saved", said
    page.delete_entry(page.model.id_at(0))
    qtbot.waitUntil(page.undo_bar.isVisible)
    assert english_left(page, THEIR_WORDS) == []
    assert asked and all(text.startswith("[") for text in asked)  # the question, marked


def test_the_editor_s_details_never_scroll_sideways_with_longer_words(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal, clock: ManualClock
) -> None:
    """Words 40% longer (German runs about that): the captions and the chosen feelings'
    heading beside the text fit the details' width at a 1180x760 window, instead of
    pushing it into a sideways scroll that hides the fields' right edge."""
    apply_theme(qapp, "light")  # the app's own paddings
    draft = EntryDraft(day=clock.today(), body=THEIR_WORDS[1], emotions=("hurt", "hopeful"))
    entry = journal.add_entry(draft)
    with pseudo_language():
        page = show_page(qtbot, JournalPage(journal, clock=clock), 970, 680)
        page.open_entry(entry.id)
        details = page.editor.details
        qtbot.waitUntil(details.isVisible)
        qtbot.waitUntil(lambda: not details.horizontalScrollBar().isVisible())
        page.clear_for_lock()
