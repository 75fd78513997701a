"""The Prompts page's "whom" and "phase" boxes keep their longest choice whole after the
text size changes: their least width was set once, when the page was made, so a page made
at one size and shown at a larger one squeezed them (under the pseudo words at 1024 px the
phase got 169 px of the 174 it needs; found by the trust layout file)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from uikit import show_page

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.trust.prompts.page import PromptsPage


@pytest.mark.parametrize("name", ["promptsRole", "promptsPhase"])
def test_a_filter_box_asks_for_its_words_at_the_new_size(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal, clock: ManualClock, name: str
) -> None:
    apply_theme(qapp, "light", DEFAULT_TEXT_SIZE)
    page = show_page(qtbot, PromptsPage(journal, clock=clock), 1100, 760)
    box = page.findChild(QtWidgets.QComboBox, name)
    usual = box.sizeHint().width()
    apply_theme(qapp, "light", 2 * DEFAULT_TEXT_SIZE)
    qtbot.waitUntil(lambda: box.sizeHint().width() > usual)
    # What a layout gives it at the least (Qt's rule: a set least width wins over the hint).
    least = box.minimumWidth() or box.minimumSizeHint().width()
    assert least >= box.sizeHint().width()
    page.clear_for_lock()
