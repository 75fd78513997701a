"""Importing a jrnl journal, whole process, TrustJournal beside jrnl 4.x on the same file.

    python benchmarks/bench_import_vs_jrnl.py                       # 10,000 entries, 3 rounds
    python benchmarks/bench_import_vs_jrnl.py --count 10000 --rounds 3 --jrnl PATH/TO/jrnl
    python benchmarks/bench_import_vs_jrnl.py --trustjournal PATH/TO/trustjournal
    python benchmarks/bench_import_vs_jrnl.py --before PATH/TO/an/older/trustjournal

One jrnl text file (bench_import.write_jrnl: entries of 80-300 words, a tag each) is
imported, each round, into a fresh empty journal by each program as a whole process
started from the shell: TrustJournal's `trustjournal import jrnl FILE` into an empty
encrypted vault (passphrase through --passphrase-fd; the vault's Argon2id cost is the
one `trustjournal init` calibrates on this machine, so unlocking is counted), and jrnl's
`jrnl --import --file FILE` into an empty *unencrypted* journal (jrnl's default: its
encryption is off unless asked for). The two sides run interleaved, round by round, and
the medians are printed, with the Argon2id derivation timed alone so it can be taken out.

jrnl is not a dependency of TrustJournal: install it into a separate virtual environment
(`python3 -m venv /tmp/jrnlvenv && /tmp/jrnlvenv/bin/pip install 'jrnl>=4,<5'`) and pass
its `jrnl` with --jrnl, or have it on PATH. Without it, only TrustJournal's side runs.
Nothing here is a test; the files are written to a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_import import PASSPHRASE, write_jrnl

from trustjournal.core.vault.keys.keyfile import KeyFile, derive_from_passphrase
from trustjournal.core.vault.vault import Vault

JRNL_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""


def timed(command: list[str], stdin: str, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system of the child) of one whole process, and its output."""
    before = os.times()
    started = time.perf_counter()
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    after = os.times()
    if done.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return wall, cpu, done.stdout + done.stderr


def trustjournal_round(
    program: str, empty_vault: Path, source: Path, work: Path
) -> dict[str, float]:
    data = work / "tj"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(empty_vault, data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        program,
        "--data-dir",
        str(data),
        "--passphrase-fd",
        "0",
        "import",
        "jrnl",
        str(source),
    ]
    wall, cpu, said = timed(command, PASSPHRASE + "\n", env)
    if "10,000" not in said and "imported" not in said.lower():
        raise SystemExit(f"TrustJournal said something unexpected:\n{said[-2000:]}")
    return {"wall": wall, "cpu": cpu}


def jrnl_round(program: str, source: Path, work: Path) -> dict[str, float]:
    folder = work / "jrnl"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    journal = folder / "journal.txt"
    journal.write_text("")
    config = folder / "jrnl.yaml"
    config.write_text(JRNL_CONFIG.format(journal=journal))
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    command = [program, "--config-file", str(config), "--import", "--file", str(source)]
    wall, cpu, _said = timed(command, "", env)
    if journal.stat().st_size < source.stat().st_size // 2:
        raise SystemExit("jrnl wrote less than half the file: the import did not happen.")
    return {"wall": wall, "cpu": cpu}


def kdf_seconds(keyfile_path: Path) -> tuple[float, str]:
    """The Argon2id derivation that unlocking runs, timed alone in this process (median of
    3 runs, wall time), and its cost."""
    keyfile = KeyFile.from_bytes(keyfile_path.read_bytes())
    params = keyfile.passphrase_params()
    times = []
    for _ in range(3):
        started = time.perf_counter()
        derive_from_passphrase(PASSPHRASE, b"\0" * 16, params)
        times.append(time.perf_counter() - started)
    cost = f"{params.memory_kib // 1024} MiB, {params.time_cost} passes, {params.lanes} lanes"
    return statistics.median(times), cost


def find_jrnl(given: str | None) -> str | None:
    if given:
        return given if Path(given).exists() else None
    return shutil.which("jrnl")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jrnl", help="the jrnl program (default: jrnl on PATH)")
    parser.add_argument(
        "--trustjournal",
        default=str(Path(sys.executable).with_name("trustjournal")),
        help="the trustjournal program (default: the one beside this Python)",
    )
    parser.add_argument(
        "--before",
        help="an older trustjournal program to run in the same rounds (a before and after)",
    )
    arguments = parser.parse_args()
    jrnl = find_jrnl(arguments.jrnl)
    if jrnl is None:
        print(
            "jrnl is not installed, so only TrustJournal's side runs. To compare, install "
            "jrnl 4.x into its own venv and pass --jrnl PATH (it is no dependency of ours).",
            file=sys.stderr,
        )
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "source.txt"
        write_jrnl(source, arguments.count)
        empty_vault = work / "empty-vault"
        vault = Vault.create(empty_vault, PASSPHRASE)[0]  # Argon2id calibrated, as `init` does
        keyfile = vault.paths.keyfile
        vault.close()
        kdf, cost = kdf_seconds(keyfile)
        rounds: dict[str, list[dict[str, float]]] = {"trustjournal": [], "jrnl": [], "before": []}
        for _ in range(arguments.rounds):
            if arguments.before:
                rounds["before"].append(
                    trustjournal_round(arguments.before, empty_vault, source, work)
                )
            rounds["trustjournal"].append(
                trustjournal_round(arguments.trustjournal, empty_vault, source, work)
            )
            if jrnl is not None:
                rounds["jrnl"].append(jrnl_round(jrnl, source, work))
        report(arguments.count, source, (kdf, cost), rounds)


def report(
    count: int,
    source: Path,
    argon2id: tuple[float, str],
    rounds: dict[str, list[dict[str, float]]],
) -> None:
    kdf, cost = argon2id
    result: dict[str, object] = {
        "entries": count,
        "file_mb": round(source.stat().st_size / 1e6, 1),
        "argon2id_s": round(kdf, 2),
        "argon2id_cost": cost,
        "load_average": [round(x, 1) for x in os.getloadavg()],
    }
    for side, runs in rounds.items():
        if runs:
            result[side] = {
                "wall_s": [round(run["wall"], 2) for run in runs],
                "cpu_s": [round(run["cpu"], 2) for run in runs],
                "median_wall_s": round(statistics.median(run["wall"] for run in runs), 2),
                "median_cpu_s": round(statistics.median(run["cpu"] for run in runs), 2),
            }
    if rounds["jrnl"]:
        ours = statistics.median(run["wall"] for run in rounds["trustjournal"])
        theirs = statistics.median(run["wall"] for run in rounds["jrnl"])
        result["ratio_wall"] = round(ours / theirs, 2)
        result["ratio_wall_without_argon2id"] = round((ours - kdf) / theirs, 2)
        result["ratio_cpu"] = round(
            statistics.median(run["cpu"] for run in rounds["trustjournal"])
            / statistics.median(run["cpu"] for run in rounds["jrnl"]),
            2,
        )
        if rounds["before"]:
            before = statistics.median(run["wall"] for run in rounds["before"])
            result["ratio_wall_before"] = round(before / theirs, 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
