"""How the Journal page feels with 100,000 entries: open, search as you type, save.

Run:  .venv/bin/python benchmarks/bench_journal_page.py [--entries N] [--folder DIR]

The generated vault is kept in the folder (default: a folder under the system
temporary directory) and reused on later runs, because filling it takes minutes.
Only generated words are ever written there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.models import EntryDraft
from trustjournal.core.journal.vocabulary import emotion_families, suggested_activities
from trustjournal.core.vault.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault, VaultPaths
from trustjournal.ui.journal_page import JournalPage
from trustjournal.ui.qt import QtCore, QtWidgets

PASSPHRASE = "benchmark lanterns drift past the quiet harbour"
WORDS = (
    "trust",
    "talk",
    "walk",
    "evening",
    "morning",
    "honest",
    "careful",
    "afraid",
    "hopeful",
    "tired",
    "kitchen",
    "garden",
    "therapy",
    "session",
    "message",
    "phone",
    "quiet",
    "promise",
    "agreement",
    "boundary",
    "listen",
    "apology",
    "slowly",
    "together",
    "alone",
    "weekend",
    "dinner",
    "coffee",
    "rain",
    "sunlight",
    "letter",
    "memory",
    "trigger",
    "breathe",
    "patience",
    "repair",
    "closeness",
    "distance",
    "honesty",
    "safety",
)
TAGS = ("therapy", "work", "family", "weekend", "kids", "anniversary", "travel", "health")


def generated_draft(rng: random.Random, day: dt.date) -> EntryDraft:
    emotions = [e for family in emotion_families() for e in family.emotions]
    body = "\n\n".join(
        " ".join(rng.choices(WORDS, k=rng.randint(12, 40))).capitalize() + "."
        for _ in range(rng.randint(1, 4))
    )
    return EntryDraft(
        day=day,
        title=" ".join(rng.choices(WORDS, k=rng.randint(0, 5))).capitalize(),
        body=body,
        mood=rng.choice((None, 1, 2, 3, 4, 5)),
        emotions=tuple(rng.sample(emotions, rng.randint(0, 3))),
        tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
        activities=tuple(rng.sample(suggested_activities(), rng.randint(0, 2))),
        private=rng.random() < 0.1,
    )


def fill(journal: Journal, total: int) -> None:
    """Add generated entries through the core until the journal holds `total`."""
    rng = random.Random(20260314)
    have = journal.count()
    start = time.perf_counter()
    first_day = dt.date(2026, 3, 14) - dt.timedelta(days=total // 3)
    for number in range(have, total):
        journal.add_entry(generated_draft(rng, first_day + dt.timedelta(days=number // 3)))
        if number % 5000 == 4999:
            rate = (number + 1 - have) / (time.perf_counter() - start)
            print(f"  {number + 1:>7} entries  ({rate:.0f} per second)", flush=True)
    if total > have:
        seconds = time.perf_counter() - start
        print(
            f"filled {total - have} entries in {seconds:.1f} s "
            f"({(total - have) / seconds:.0f} per second)"
        )


def open_vault(folder: Path) -> Journal:
    if VaultPaths(folder).exists():
        return Journal(Vault.unlock(folder, PASSPHRASE))
    vault, _code = Vault.create(folder, PASSPHRASE, params=FLOOR)
    return Journal(vault)


# -- measuring ---------------------------------------------------------------------------


class PaintWatch(QtCore.QObject):
    """Counts paint events of a widget, so a figure can include the first rows painted."""

    def __init__(self, target: QtWidgets.QWidget) -> None:
        super().__init__()
        self.paints = 0
        target.installEventFilter(self)

    def eventFilter(self, _watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(app: QtWidgets.QApplication) -> None:
    app.processEvents()
    app.processEvents()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def open_to_list_shown(app: QtWidgets.QApplication, folder: Path) -> tuple[float, JournalPage]:
    journal = open_vault(folder)
    start = time.perf_counter()
    page = JournalPage(journal)
    page.resize(1280, 800)
    watch = PaintWatch(page.list.viewport())
    page.show()
    settle(app)
    seconds = time.perf_counter() - start
    if watch.paints == 0:
        raise SystemExit("the list was never painted; the figure would mean nothing")
    return seconds, page


def keystrokes(app: QtWidgets.QApplication, page: JournalPage, typed: str) -> list[float]:
    """Each keystroke: the search box changes, the filter applies, the list repaints."""
    box = page.filters.search
    box.setText("")
    page.filters.flush()
    settle(app)
    figures = []
    for length in range(1, len(typed) + 1):
        start = time.perf_counter()
        box.setText(typed[:length])
        page.filters.flush()  # what the pause timer does, without waiting for the pause
        settle(app)
        figures.append(time.perf_counter() - start)
    return figures


def saves(
    app: QtWidgets.QApplication, page: JournalPage, rounds: int
) -> tuple[list[float], list[float]]:
    """Saving an edited entry, and then the list and month view catching up after it."""
    page.filters.search.setText("")
    page.filters.flush()
    settle(app)
    page.open_entry(page.model.id_at(0))
    saving, catching_up = [], []
    for number in range(rounds):
        page.editor.body.appendPlainText(f"One more line, number {number}.")
        saving.append(timed(page.editor.save_now))
        catching_up.append(timed(lambda: settle(app)))
    return saving, catching_up


def report(name: str, figures: list[float], target_ms: float) -> None:
    worst = max(figures)
    verdict = "ok" if worst * 1000 < target_ms else "MISSED"
    print(
        f"{name:<34} median {ms(statistics.median(figures))}  worst {ms(worst)}"
        f"  (target {target_ms:.0f} ms: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument(
        "--folder", type=Path, default=Path(tempfile.gettempdir()) / "trustjournal-bench-100k"
    )
    options = parser.parse_args()
    journal = open_vault(options.folder)
    fill(journal, options.entries)
    journal.close()
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(f"{options.entries} entries, {os.cpu_count()} CPUs, Qt {QtCore.qVersion()}")
    opened = []
    for _ in range(3):
        seconds, page = open_to_list_shown(app, options.folder)
        opened.append(seconds)
        if len(opened) < 3:
            page.clear_for_lock()
            page._journal.close()
            page.deleteLater()
            settle(app)
    report("open: fresh Journal to list shown", opened, 300)
    for typed in ("trust", "garden walk", "honest coffee rain"):
        report(f"search keystroke '{typed}'", keystrokes(app, page, typed), 50)
    saving, catching_up = saves(app, page, 20)
    report("save an edited entry", saving, 20)
    report("list and month catching up after", catching_up, 50)
    page.clear_for_lock()
    page._journal.close()


if __name__ == "__main__":
    main()
