"""Every word of the export and import rooms is marked for translation (issue 22): under the
pseudo-locale the Export page, the export dialog (with its PDF options) and the import
dialog show no English. Each is made inside the pseudo-locale, as the app makes it after
choosing a language.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pseudo_kit import english_left, pseudo
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.qt import QtWidgets

# The formats' names come from core (core/exchange/export.py FORMATS and
# core/exchange/importers FORMATS), not marked yet: the integrator removes this when core
# marks them.
CORE_WORDS_NOT_MARKED_YET = ("export_format: ", "import_format: ")


def export_offering_a_letter(journal: Journal) -> QtWidgets.QWidget:
    """The export dialog with an unsent letter to tick (its title is the person's own)."""
    journal.letters.write("impact", "", "Words of the letter.")
    return ExportDialog(journal)


MAKERS: dict[str, Callable[[Journal], QtWidgets.QWidget]] = {
    "export page": lambda journal: ExportPage(journal),
    "export dialog": lambda journal: ExportDialog(journal),
    "export dialog, a letter offered": export_offering_a_letter,
    "import dialog": lambda journal: ImportDialog(journal),
}


@pytest.mark.parametrize("name", list(MAKERS))
def test_the_exchange_windows_show_no_english_under_pseudo(
    name: str, journal: Journal, qtbot: QtBot
) -> None:
    with pseudo():
        shown = MAKERS[name](journal)
        qtbot.addWidget(shown)
        left = [w for w in english_left(shown) if not w.startswith(CORE_WORDS_NOT_MARKED_YET)]
    assert not left, f"{name}:\n" + "\n".join(left)
