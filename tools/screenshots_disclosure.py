"""Screenshots of the Disclosure page (Trust → Disclosure) with an invented workspace, and
of a transparency arrangement on the Agreements page and in the dialog that makes one, in
light and dark at 1180x760.

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
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.page import AgreementsPage


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
        arranged = add_arrangement(journal)
        for theme in themes:
            apply_theme(app, theme)
            window = MainWindow(journal, clock)
            window.resize(SIZE)
            window.show()
            settle(app)
            place(app, window, "disclosure", f"disclosure-place-{theme}")
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
