"""Screenshots of the Disclosure page (Trust → Disclosure) with an invented workspace, its
unsent letters and the dialog that writes one, the export dialog offering the letters one
by one, and a transparency arrangement on the Agreements page and in the dialog that makes
one, in light and dark at 1180x760.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_disclosure.py

Uses the invented sample journal of tools/screenshots_trust.py in a temporary folder that
is removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots_trust import (  # type: ignore[import-not-found]
    NOW,
    PASSPHRASE,
    SIZE,
    fill,
    place,
    settle,
    with_dialog,
    write,
)

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.disclosure.page import DisclosurePage


def fill_workspace(journal: Journal) -> None:
    today = NOW.date()
    work = journal.disclosure
    first = work.ask("Is all contact over, on every app?")
    work.mark(first.id, "answered")
    second = work.ask("Who else knew, and for how long?")
    work.mark(second.id, "partly")
    work.ask("What do you want me to understand about that year?")
    work.add_topic("Sexual details")
    work.add_topic("Places we went together")
    work.plan(today + dt.timedelta(days=9))
    work.tell("It started in the spring, not the summer.", today - dt.timedelta(days=40))
    work.tell("The trips were with them.", today - dt.timedelta(days=12))
    work.tell("The dates again, in order.", today - dt.timedelta(days=3), new=False)


def add_letters(journal: Journal) -> int:
    """Three invented letters; the impact letter's id, the one ticked in the export."""
    impact = journal.letters.write(
        "impact",
        "What that year did to me",
        "I stopped trusting my own memory. I want you to know what the nights were like.",
    )
    journal.letters.write("self", "For the mornings that are hard", "You are not too much.")
    journal.letters.write("amends", "", "What I want to make right, in my own words.")
    return impact.id


def shoot_letters(
    app: QtWidgets.QApplication, window: MainWindow, journal: Journal, chosen: int, theme: str
) -> None:
    """The letters' card in view, a letter open in its dialog, and the export's choice."""
    window.show_place("disclosure")
    page = window.pages["disclosure"]
    assert isinstance(page, DisclosurePage)
    scroll = page.findChild(QtWidgets.QScrollArea, "disclosureScroll")
    assert scroll is not None
    settle(app)
    scroll.ensureWidgetVisible(page.letters.frame, 0, 0)
    page.letters.select(chosen)
    settle(app)
    write(window.grab(), f"disclosure-letters-{theme}")
    dialog = page.letters.open_chosen()
    assert dialog is not None
    settle(app)
    write(with_dialog(window, dialog), f"letter-dialog-{theme}")
    dialog.reject()
    export = ExportDialog(journal, window)
    export.letters.boxes[chosen].setChecked(True)
    export.show()
    settle(app)
    choices = export.findChild(QtWidgets.QScrollArea, "export_choices_scroll")
    assert choices is not None
    choices.ensureWidgetVisible(export.letters, 0, 0)
    settle(app)
    write(with_dialog(window, export), f"export-letters-{theme}")
    export.reject()
    export.deleteLater()
    settle(app)


def add_arrangement(journal: Journal) -> int:
    today = NOW.date()
    agreement, _arrangement = journal.arrangements.make(
        AgreementDraft(
            "We share our locations",
            today - dt.timedelta(days=10),
            "While trust is rebuilt; either of us can ask to stop.",
            review=today + dt.timedelta(days=11),
        ),
        ArrangementDraft(
            "location", today - dt.timedelta(days=10), days=60, my_yes=True, partner_yes=True
        ),
    )
    return agreement.id


def making_one(
    app: QtWidgets.QApplication, window: MainWindow, journal: Journal, theme: str
) -> None:
    """A new agreement marked as a transparency arrangement, over the Agreements page."""
    dialog = AgreementDialog(journal, NOW.date(), window)
    dialog.title_field.setText("A short call at lunch every day")
    form = dialog.arrangement
    form.is_arrangement.setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData("calls"))
    form.days.setValue(21)
    form.my_yes.setChecked(True)
    dialog.show()
    settle(app)
    write(with_dialog(window, dialog), f"arrangement-dialog-{theme}")
    dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    themes = parser.parse_args().theme or ["light", "dark"]
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        clock = ManualClock(NOW)
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=clock)
        fill(journal, clock)
        fill_workspace(journal)
        chosen = add_letters(journal)
        arranged = add_arrangement(journal)
        for theme in themes:
            apply_theme(app, theme)
            window = MainWindow(journal, clock)
            window.resize(SIZE)
            window.show()
            settle(app)
            place(app, window, "disclosure", f"disclosure-place-{theme}")
            shoot_letters(app, window, journal, chosen, theme)
            window.show_place("agreements")
            agreements = window.pages["agreements"]
            assert isinstance(agreements, AgreementsPage)
            agreements.select(arranged)
            settle(app)
            write(window.grab(), f"arrangement-{theme}")
            making_one(app, window, journal, theme)
            window.clear_for_lock()
            window.release()
            window.deleteLater()
            settle(app)
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
