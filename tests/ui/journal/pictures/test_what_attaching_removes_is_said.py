"""The app says, once, what is taken out of a file on its way in and what cannot be
(issue 26, item 3): on "Attach…" (its tooltip and its description for a screen reader),
and under the text after the journal's first attach, never again after that."""

from __future__ import annotations

from pathlib import Path

import pytest
from attach_kit import attached_through_dialog, picture_file, written_with_a_picture
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.journal.pictures import texts

REMOVED_WORDS = ("where it was taken", "serial number", "author", "what the picture shows")


def test_attach_says_what_is_taken_out_and_what_cannot_be(page: JournalPage) -> None:
    button = page.editor.pictures.attach_button
    for words in REMOVED_WORDS:
        assert words in button.toolTip()
        assert words in button.accessibleDescription()


def test_the_first_attach_says_it_once_under_the_text(
    qtbot: QtBot,
    page: JournalPage,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    written_with_a_picture(qtbot, page, monkeypatch, tmp_path)
    qtbot.waitUntil(lambda: texts.WHAT_WAS_REMOVED in page.editor.status.text())
    assert "1 file attached." in page.editor.status.text()
    assert "where it was taken" in page.editor.status.text()
    assert journal.settings.said_what_is_removed
    attached_through_dialog(qtbot, page, monkeypatch, [picture_file(tmp_path, "sea.jpg")])
    qtbot.waitUntil(lambda: "1 file attached." in page.editor.status.text())
    assert texts.WHAT_WAS_REMOVED not in page.editor.status.text()
