"""Check named mutants against chosen test files, two at a time, with a wall-clock limit.

mutmut runs, for each mutant, every candidate test that reached the mutated function. For
`ui/shell/session.py` that is most of the UI suite (minutes per surviving mutant), and a
mutant that keeps today's backup from ever finishing leaves a test's teardown waiting in
a Qt event loop, where pytest-timeout cannot stop it. This runs mutmut's own mutants (its
`mutants/` folder, made by `mutmut run`) against the test files given, stops at the first
failure, and ends a run that hangs after `--limit` seconds.

    python tools/mutants_check.py --tests "tests/ui/shell/session/test_session_wiring.py ..." \\
        --names names.txt --out results.json

`names.txt` holds one mutant name a line (as `mutmut results` prints them); the results
are written after each mutant, so a stopped run goes on where it left off.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

MUTANTS = Path(__file__).resolve().parents[1] / "mutants"


def check(name: str, tests: list[str], limit: int) -> dict[str, object]:
    """Exit code 1 (a test failed: killed), 0 (survived) or "hung" (a test never ended)."""
    env = dict(os.environ, MUTANT_UNDER_TEST=name, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "pytest", "--no-cov", "-q", "-x", "-p", "no:randomly"]
    command += ["-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=MUTANTS, env=env, capture_output=True, text=True, timeout=limit
        )
    except subprocess.TimeoutExpired:
        return {"rc": "hung", "secs": limit, "first": []}
    failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    return {"rc": done.returncode, "secs": round(time.monotonic() - started), "first": failed[:1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", required=True, help="test files, separated by spaces")
    parser.add_argument("--names", required=True, type=Path, help="one mutant name a line")
    parser.add_argument("--out", required=True, type=Path, help="results, kept between runs")
    parser.add_argument("--limit", type=int, default=300, help="seconds before a run hangs")
    arguments = parser.parse_args()
    tests = arguments.tests.split()
    names = [line.strip() for line in arguments.names.read_text().splitlines() if line.strip()]
    results = json.loads(arguments.out.read_text()) if arguments.out.exists() else {}

    def one(name: str) -> None:
        if name not in results:
            results[name] = check(name, tests, arguments.limit)
            arguments.out.write_text(json.dumps(results, indent=1))
            print(results[name]["rc"], name.rsplit(".", 1)[-1], results[name]["first"])

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(one, names))


if __name__ == "__main__":
    main()
