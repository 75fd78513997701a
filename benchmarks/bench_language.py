"""What speaking German costs against English: start to the lock screen, unlock to the
journal, and the memory the catalogues take (issue 22; aim: no more than 20 ms more).

    python benchmarks/bench_language.py [--rounds 7] [--entries 300] [--languages en de]

Each measurement runs in a child process of its own (a language is chosen once per
process, as in the app), English and German in turns over the same journal, so both see
the same machine. In the child:

- *choosing it*: `speaking.choose` and `start_speaking` alone, the work a language adds;
- *start to lock screen*: from choosing the language (`speaking.choose`, as the command
  line does before anything is said) through `start_speaking` (our catalogues, Qt's
  `qtbase_de.qm`, the locale) and `Session.start` until the lock screen is on screen;
- *unlock to journal*: from `Session.open_journal` with a vault already unlocked (the
  passphrase's Argon2id takes the same time in every language, and would drown the
  difference) until the journal's window is on screen and its first events are handled;
- *catalogue memory*: Python's heap taken by `speaking.load(code)` (tracemalloc), and the
  process's resident memory before and after the whole language start.

Prints a Markdown table of medians, wall clock and this process's CPU time. Where the
time goes, for one child (`--child CODE DIR`, with PYTHONPATH at the checkout measured):
`--profile FILE` writes the unlock's cProfile statistics; under
`valgrind --tool=callgrind --instr-atstart=no` with BENCH_CALLGRIND=1 the child counts
instructions during the unlock only (callgrind_control turns counting on and off), a
figure that is the same on a busy machine as on a quiet one. The journal
(made once, FLOOR key parameters) lives in benchmarks/out/language/, which is not
committed; Qt's settings go to a folder there too, never the user's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "language"
PASSPHRASE = "benchmark journals open with this long passphrase"


def resident_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def child(code: str, data_dir: Path, profile: Path | None = None) -> dict[str, float]:
    """One start and one unlock in `code`, in this (fresh) process; with `profile`, the
    unlock runs under cProfile and its statistics are written there."""
    import cProfile
    import tracemalloc

    from trustjournal.core.clock import SystemClock
    from trustjournal.core.language import speaking
    from trustjournal.core.vault.vault import Vault
    from trustjournal.ui.qt import QtWidgets
    from trustjournal.ui.shell.app import application
    from trustjournal.ui.shell.lock_screen import LockScreen
    from trustjournal.ui.shell.main_window import MainWindow
    from trustjournal.ui.shell.session import Session
    from trustjournal.ui.shell.settings.language import start_speaking
    from trustjournal.ui.shell.settings.preferences import Preferences

    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    loaded = speaking.load(code)
    heap = sum(s.size_diff for s in tracemalloc.take_snapshot().compare_to(before, "filename"))
    tracemalloc.stop()
    del loaded
    app = application()
    rss_before = resident_kib()
    clock = Stopwatch()
    speaking.choose(code, {})
    start_speaking(app, code, Preferences())
    language_start = clock.lap()
    rss_after = resident_kib()
    session = Session(data_dir, SystemClock())
    session.start()
    until(app, lambda: isinstance(session.window, LockScreen) and session.window.isVisible())
    rest_of_start = clock.lap()
    vault = Vault.unlock(data_dir, PASSPHRASE)
    clock.lap()  # the passphrase's KDF: the same in every language
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    instructions_counted(True)
    session.open_journal(vault)
    until(app, lambda: isinstance(session.window, MainWindow) and session.window.isVisible())
    app.processEvents()
    instructions_counted(False)
    to_journal = clock.lap()
    if profiler and profile:
        profiler.disable()
        profiler.dump_stats(profile)
    session.close()
    QtWidgets.QApplication.processEvents()
    return {
        "language_start_ms": language_start[0],
        "language_start_cpu_ms": language_start[1],
        "to_lock_ms": language_start[0] + rest_of_start[0],
        "to_lock_cpu_ms": language_start[1] + rest_of_start[1],
        "to_journal_ms": to_journal[0],
        "to_journal_cpu_ms": to_journal[1],
        "catalogue_heap_kib": heap / 1024,
        "language_start_rss_kib": float(rss_after - rss_before),
    }


def instructions_counted(on: bool) -> None:
    """Under `valgrind --tool=callgrind --instr-atstart=no` (BENCH_CALLGRIND=1), count
    instructions only while this is on: the unlock alone, the same count on a busy
    machine as on a quiet one."""
    if os.environ.get("BENCH_CALLGRIND"):
        switch = ["callgrind_control", "--instr=on" if on else "--instr=off", str(os.getpid())]
        told = subprocess.Popen(switch, stdout=subprocess.DEVNULL)
        while told.poll() is None:  # running, not waiting: callgrind reads its commands then
            pass


class Stopwatch:
    """Wall and CPU milliseconds since the last lap: on a shared, busy machine the CPU
    time of this process is the steadier of the two."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        took = ((wall - self.wall) * 1000, (cpu - self.cpu) * 1000)
        self.wall, self.cpu = wall, cpu
        return took


