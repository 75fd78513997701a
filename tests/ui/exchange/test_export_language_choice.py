"""The export dialog's "Export language" (issue 22, item 6): by default the export speaks
the app's language; another picked speaks in the preview and the saved file, while the
dialog and the app keep theirs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.exchange.texts import export as export_texts
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.exchange.export_dialog import ExportDialog


@pytest.fixture(autouse=True)
def app_in_pseudo() -> Iterator[None]:
    speaking.choose("pseudo", {})  # the app speaks another language than English
    yield
    speaking.choose(None, {})


def dialog(qtbot: QtBot, journal: Journal) -> ExportDialog:
    journal.add_entry(EntryDraft(day=journal.clock.today(), title="Walk", body="A walk."))
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    return shown


def test_the_export_speaks_the_apps_language_by_default(qtbot: QtBot, journal: Journal) -> None:
    shown = dialog(qtbot, journal)
    assert shown.language.currentData() == ""
    assert "[Ĵöûŕñàļ ñöţéš ƒöŕ ţĥéŕàþý" in shown.preview.toPlainText()


def test_an_export_language_speaks_in_the_preview_and_the_file(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    shown = dialog(qtbot, journal)
    shown.language.setCurrentIndex(shown.language.findData("en"))
    qtbot.waitUntil(lambda: "Journal notes for therapy" in shown.preview.toPlainText())
    assert "[" not in shown.preview.toPlainText().split("\n")[0]
    shown.format.setCurrentIndex(shown.format.findData("md"))
    shown.ask_path = lambda suggested: str(tmp_path / suggested)
    with qtbot.waitSignal(shown.exported):  # made on the background helper's thread
        shown.save()
    saved = next(tmp_path.iterdir()).read_text(encoding="utf-8")
    assert "Journal notes for therapy" in saved and "Ĵöûŕñàļ" not in saved
    assert export_texts.TITLE.startswith("[")  # the app itself still speaks its own
