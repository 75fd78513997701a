"""The standalone build: how long it takes, how big it is, and how fast it starts.

    python benchmarks/bench_packaging.py [--rounds 7]

Builds the folder and the .deb (xz and gzip) into benchmarks/out/packaging/, then
starts the built app and the pip-installed app (this virtual environment's
`trustjournal`) in turns on the offscreen platform, over the same journal, until
each has shown its lock screen and quit (`--check-start`). Prints Markdown rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "packaging"
PASSPHRASE = "quiet river under the old stone bridge"


def timed(command: list[str], **kwargs: object) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - started


def size_mib(path: Path) -> float:
    files = (
        [path]
        if path.is_file()
        else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    )
    return sum(p.stat().st_size for p in files) / 2**20


def build(compression: str, reuse: bool) -> float:
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "deb" if reuse else "folder"]
    command += ["--out", str(OUT), "--work", str(OUT / "work"), "--compression", compression]
    return timed([*command, "--reuse-folder"] if reuse else command)


def start_times(rounds: int) -> dict[str, list[float]]:
    home = OUT / "home"
    env = os.environ | {
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "TRUSTJOURNAL_DATA_DIR": str(home / "journal"),
    }
    if not (home / "journal").exists():
        subprocess.run(
            [sys.executable, "-m", "trustjournal", "--passphrase-fd", "0", "init"],
            input=PASSPHRASE + "\n",
            text=True,
            env=env,
            check=True,
            capture_output=True,
        )
    programs = {
        "pip install": [str(Path(sys.executable).parent / "trustjournal")],
        "built folder": [str(OUT / "trustjournal" / "trustjournal")],
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(rounds):  # in turns, so a busy moment touches both alike
        for name, program in programs.items():
            times[name].append(timed([*program, "--check-start"], env=env))
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    arguments = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    folder_s = build("xz", reuse=False)
    xz_s = build("xz", reuse=True)
    (deb,) = OUT.glob("trustjournal_*.deb")
    xz_mib = size_mib(deb)
    gzip_s = build("gzip", reuse=True)
    gzip_mib = size_mib(deb)
    print(f"load average before starts: {os.getloadavg()}")
    times = start_times(arguments.rounds)
    print("| what | figure |\n|---|---:|")
    print(f"| PyInstaller folder build | {folder_s:.0f} s |")
    print(f"| .deb from the folder, xz / gzip | {xz_s:.0f} s / {gzip_s:.0f} s |")
    print(f"| folder size | {size_mib(OUT / 'trustjournal'):.0f} MiB |")
    print(f"| .deb size, xz / gzip | {xz_mib:.0f} MiB / {gzip_mib:.0f} MiB |")
    for name, values in times.items():
        print(
            f"| start to lock screen and quit, {name} | {statistics.median(values):.2f} s "
            f"median, {min(values):.2f}-{max(values):.2f} s ({len(values)} runs) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
