"""Where a test worker that dies of a crash (a segfault in Qt) says where it was.

pytest writes Python's fault report to the worker's stderr, which pytest-xdist mixes into
the run's output; CI shows only a part of that, and a crash seen there once (stop 30:
a worker died in the pictures' tests) named no test line. Each worker here writes its
report to a file of its own, every thread's stack, and the run's summary prints the
reports of the workers that died, last, where a failure is read."""

from __future__ import annotations

import faulthandler
import os
from pathlib import Path
from typing import IO

import pytest

FOLDER_VARIABLE = "TRUSTJOURNAL_TEST_CRASH_DUMPS"
RUNNERS = ("_pytest", "pluggy", "xdist", "execnet")
_controller: list[bool] = []  # [True] in the run's controller, which prints the reports
_open_reports: list[IO[str]] = []  # kept open for the worker's life: a crash writes here


def start(config: pytest.Config) -> None:
    """The run's controller empties the folder, in pytest's cache (not the shared temp
    folder), and names it to the workers, which inherit its environment; a worker sends
    its fault report to a file there. A run started by a test (a child run) leaves it."""
    worker = getattr(config, "workerinput", None)
    if worker is None:
        cache = getattr(config, "cache", None)
        if FOLDER_VARIABLE in os.environ or cache is None:
            return
        folder = cache.mkdir("crash-reports")
        for old in folder.glob("*.txt"):
            old.unlink()
        os.environ[FOLDER_VARIABLE] = str(folder)
        _controller.append(True)
        return
    folder = os.environ.get(FOLDER_VARIABLE)
    if folder is None:
        return
    report = (Path(folder) / f"{worker['workerid']}.txt").open("w", encoding="utf-8")
    _open_reports.append(report)
    faulthandler.enable(file=report, all_threads=True)


def reports() -> list[tuple[str, str]]:
    """(worker, report) of each worker that wrote one: those that crashed."""
    folder = os.environ.get(FOLDER_VARIABLE)
    if folder is None or not Path(folder).is_dir():
        return []
    written = sorted(Path(folder).glob("*.txt"))
    return [(path.stem, text) for path in written if (text := path.read_text(errors="replace"))]


def print_reports(terminalreporter: pytest.TerminalReporter) -> None:
    if not _controller:
        return
    for worker, text in reports():
        terminalreporter.write_sep("!", f"worker {worker} crashed: its threads' stacks")
        for line in text.splitlines():
            if any(f"site-packages/{runner}/" in line for runner in RUNNERS):
                continue  # the runners' own frames: the test's frames and Qt's say where
            terminalreporter.write_line(line)
