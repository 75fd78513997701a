"""Screenshots of "When it's hard": the place, Today with a hard date near, and the place
reached from the lock screen, in light and dark.

Run under Xvfb:

    xvfb-run -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_hard_days.py

Uses the invented sample journal of tools/screenshots_trust.py, in a temporary folder that
is removed afterwards, with a few support contacts and a plan for the discovery's
anniversary; the clock stands four days before that anniversary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots_trust import (  # type: ignore[import-not-found]
    DISCOVERY,
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
from trustjournal.core.records.care import HardDateDraft, HardDatePlan, SupportContactDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.hard_days.dialogs import HardDateDialog, SupportContactDialog
from trustjournal.ui.trust.hard_days.page import HardDaysPage

NEAR = dt.datetime(2026, 8, 29, 9, 30, tzinfo=dt.UTC)  # four days before a year on


def fill_hard_days(journal: Journal) -> None:
    contacts = (
        (
            "Dr. Ames (our therapist)",
            "555 0142",
            "Between sessions, leave a message; she calls back.",
        ),
        ("Mia", "555 0187", "Knows everything. Happy to walk with me any evening."),
        ("A helpline I trust", "Number saved in my phone", "Open all night."),
    )
    for name, reach, note in contacts:
        journal.support_contacts.add(SupportContactDraft(name=name, reach=reach, note=note))
    (discovery,) = [h for h in journal.hard_dates.listed() if h.day == DISCOVERY]
    journal.hard_dates.save(
        HardDateDraft(
            day=DISCOVERY,
            title="",
            event_id=discovery.event_id,
            plan=HardDatePlan(
                will_do="Take the day off. Walk by the sea in the morning, then see Mia.",
                can_reach="Mia, and Dr. Ames if it gets heavy.",
                from_partner="To check in with me kindly, and to give me space if I ask.",
            ),
        )
    )
    journal.hard_dates.save(
        HardDateDraft(
            day=dt.date(2024, 11, 16),
            title="The hotel weekend",
            place="The harbour hotel",
            reminder="Our old song",
        )
    )
    journal.settings.set("on_this_day", True)
    journal.add_entry(
        EntryDraft(
            day=dt.date(2025, 8, 29),
            mood=5,
            title="Lunch with my sister; I laughed properly for the first time in weeks",
        )
    )


def shoot_dialogs(
    app: QtWidgets.QApplication,
    journal: Journal,
    clock: ManualClock,
    window: QtWidgets.QWidget,
    theme: str,
) -> None:
    """A support contact and the discovery's plan, opened for changing over the place."""
    contact = journal.support_contacts.listed()[0]
    plan = next(h for h in journal.hard_dates.listed() if h.day == DISCOVERY)
    for dialog, name in (
        (SupportContactDialog(journal, window, contact), "hard-days-contact-dialog"),
        (HardDateDialog(journal, window, plan, clock.today()), "hard-days-date-dialog"),
    ):
        dialog.show()
        settle(app)
        write(with_dialog(window, dialog), f"{name}-{theme}")
        dialog.reject()
        dialog.deleteLater()


def shoot(app: QtWidgets.QApplication, journal: Journal, clock: ManualClock, theme: str) -> None:
    apply_theme(app, theme)
    window = MainWindow(journal, clock)
    window.resize(SIZE)
    window.show()
    settle(app)
    place(app, window, "hard_days", f"hard-days-place-{theme}")
    hard_days = window.pages["hard_days"]
    assert isinstance(hard_days, HardDaysPage)
    hard_days.pacer.start()
    clock.advance(seconds=2.6)
    hard_days.pacer.tick()
    settle(app)
    write(window.grab(), f"hard-days-place-{theme}")
    hard_days.pacer.stop()
    shoot_dialogs(app, journal, clock, window, theme)
    place(app, window, "today", f"hard-days-today-{theme}")
    window.clear_for_lock()
    window.release()
    window.deleteLater()
    screen = LockScreen(journal.vault.paths.folder, clock)
    screen.resize(SIZE)
    screen.show()
    settle(app)
    dialog = screen.open_hard_days()
    settle(app)
    write(with_dialog(screen, dialog), f"hard-days-lock-{theme}")
    dialog.reject()
    screen.close()
    screen.deleteLater()
    settle(app)


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
        fill_hard_days(journal)
        clock.set(NEAR)
        for theme in themes:
            shoot(app, journal, clock, theme)
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
