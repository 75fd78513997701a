"""The export dialog at 200 % text on the large-text screen (1180x760) when the timeline
has no therapy session yet (looked at by hand, issue 23): the disabled "Since the last
therapy session (none on your timeline)" was one radio button's words, which never wrap,
811 px at 22 pt, and the dialog needed 1,283 px. The layout test's journal has a session,
so it did not see this; the words that explain the choice now wrap under it."""

from __future__ import annotations

import pytest
from large_text_kit import LARGE_TEXT, LARGE_TEXT_SCREEN
from layout_kit import layout_problems, settle
from pytestqt.qtbot import QtBot
from uikit import text_of

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.widgets import sizing


@pytest.fixture
def dialog(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> ExportDialog:
    apply_theme(qapp, "light", LARGE_TEXT)
    screen = QtCore.QRect(0, 0, *LARGE_TEXT_SCREEN)
    monkeypatch.setattr(sizing, "screen_area", lambda _widget=None: screen)
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    settle()
    return shown


def test_without_a_session_the_dialog_fits_the_large_text_screen(dialog: ExportDialog) -> None:
    width, _height = LARGE_TEXT_SCREEN
    assert dialog.width() <= width, f"{dialog.width()} px wide"
    assert layout_problems(dialog) == []


def test_the_choice_says_why_it_cannot_be_taken(dialog: ExportDialog) -> None:
    since = dialog.findChild(QtWidgets.QRadioButton, "export_since_session")
    assert since is not None and not since.isEnabled()
    note = text_of(dialog, "export_no_session_note")
    assert "no therapy session" in note.lower()
    assert since.accessibleDescription() == note
