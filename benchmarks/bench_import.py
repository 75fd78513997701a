"""Importing: jrnl journals of 10,000 and 100,000 entries and a Day One export of 10,000.

    python benchmarks/bench_import.py                 # every case, each in a fresh process
    python benchmarks/bench_import.py jrnl 10000      # one case (prints one line)
    python benchmarks/bench_import.py jrnl 10000 --memory-security off

Entries hold 80-300 words, as the issue's comparison with jrnl does. Each case runs in
its own process, so "peak memory" (the process's maximum resident size) is that case's
alone; it must not grow with the size of the file. Files are written to a temporary
folder and removed; the vault uses the Argon2id floor so unlocking is not measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import WORDS

from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.importing import Import
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

PASSPHRASE = "benchmark journals open with this long passphrase"
START = dt.datetime(2000, 1, 1, 8, 0)


def text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 300)))


def write_jrnl(path: Path, count: int) -> None:
    rng = random.Random(count)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            moment = START + dt.timedelta(hours=7 * i)
            out.write(f"[{moment:%Y-%m-%d %H:%M}] Entry {i} @tag{i % 40}\n{text(rng)}\n\n")


def write_dayone(path: Path, count: int) -> None:
    rng = random.Random(count)
    entries = [
        {
            "uuid": f"{i:032X}",
            "creationDate": f"{START + dt.timedelta(hours=7 * i):%Y-%m-%dT%H:%M:%SZ}",
            "timeZone": "Europe/Berlin",
            "text": f"# Entry {i}\n\n{text(rng)}",
            "tags": [f"tag{i % 40}"],
            "starred": i % 10 == 0,
        }
        for i in range(count)
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"metadata": {}, "entries": entries}))


def one_case(kind: str, count: int, memory_security: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "source.zip" if kind == "dayone" else "source.txt")
        (write_dayone if kind == "dayone" else write_jrnl)(source, count)
        vault, _code = Vault.create(Path(folder, "vault"), PASSPHRASE, params=FLOOR)
        if memory_security:  # off by default; once on, it stays on for the process
            vault.database.connection.execute("PRAGMA cipher_memory_security = ON")
        setting = vault.database.query_one("PRAGMA cipher_memory_security")
        assert setting == ("1" if memory_security else "0",), setting
        journal = Journal(vault, clock=ManualClock(dt.datetime(2026, 11, 1, tzinfo=dt.UTC)))
        importing = Import(journal, kind, str(source))
        started, started_cpu = time.perf_counter(), time.process_time()
        summary = importing.preview()
        previewed, previewed_cpu = time.perf_counter(), time.process_time()
        importing.run(total=summary.new)
        written, written_cpu = time.perf_counter(), time.process_time()
        times = resource.getrusage(resource.RUSAGE_SELF)
        assert journal.count() == count
        journal.close()
        return {
            "case": f"{kind} {count:,}",
            "memory_security": memory_security,
            "file_mb": round(source.stat().st_size / 1e6, 1),
            "preview_s": round(previewed - started, 2),
            "import_s": round(written - previewed, 2),
            "total_s": round(written - started, 2),
            # CPU time of this process: the fair figure when others share the machine
            "preview_cpu_s": round(previewed_cpu - started_cpu, 2),
            "import_cpu_s": round(written_cpu - previewed_cpu, 2),
            "user_s": round(times.ru_utime, 1),
            "system_s": round(times.ru_stime, 1),
            "peak_mb": round(times.ru_maxrss / 1024),
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", nargs="?", choices=("jrnl", "dayone"))
    parser.add_argument("count", nargs="?", type=int)
    parser.add_argument("--memory-security", choices=("on", "off"), default="off")
    arguments = parser.parse_args()
    if arguments.kind:
        on = arguments.memory_security == "on"
        print(json.dumps(one_case(arguments.kind, arguments.count, on)))
        return
    for kind, count in (("jrnl", 1_000), ("jrnl", 10_000), ("jrnl", 100_000), ("dayone", 10_000)):
        for setting in ("on", "off"):
            command = [sys.executable, __file__, kind, str(count), "--memory-security", setting]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            print(done.stdout, end="")


if __name__ == "__main__":
    main()
