"""Notes sealed while locked (issue 25): `trustjournal capture` against `trustjournal add`,
whole processes interleaved in one run, and the review of 1,000 waiting notes at unlock;
with `--window`, the app instead: lock screen to capture window shown (aim < 150 ms).

    python benchmarks/bench_capture.py [--rounds 7] [--notes 1000]
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_capture.py --window [--rounds 30]
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_capture.py --review [--notes 1000]

`add` pays the KDF as calibrated on this computer (about half a second: the real cost a
person pays); `capture` pays none. Figures are medians; the machine's load is printed.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.sealed_notes import SealedNotes
from trustjournal.core.vault.inbox import capture_key, inbox, sealing
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault

PASSPHRASE = "correct horse battery staple, benchmark"
OUT = Path(__file__).resolve().parent / "out"


def whole_process(folder: Path, *arguments: str, secret: bool) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child: user and system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    read_end, write_end = os.pipe()
    os.write(write_end, (PASSPHRASE + "\n").encode() if secret else b"")
    os.close(write_end)
    command = [sys.executable, "-m", "trustjournal", "--data-dir", str(folder)]
    command += ["--passphrase-fd", str(read_end)] if secret else []
    started = time.perf_counter()
    subprocess.run(
        [*command, *arguments],
        pass_fds=(read_end,),
        check=True,
        capture_output=True,
        env=installed_environment(),
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    os.close(read_end)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


def installed_environment() -> dict[str, str]:
    """As an installed app runs: its modules compiled once (pip writes the .pyc files at
    install). A checkout run with PYTHONDONTWRITEBYTECODE compiles every module it loads
    at every start, which is no cost a person pays; the bytecode goes under out/."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(OUT / "bytecode")
    return environment


def capture_against_add(folder: Path, rounds: int) -> None:
    whole_process(folder, "capture", "warming up", secret=False)  # bytecode written, not timed
    whole_process(folder, "add", "warming up", secret=True)
    captures: list[tuple[float, float]] = []
    adds: list[tuple[float, float]] = []
    for number in range(rounds):  # interleaved, so both meet the same load
        captures.append(whole_process(folder, "capture", f"note {number}", secret=False))
        adds.append(whole_process(folder, "add", f"entry {number}", secret=True))
    for kind, index in (("wall", 0), ("CPU", 1)):
        capture = statistics.median(run[index] for run in captures)
        add = statistics.median(run[index] for run in adds)
        print(
            f"{kind}: capture median {capture * 1000:.0f} ms, add median {add * 1000:.0f} ms:"
            f" capture is {add / capture:.1f}x faster"
        )


def plant_notes(folder: Path, count: int) -> None:
    """`count` notes of about 1 KiB sealed straight into the inbox (none there before)."""
    paths = VaultPaths(folder)
    for path in inbox.waiting_names(folder):
        path.unlink()
    key = capture_key.read_public_key(paths)
    paths.inbox.mkdir(mode=0o700, exist_ok=True)
    for number in range(count):
        note = sealing.Note(f"note {number}\nsecond line", inbox.moment_now(), 3, ("bench",))
        sealed = sealing.seal(note, key.public_key, key.vault_id)
        (paths.inbox / (secrets.token_hex(16) + inbox.SUFFIX)).write_bytes(sealed)
    os.sync()


def intake(folder: Path, count: int) -> None:
    """The core's review, as `trustjournal inbox keep --all` runs it: open, keep, remove."""
    plant_notes(folder, count)
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        review = SealedNotes(journal)
        started = time.perf_counter()
        opened = review.open()
        listed = time.perf_counter()
        review.keep_entries(opened.notes)
        kept = time.perf_counter()
        review.remove_files(opened.notes)
        review.forget_unneeded_keys()
        removed = time.perf_counter()
    finally:
        journal.close()
    print(
        f"intake of {count} (core): open and list {listed - started:.2f} s, entries kept"
        f" {kept - listed:.2f} s, files overwritten, synced and removed {removed - kept:.2f} s"
    )


