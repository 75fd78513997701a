"""Each part of the code is held to its own coverage floor (coverage_floors_kit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import coverage
from coverage_floors_kit import measured_floors

PROGRAM = {
    "pkg/__init__.py": "",
    "pkg/full.py": "def run():\n    return 1\n",
    "pkg/half.py": "def run(x):\n    if x:\n        return 1\n    return 2\n\n\ndef never():\n"
    "    return 3\n",
    "main.py": "from pkg import full, half\nfull.run()\nhalf.run(True)\n",
}


def measured_program(folder: Path) -> coverage.Coverage:
    """The little program above, run once under coverage in a child process."""
    for name, text in PROGRAM.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    (folder / "empty.rc").write_text("")
    data = folder / ".coverage.program"
    run = ["run", "--rcfile=empty.rc", f"--data-file={data}", "--source=pkg", "main.py"]
    subprocess.run(
        [sys.executable, "-m", "coverage", *run],
        cwd=folder,
        check=True,
        capture_output=True,
    )
    measured = coverage.Coverage(data_file=str(data), config_file=False)
    measured.load()
    return measured


def test_each_part_is_measured_on_its_own_and_held_to_its_own_floor(tmp_path: Path) -> None:
    rows = [
        "all_of_it 100 */pkg/full.py",
        "the_half 90 */pkg/half.py",
        "not_measured 10 */elsewhere/*",
    ]
    full, half, missing = measured_floors(measured_program(tmp_path), rows)
    assert (full.name, full.measured, full.below) == ("all of it", 100.0, False)
    assert half.measured is not None and 50 <= half.measured < 90 and half.below
    assert str(half) == f"Coverage of the half: {half.measured:.2f} % (floor 90 %)"
    # A part a whole run did not measure at all fails too: its floor would hold nothing.
    assert missing.measured is None and missing.below
