"""Core timings at two journal sizes, and a check that they do not grow with size.

    python benchmarks/bench_core.py                  # 10,000 and 100,000 entries
    python benchmarks/bench_core.py --sizes 1000 10000

For each size: unlock (Argon2id at the floor plus opening the database), adding
an entry, listing the newest 50, filtering by tag, and searching (a common
word, a rare word, a prefix as typed). Each figure is the median of repeated
runs. The run fails if any operation at the largest size costs more than
MAX_GROWTH times what it costs at the smallest: lists, search and saving must
use indexes, never read the whole journal.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import PASSPHRASE, generate

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter
from trustjournal.core.vault.vault import Vault

MAX_GROWTH = 3.0
REPEATS = 30


def median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def measure(folder: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    start = time.perf_counter()
    vault = Vault.unlock(folder, PASSPHRASE)
    figures["unlock (Argon2id floor + open)"] = (time.perf_counter() - start) * 1000
    journal = Journal(vault, clock=ManualClock())
    try:
        draft = EntryDraft(
            day=dt.date(2026, 11, 2),
            title="Benchmark",
            body="a new entry " * 50,
            mood=3,
            emotions=("hopeful",),
            tags=("therapy",),
        )
        figures["add an entry"] = median_ms(lambda: journal.add_entry(draft))
        edited = journal.entries(limit=1)[0]
        typing = iter(range(10**6))
        figures["save an edit (autosave while typing)"] = median_ms(
            lambda: journal.update_entry(
                edited.id,
                dataclasses.replace(edited.draft(), body=f"{edited.body} word{next(typing)}"),
            )
        )
        figures["tags in use (completion)"] = median_ms(journal.tags_in_use)
        figures["list newest 50"] = median_ms(lambda: journal.entries(limit=50))
        figures["list ids of all (lazy list)"] = median_ms(journal.entry_ids, repeats=5)
        figures["filter by tag, newest 50"] = median_ms(
            lambda: journal.entries(EntryFilter(tags=("garden",)), limit=50)
        )
        for label, query in (
            ("common word", "trust "),
            ("rare word", "benchmark "),
            ("3-letter prefix as typed", "cou"),
            ("7-letter prefix as typed", "counsel"),
        ):
            where = EntryFilter(search=query)
            figures[f"search {label}, newest 50"] = median_ms(
                lambda where=where: journal.entries(where, limit=50)
            )
    finally:
        journal.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    arguments = parser.parse_args()
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} "
        f"python {platform.python_version()}"
    )
    results = {size: measure(generate(size)) for size in arguments.sizes}
    small, large = min(results), max(results)
    print(f"{'operation':38}" + "".join(f"{size:>12,}" for size in results) + "   growth")
    failures = []
    for name in results[small]:
        growth = results[large][name] / max(results[small][name], 1e-3)
        row = "".join(f"{results[size][name]:>10.2f}ms" for size in results)
        print(f"{name:38}{row}   x{growth:.1f}")
        if growth > MAX_GROWTH and not name.startswith("list ids"):
            failures.append(name)
    if failures:
        print("grew with journal size: " + ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