def intake_in_the_app(folder: Path, count: int) -> None:
    """The app's review at unlock, as a person meets it: the dialog made and shown (it
    says it is opening the notes), the notes opened on the helper and listed; a press of
    "Keep all" to the entries kept (written on the helper, the change report back on the
    GUI thread); then the files' removal in the background. Throughout, a 10 ms timer on
    the GUI thread measures the longest it went without running its event loop (what a
    person would feel as a freeze), for each step."""
    from trustjournal.ui.qt import QtCore
    from trustjournal.ui.shell.app import application
    from trustjournal.ui.shell.capture.review import NotesReview

    plant_notes(folder, count)
    app = application()
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    ticks: list[float] = []
    timer = QtCore.QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def until(done: Callable[[], bool]) -> tuple[float, float]:
        """(seconds to `done`, the GUI thread's longest pause meanwhile)."""
        started = time.perf_counter()
        ticks[:] = [started]
        timer.start()
        while not done():
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        ended = time.perf_counter()
        timer.stop()
        gaps = [later - earlier for earlier, later in itertools.pairwise([*ticks, ended])]
        return ended - started, max(gaps, default=0.0)

    dialog: list[NotesReview] = []
    try:
        window_shown, made = until(lambda: _shown(dialog, journal, app))
        listed, opening = until(lambda: not dialog[0].opening_now)
        dialog[0].keep_all_button.click()
        kept, keeping = until(lambda: not dialog[0].keeping)
        removed, removing = until(lambda: not dialog[0].removing)
        dialog[0].close()
    finally:
        journal.close()
    print(
        f"intake of {count} (app): review window shown {window_shown:.2f} s (longest GUI"
        f" pause {made * 1000:.0f} ms), notes opened and listed {listed:.2f} s more (pause"
        f" {opening * 1000:.0f} ms); Keep all to the entries kept {kept:.2f} s (pause"
        f" {keeping * 1000:.0f} ms); files removed {removed:.2f} s (pause"
        f" {removing * 1000:.0f} ms)"
    )


def _shown(made: list[Any], journal: Journal, app: Any) -> bool:
    """Makes and shows the review once; True once its window is visible."""
    from trustjournal.ui.shell.capture.review import NotesReview

    if not made:
        made.append(NotesReview(journal))
        made[0].show()
    return bool(made[0].isVisible())


def lock_screen_to_window(folder: Path, rounds: int) -> None:
    """From a press of "Write without opening" on the lock screen to the capture window
    shown and painted, in the app's own process (Qt started, the lock screen up, as a
    person finds it). The first press is reported apart: it builds the first window of
    its kind (styles, fonts); each window is closed (and deleted) before the next."""
    from trustjournal.core.clock import SystemClock
    from trustjournal.ui.qt import QtWidgets
    from trustjournal.ui.shell.app import application
    from trustjournal.ui.shell.lock_screen import LockScreen
    from trustjournal.ui.shell.session import Session

    app = application()
    session = Session(folder, SystemClock())
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    app.processEvents()
    timings: list[float] = []
    for _ in range(rounds):
        started = time.perf_counter()
        screen.write_button.click()
        window = session.capture
        assert window is not None
        while not window.isVisible() or not window.windowHandle().isExposed():
            app.processEvents()
        window.repaint()  # painted once, as it first shows
        timings.append(time.perf_counter() - started)
        window.close()
        app.processEvents()
        QtWidgets.QApplication.sendPostedEvents(None, 0)  # the deferred delete
    session.close()
    rest = timings[1:] or timings
    print(
        f"lock screen to capture window: first {timings[0] * 1000:.0f} ms, then median "
        f"{statistics.median(rest) * 1000:.1f} ms, slowest {max(rest) * 1000:.1f} ms"
        f" ({len(rest)} rounds)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--window", action="store_true", help="lock screen to capture window")
    parser.add_argument("--review", action="store_true", help="the app's review at unlock")
    arguments = parser.parse_args()
    print(f"load average before: {os.getloadavg()}, CPUs: {os.cpu_count()}")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as place:
        folder = Path(place) / "journal"
        Vault.create(folder, PASSPHRASE)[0].close()  # the KDF calibrated, as `init` does
        if arguments.window:
            lock_screen_to_window(folder, arguments.rounds)
        elif arguments.review:
            intake_in_the_app(folder, arguments.notes)
        else:
            capture_against_add(folder, arguments.rounds)
            intake(folder, arguments.notes)
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
