"""The Export place: it explains, opens the dialog, and lets go of everything on lock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.qt import Qt, QtWidgets


@pytest.fixture
def page(qtbot: QtBot, journal: Journal) -> Iterator[ExportPage]:
    journal.add_entry(EntryDraft(day=journal.clock.today(), title="A walk by the river"))
    shown = ExportPage(journal)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    if shown.dialog is not None:
        shown.dialog.reject()


def test_the_page_says_an_export_leaves_the_journals_protection(page: ExportPage) -> None:
    warning = page.findChild(QtWidgets.QLabel, "export_leaves_protection")
    assert warning is not None
    assert "no longer protects it" in warning.text()


def test_the_button_opens_the_dialog_with_a_preview(qtbot: QtBot, page: ExportPage) -> None:
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog is not None
    assert "A walk by the river" in page.dialog.preview.toPlainText()


def test_a_saved_export_is_reported_on_the_page(
    qtbot: QtBot, page: ExportPage, tmp_path: Path
) -> None:
    dialog = page.open_dialog()
    assert dialog is not None
    target = tmp_path / "for-therapy.md"
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.ask_path = lambda suggested: str(target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.isVisible())
    assert str(target) in page.status.text()
    assert "A walk by the river" in target.read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: page.dialog is None)


def test_locking_closes_the_dialog_and_empties_its_preview(qtbot: QtBot, page: ExportPage) -> None:
    dialog = page.open_dialog()
    assert dialog is not None
    preview = dialog.preview
    page.clear_for_lock()
    assert preview.toPlainText() == ""
    qtbot.waitUntil(lambda: page.dialog is None)
    assert page.open_dialog() is None  # no journal any more