def until(app: object, done: object) -> None:
    deadline = time.perf_counter() + 30
    while not done():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not show in 30 s")


def journal(entries: int) -> Path:
    """A journal of `entries` generated entries, made once."""
    data_dir = OUT / f"journal-{entries}"
    if not (data_dir / "journal.key").exists():
        sys.path.insert(0, str(ROOT / "benchmarks"))
        import generate

        from trustjournal.core.journal.journal import Journal
        from trustjournal.core.vault.keys.keyfile import FLOOR
        from trustjournal.core.vault.vault import Vault

        vault, _code = Vault.create(data_dir, PASSPHRASE, params=FLOOR)
        made = Journal(vault)
        for draft in itertools.islice(generate.drafts(entries), entries):
            made.add_entry(draft)
        made.close()
    return data_dir


def run_child(code: str, data_dir: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(OUT / "config"),
        "TRUSTJOURNAL_DATA_DIR": str(data_dir),
    }
    for name in ("LC_ALL", "LC_MESSAGES", "TRUSTJOURNAL_LANG"):
        env.pop(name, None)
    command = [sys.executable, __file__, "--child", code, str(data_dir)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--entries", type=int, default=300)
    parser.add_argument("--languages", nargs="+", default=["en", "de"])
    parser.add_argument("--child", nargs=2, metavar=("CODE", "DIR"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--profile",
        metavar="FILE",
        type=Path,
        help="with --child: write the unlock's cProfile statistics to FILE",
    )
    arguments = parser.parse_args()
    if arguments.child:
        code, folder = arguments.child
        print(json.dumps(child(code, Path(folder), arguments.profile)))
        return
    data_dir = journal(arguments.entries)
    found: dict[str, list[dict[str, float]]] = {code: [] for code in arguments.languages}
    for _round in range(arguments.rounds):
        for code in arguments.languages:  # in turns, so both see the same machine
            found[code].append(run_child(code, data_dir))
    print(
        f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs, "
        f"{arguments.rounds} rounds, {arguments.entries} entries"
    )
    print(
        "| language | choosing it: wall / CPU | start to lock screen: wall / CPU "
        "| unlock to journal: wall / CPU | catalogues (heap) | language start (RSS) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for code, rows in found.items():
        m = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
        print(
            f"| {code} | {m['language_start_ms']:.1f} / {m['language_start_cpu_ms']:.1f} ms "
            f"| {m['to_lock_ms']:.0f} / {m['to_lock_cpu_ms']:.0f} ms "
            f"| {m['to_journal_ms']:.0f} / {m['to_journal_cpu_ms']:.0f} ms "
            f"| {m['catalogue_heap_kib']:.0f} KiB | {m['language_start_rss_kib']:.0f} KiB |"
        )


if __name__ == "__main__":
    main()
