"""Backup, restore and key rotation of generated journals, and how they grow with size.

    python benchmarks/bench_vault.py                  # 20,000 and 100,000 entries
    python benchmarks/bench_vault.py --sizes 1000 10000

For each size: writing a .tjbackup file (SQLite's online backup into an
encrypted snapshot, then the one file), restoring it into a new folder (digest,
unpack, cipher and SQLite integrity checks, swap), and rotating the data key
(sqlcipher_export into a fresh database, swap). Each works on copies; the
generated journal is never changed. The issue's aim: backup and restore under
10 s each at 100,000 entries, and linear in the size of the journal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import PASSPHRASE, generate

from trustjournal.core.vault.backup.making import make_backup
from trustjournal.core.vault.backup.restore import restore_backup
from trustjournal.core.vault.vault import Vault

NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
AIM_SECONDS = 10.0


def measure(folder: Path, scratch: Path) -> dict[str, float]:
    figures: dict[str, float] = {"database MB": folder.joinpath("journal.db").stat().st_size / 1e6}
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        start = time.perf_counter()
        written = make_backup(vault, scratch / "drive", NOW)
        figures["backup s"] = time.perf_counter() - start
    finally:
        vault.close()
    figures["backup file MB"] = written.stat().st_size / 1e6
    start = time.perf_counter()
    restore_backup(written, scratch / "restored", PASSPHRASE, NOW)
    figures["restore s"] = time.perf_counter() - start
    vault = Vault.unlock(scratch / "restored", PASSPHRASE)
    try:
        start = time.perf_counter()
        vault.rotate_key(PASSPHRASE)
        figures["rotation s"] = time.perf_counter() - start
    finally:
        vault.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 100_000])
    arguments = parser.parse_args()
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    results: dict[int, dict[str, float]] = {}
    for size in arguments.sizes:
        folder = generate(size)
        with tempfile.TemporaryDirectory(dir=folder.parent) as scratch:
            results[size] = measure(folder, Path(scratch))
            shutil.rmtree(scratch, ignore_errors=True)
        print(size, {key: round(value, 2) for key, value in results[size].items()})
    largest = max(results)
    for key in ("backup s", "restore s"):
        if results[largest][key] > AIM_SECONDS:
            raise SystemExit(f"{key} at {largest:,} entries is over {AIM_SECONDS} s")


if __name__ == "__main__":
    main()
