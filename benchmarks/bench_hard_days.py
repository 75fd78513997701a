"""What Today reads for the hard days, at 10,000 and 100,000 entries: it must not grow.

    python benchmarks/bench_hard_days.py [COUNT ...]     # default: 10000 100000

Uses the journals of generate.py (made on first use). For the run, "on this day" is
turned on and three hard dates are added (a discovery among them); all of it is taken
out again afterwards. Figures are the median and the fastest of 30 runs on a date whose
earlier years hold good entries; the run fails when the fastest grows more than 3x
between the sizes (the median shows how busy the machine was).
"""

from __future__ import annotations

import datetime as dt
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_core import median_ms
from generate import NOW, PASSPHRASE, generate

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.care import HardDateDraft
from trustjournal.core.records.trust import EventDraft
from trustjournal.core.vault.vault import Vault

GROWTH_LIMIT = 3.0


def fastest_ms(action: Callable[[], object], repeats: int = 30) -> float:
    """The quickest of the runs: on a busy shared machine, the least disturbed one."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return min(timings)


def measure(count: int) -> dict[str, float]:
    vault = Vault.unlock(generate(count), PASSPHRASE)
    journal = Journal(vault, clock=ManualClock(NOW))
    discovery = journal.events.add(
        EventDraft(day=dt.date(2021, 11, 5), kind="discovery", title="The day I found out")
    )
    marked = [
        journal.hard_dates.save(HardDateDraft(day=dt.date(2020, 2, 29), title="A winter")),
        journal.hard_dates.save(HardDateDraft(day=dt.date(2020, 12, 31), title="A year end")),
    ]
    journal.settings.set("on_this_day", True)
    try:
        found = journal.on_this_day()
        figures = {
            "on this day, median": median_ms(journal.on_this_day),
            "on this day, fastest": fastest_ms(journal.on_this_day),
            "hard dates coming within the week, median": median_ms(journal.hard_dates.coming),
            "found (entries)": float(len(found.entries)),
        }
    finally:
        journal.settings.reset("on_this_day")
        for hard in marked:
            assert hard.id is not None
            journal.hard_dates.delete(hard.id)
        journal.events.delete(discovery.id)
        journal.close()
    return figures


def main() -> int:
    counts = [int(arg) for arg in sys.argv[1:]] or [10_000, 100_000]
    results = {count: measure(count) for count in counts}
    print(f"{platform.machine()} {platform.processor() or ''} Python {platform.python_version()}")
    names = list(results[counts[0]])
    print("| operation | " + " | ".join(f"{c:,} entries" for c in counts) + " |")
    failed = False
    for name in names:
        row = [results[c][name] for c in counts]
        unit = "" if name.startswith("found") else " ms"
        print(f"| {name} | " + " | ".join(f"{v:.2f}{unit}" for v in row) + " |")
        if "fastest" in name and row[-1] > GROWTH_LIMIT * max(row[0], 0.05):
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
