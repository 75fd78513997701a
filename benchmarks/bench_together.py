"""Check-ins done together: reading a quarter costs the same whatever the history holds.

    python benchmarks/bench_together.py

Two journals, one with a year of weekly check-ins done together (52) and one with ten
years (522), each person answering every question. The figures are the medians of
seven reads of one quarter (the timeline page's view) and of all of it (the page reads
the whole history once after a change), and of saving one. The run fails when a
quarter takes more than twice as long at ten years as at one year.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from together_kit import together_draft

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

PASSPHRASE = "quiet river under the old stone bridge"  # a throwaway vault
END = dt.date(2026, 3, 14)
QUARTER = (END - dt.timedelta(days=91), END)
RUNS = 7


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(weeks: int, folder: Path) -> dict[str, float]:
    vault, _code = Vault.create(folder / f"vault-{weeks}", PASSPHRASE, params=FLOOR)
    journal = Journal(vault)
    first = END - dt.timedelta(days=7 * weeks)
    saves = []
    for week in range(weeks):
        start = time.perf_counter()
        journal.together.add(together_draft(first + dt.timedelta(days=7 * week)))
        saves.append((time.perf_counter() - start) * 1000)
    figures = {
        "quarter": median_ms(lambda: journal.together.between(*QUARTER)),
        "all": median_ms(lambda: journal.together.between(first, END)),
        "save": statistics.median(saves),
    }
    journal.close()
    return figures


def main() -> int:
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| history | a quarter | all of it | saving one |")
    print("|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        found = {weeks: measure(weeks, Path(folder)) for weeks in (52, 522)}
    for weeks, figures in found.items():
        print(
            f"| {weeks} weeks | {figures['quarter']:.2f} ms | {figures['all']:.1f} ms"
            f" | {figures['save']:.1f} ms |"
        )
    return 0 if found[522]["quarter"] <= 2 * found[52]["quarter"] + 0.2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
