"""How the Journal page feels with 100,000 entries: open, search as you type, save.

Run:  .venv/bin/python benchmarks/bench_journal_page.py [--entries N]

The journal comes from benchmarks/generate.py (made once, then reused from
benchmarks/out/). Journal.add_entry in a loop is measured on a few hundred
entries only: at 100,000 it would take many minutes. Only generated words are used.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # benchmarks/generate.py, the shared reproducible journals

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.journal_page import JournalPage
from trustjournal.ui.qt import QtCore, QtWidgets


def add_entry_rate(count: int = 300) -> float:
    """Entries a second through Journal.add_entry (one transaction each), on a fresh vault."""
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", generate.PASSPHRASE, params=FLOOR)
        journal = Journal(vault)
        drafts = list(itertools.islice(generate.drafts(count), count))
        seconds = timed(lambda: [journal.add_entry(draft) for draft in drafts])
        journal.close()
    return count / seconds


def open_vault(folder: Path) -> Journal:
    return Journal(Vault.unlock(folder, generate.PASSPHRASE))


# -- measuring ---------------------------------------------------------------------------


class PaintWatch(QtCore.QObject):
    """Notes when each paint of a list starts, and when each row was painted, so the end
    of the first paint (the first rows on screen) can be told apart from later repaints."""

    def __init__(self, view: QtWidgets.QListView) -> None:
        super().__init__()
        self.paints_started: list[float] = []
        self.rows_painted: list[float] = []
        view.viewport().installEventFilter(self)
        delegate = view.itemDelegate()
        paint_row = delegate.paint

        def timed_paint(*args: object) -> None:
            paint_row(*args)
            self.rows_painted.append(time.perf_counter())

        delegate.paint = timed_paint  # type: ignore[method-assign]

    def eventFilter(self, _watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint:
            self.paints_started.append(time.perf_counter())
        return False

    def first_paint_done(self) -> float | None:
        later = self.paints_started[1] if len(self.paints_started) > 1 else float("inf")
        first = [moment for moment in self.rows_painted if moment < later]
        return max(first) if first else None


def settle(app: QtWidgets.QApplication) -> None:
    app.processEvents()
    app.processEvents()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def open_to_list_shown(
    app: QtWidgets.QApplication, folder: Path
) -> tuple[float, float, JournalPage]:
    """From a fresh Journal to the list's first rows painted, and the deferred work after
    (completion lists), which runs in the same event loop turns but off the list's path."""
    journal = open_vault(folder)
    start = time.perf_counter()
    page = JournalPage(journal)
    page.resize(1280, 800)
    watch = PaintWatch(page.list)
    page.show()
    settle(app)
    done = time.perf_counter()
    painted = watch.first_paint_done()
    if painted is None:
        raise SystemExit("the list was never painted; the figure would mean nothing")
    return painted - start, done - start, page


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
    options = parser.parse_args()
    print(f"Journal.add_entry: {add_entry_rate():.0f} entries a second on a fresh vault")
    folder = generate.generate(options.entries)
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(f"{options.entries} entries, {os.cpu_count()} CPUs, Qt {QtCore.qVersion()}")
    opened, deferred = [], []
    for _ in range(3):
        seconds, rest, page = open_to_list_shown(app, folder)
        opened.append(seconds)
        deferred.append(rest)
        if len(opened) < 3:
            page.clear_for_lock()
            page._journal.close()
            page.deleteLater()
            settle(app)
    report("open: fresh Journal to list shown", opened, 300)
    report("  and everything settled", deferred, 300)
    for typed in ("trust", "garden walk", "honest coffee rain"):
        report(f"search keystroke '{typed}'", keystrokes(app, page, typed), 50)
    saving, catching_up = saves(app, page, 20)
    report("save an edited entry", saving, 20)
    report("list and month catching up after", catching_up, 50)
    page.clear_for_lock()
    page._journal.close()


if __name__ == "__main__":
    main()
