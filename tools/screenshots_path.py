"""Screenshots of the recovery path on Today, for each person who may be writing (the
partner who was hurt, the partner who broke trust, someone healing on their own), in
light and dark, at the app's own 1180x760.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_path.py

Each role gets a fresh vault in a temporary folder (removed afterwards) with the sample
data of screenshots_trust.py, a step along its path and a few signposts checked. Pictures
go to docs/screenshots/path-today-<role>-<theme>.png, and the timeline with the path's
bands and two transparency arrangements' strips (one ended, one running) to
path-timeline-<theme>.png (and with the questionnaire totals shown,
path-timeline-scores-<theme>.png).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots_trust import NOW, PASSPHRASE, SIZE, fill, settle, write

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.disclosure.disclosure_json import arrangement_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.theme import apply_theme

# Each role's step along its path and the signposts it has checked.
STEPS = {
    "hurt": ("attune", ("attune-fewer-triggers",)),
    "involved": ("attune", ("attune-repair", "attune-what-was-missing")),
    "individual": ("grief", ("grief-losses-named",)),
}


def walk(journal: Journal, role: str) -> None:
    journal.settings.set("prompt_role", role)
    journal.settings.set("recovery_phase", "early")
    phase, signposts = STEPS[role]
    if role == "hurt":  # a longer history for the timeline's bands: on, back, on again
        journal.path.move("attune", NOW.date() - dt.timedelta(days=110))
        journal.path.move("atone", NOW.date() - dt.timedelta(days=75))
        for days, total in ((88, 17), (60, 14), (32, 12), (6, 8)):  # PHQ-9 from sessions
            journal.scores.add("PHQ-9", total, NOW.date() - dt.timedelta(days=days))
        arrange(journal)
    journal.path.move(phase, NOW.date() - dt.timedelta(days=40))
    for signpost in signposts:
        journal.path.check(signpost, day=NOW.date() - dt.timedelta(days=9))


def arrange(journal: Journal) -> None:
    """Location sharing for six weeks, over; daily check-in calls since a month ago."""
    for kind, days_ago, days in (("location", 100, 42), ("calls", 30, 60)):
        starts = NOW.date() - dt.timedelta(days=days_ago)
        journal.arrangements.make(
            AgreementDraft(title=arrangement_name(kind), made=starts),
            ArrangementDraft(kind=kind, starts=starts, days=days, my_yes=True, partner_yes=True),
        )


def shoot(
    app: QtWidgets.QApplication, journal: Journal, clock: ManualClock, role: str, lang: str
) -> None:
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        window = MainWindow(journal, clock)
        window.resize(SIZE)
        window.show()
        window.show_place("today")
        settle(app)
        card = window.findChild(QtWidgets.QWidget, "todayPathCard")
        scroll = window.findChild(QtWidgets.QScrollArea, "todayScroll")
        if card is not None and scroll is not None:
            scroll.ensureWidgetVisible(card, 0, 12)
        settle(app)
        write(window.grab(), f"path-today-{role}-{theme}" + (f"-{lang}" if lang else ""))
        if role == "hurt":  # the phases as bands behind the timeline's chart
            window.show_place("timeline")
            settle(app)
            write(window.grab(), f"path-timeline-{theme}" + (f"-{lang}" if lang else ""))
            totals = window.findChild(QtWidgets.QCheckBox, "timelineShow_scores")
            if totals is not None:
                totals.setChecked(True)
                settle(app)
                name = f"path-timeline-scores-{theme}" + (f"-{lang}" if lang else "")
                write(window.grab(), name)
        window.clear_for_lock()
        window.release()
        window.deleteLater()
        settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--role", choices=tuple(STEPS), action="append")
    parser.add_argument("--lang", help="look under another language (named path-today-...-LANG)")
    arguments = parser.parse_args()
    if arguments.lang:
        speaking.choose(arguments.lang, {})
    app = application()
    for role in arguments.role or list(STEPS):
        with tempfile.TemporaryDirectory() as folder:
            clock = ManualClock(NOW)
            vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
            journal = Journal(vault, clock=clock)
            fill(journal, clock)
            walk(journal, role)
            shoot(app, journal, clock, role, arguments.lang or "")
            journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
