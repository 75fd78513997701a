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
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import QtCore, QtWidgets

OPENS = 5


def add_entry_rate(count: int = 300) -> float:
    """Entries a second through Journal.add_entry (one transaction each), on a fresh vault."""
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", generate.PASSPHRASE, params=FLOOR)
        journal = Journal(vault)
        drafts = list(itertools.islice(generate.drafts(count), count))
        seconds, _cpu = timed(lambda: [journal.add_entry(draft) for draft in drafts])
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
        self.paints_started: list[Moment] = []
        self.rows_painted: list[Moment] = []
        view.viewport().installEventFilter(self)
        delegate = view.itemDelegate()
        paint_row = delegate.paint

        def timed_paint(*args: object) -> None:
            paint_row(*args)
            self.rows_painted.append(moment())

        delegate.paint = timed_paint  # type: ignore[method-assign]

    def eventFilter(self, _watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint:
            self.paints_started.append(moment())
        return False

    def first_paint_done(self) -> Moment | None:
        later = self.paints_started[1] if len(self.paints_started) > 1 else INFINITY
        first = [painted for painted in self.rows_painted if painted < later]
        return max(first) if first else None


def settle(app: QtWidgets.QApplication) -> None:
    app.processEvents()
    app.processEvents()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


Moment = tuple[float, float]  # wall clock, and CPU time of this process
INFINITY: Moment = (float("inf"), float("inf"))


def moment() -> Moment:
    return time.perf_counter(), time.process_time()


def since(start: Moment, end: Moment | None = None) -> Moment:
    end = end or moment()
    return end[0] - start[0], end[1] - start[1]


def timed(action: Callable[[], object]) -> Moment:
    start = moment()
    action()
    return since(start)


def open_to_list_shown(
    app: QtWidgets.QApplication, folder: Path
) -> tuple[Moment, Moment, JournalPage]:
    """From a fresh Journal to the list's first rows painted; and to every id in the list
    (they follow the first page, off the path to the first paint)."""
    journal = open_vault(folder)
    start = moment()
    page = JournalPage(journal)
    page.resize(1280, 800)
    watch = PaintWatch(page.list)
    page.show()
    while page.model.canFetchMore(QtCore.QModelIndex()) or not watch.rows_painted:
        app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 10)
    every_id = since(start)
    painted = watch.first_paint_done()
    if painted is None:
        raise SystemExit("the list was never painted; the figure would mean nothing")
    return since(start, painted), every_id, page


def keystrokes(app: QtWidgets.QApplication, page: JournalPage, typed: str) -> list[Moment]:
    """Each keystroke: the search box changes, the filter applies, the list repaints."""
    box = page.filters.search
    box.setText("")
    page.filters.flush()
    settle(app)
    figures = []
    for length in range(1, len(typed) + 1):
        start = moment()
        box.setText(typed[:length])
        page.filters.flush()  # what the pause timer does, without waiting for the pause
        settle(app)
        figures.append(since(start))
    return figures


def saves(
    app: QtWidgets.QApplication, page: JournalPage, rounds: int
) -> tuple[list[Moment], list[Moment]]:
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


def report(name: str, figures: list[Moment], target_ms: float | None) -> None:
    """Wall-clock median and worst, with the CPU time this process spent (on a busy
    machine the wall clock also counts waiting for a CPU)."""
    wall = [figure[0] for figure in figures]
    cpu = [figure[1] for figure in figures]
    verdict = ""
    if target_ms is not None:
        verdict = f"  target {target_ms:.0f} ms: " + (
            "ok" if statistics.median(wall) * 1000 < target_ms else "MISSED"
        )
    print(
        f"{name:<36} wall median {ms(statistics.median(wall))} worst {ms(max(wall))}"
        f" | cpu median {ms(statistics.median(cpu))} worst {ms(max(cpu))}{verdict}"
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
    for _ in range(OPENS):
        seconds, rest, page = open_to_list_shown(app, folder)
        opened.append(seconds)
        deferred.append(rest)
        if len(opened) < OPENS:
            page.clear_for_lock()
            page._journal.close()
            page.deleteLater()
            settle(app)
    report("open: fresh Journal to list shown", opened, 300)
    report("  then every id in the list", deferred, None)
    for typed in ("trust", "garden walk", "honest coffee rain"):
        report(f"search keystroke '{typed}'", keystrokes(app, page, typed), 50)
    saving, catching_up = saves(app, page, 20)
    report("save an edited entry", saving, 20)
    report("list and month catching up after", catching_up, None)
    page.clear_for_lock()
    page._journal.close()


if __name__ == "__main__":
    main()
