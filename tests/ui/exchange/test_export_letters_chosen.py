"""The export dialog offers unsent letters one by one (issue 24): each has its own box,
none ticked at first; a letter not ticked is in no file the dialog writes (PDF, HTML,
Markdown: a canary is looked for in each), a ticked one is, under its own heading."""

from __future__ import annotations

import html
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import Qt, QtWidgets

CHOSEN_CANARY = "Canarychosen"
LEFT_CANARY = "Canaryleft"


def letters(journal: Journal) -> tuple[int, int]:
    today = journal.clock.today()
    journal.add_entry(EntryDraft(day=today.replace(day=1), title="A day", body="Words."))
    chosen = journal.letters.write("impact", "What it did", f"{CHOSEN_CANARY} was the word.")
    left = journal.letters.write("self", "To me", f"{LEFT_CANARY} stays home.")
    return chosen.id, left.id


def dialog(qtbot: QtBot, journal: Journal) -> ExportDialog:
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    shown.between.setChecked(True)  # this month, from its first day: the entry above
    return shown


def box(shown: ExportDialog, letter_id: int) -> QtWidgets.QCheckBox:
    found = shown.findChild(QtWidgets.QCheckBox, f"export_letter_{letter_id}")
    assert found is not None
    return found


def saved_text(qtbot: QtBot, shown: ExportDialog, fmt: str, folder: Path) -> str:
    shown.format.setCurrentIndex(shown.format.findData(fmt))
    shown.ask_path = lambda suggested: str(folder / f"{fmt}-{suggested}")
    with qtbot.waitSignal(shown.exported) as written:
        shown.save()
    data = Path(str(written.args[0])).read_bytes()
    if fmt == "pdf":
        text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    else:
        text = data.decode("utf-8")
    return " ".join((html.unescape(text) if fmt == "html" else text).split())


def test_each_letter_is_offered_on_its_own_and_none_is_ticked(
    qtbot: QtBot, journal: Journal
) -> None:
    chosen, left = letters(journal)
    shown = dialog(qtbot, journal)
    for letter_id, words in (
        (chosen, "Impact letter: What it did"),
        (left, "A letter to yourself: To me"),
    ):
        offered = box(shown, letter_id)
        kind, title = words.split(": ")
        assert offered.text() == kind and offered.accessibleName() == words
        below = shown.findChild(QtWidgets.QLabel, f"export_letter_title_{letter_id}")
        assert below is not None and below.text() == title  # a long title wraps there
        assert not offered.isChecked()
    assert shown.options().letters == ()
    assert CHOSEN_CANARY not in shown.preview.toPlainText()
    shown.show()
    qtbot.waitExposed(shown)
    offered = box(shown, chosen)
    offered.setFocus()
    qtbot.waitUntil(offered.hasFocus)
    qtbot.keyClick(offered, Qt.Key.Key_Space)  # ticked from the keyboard
    assert shown.options().letters == (chosen,)
    qtbot.waitUntil(lambda: CHOSEN_CANARY in shown.preview.toPlainText())
    assert LEFT_CANARY not in shown.preview.toPlainText()


def test_no_letters_no_letter_choices(qtbot: QtBot, journal: Journal) -> None:
    shown = dialog(qtbot, journal)
    choices = shown.findChild(QtWidgets.QWidget, "export_letters")
    assert choices is not None and choices.isHidden()


@pytest.mark.parametrize("fmt", ["pdf", "html", "md"])
def test_only_the_ticked_letter_leaves_under_its_own_heading(
    qtbot: QtBot, journal: Journal, tmp_path: Path, fmt: str
) -> None:
    chosen, _left = letters(journal)
    shown = dialog(qtbot, journal)
    text = saved_text(qtbot, shown, fmt, tmp_path)
    assert "A day" in text  # the export itself was written
    assert CHOSEN_CANARY not in text and LEFT_CANARY not in text
    box(shown, chosen).setChecked(True)
    text = saved_text(qtbot, shown, fmt, tmp_path)
    assert f"{CHOSEN_CANARY} was the word." in text
    assert LEFT_CANARY not in text
    assert "What it did" in text
    if fmt != "pdf":
        assert "Impact letter: What it did" in text
