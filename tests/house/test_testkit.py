"""The helpers other tests trust to find leaks must find them."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from testkit import files_containing, step_until


def test_a_leak_is_found_as_utf8_and_utf16(tmp_path: Path) -> None:
    (tmp_path / "a").write_text("x canary y", encoding="utf-8")
    (tmp_path / "b").write_bytes("x canary y".encode("utf-16-le"))
    (tmp_path / "c").write_text("nothing here")
    assert sorted(p.name for p in files_containing("canary", [tmp_path])) == ["a", "b"]


def test_a_scan_since_a_moment_still_finds_what_was_written_after_it(tmp_path: Path) -> None:
    began = time.time() - 1
    leak = tmp_path / "deep" / "leak"
    leak.parent.mkdir()
    leak.write_text("canary")
    os.utime(leak, (0, 0))  # an old modification time cannot hide a new file
    assert files_containing("canary", [tmp_path], changed_since=began) == [leak]


def test_a_scan_since_a_moment_passes_over_older_files(tmp_path: Path) -> None:
    (tmp_path / "old").write_text("canary")
    later = time.time() + 60
    assert files_containing("canary", [tmp_path], changed_since=later) == []


def test_no_test_imports_helpers_from_a_conftest() -> None:
    """`from conftest import` finds whichever conftest was imported first, so a run over
    tests/ui and tests/cli together fails to collect in one order; helpers live in modules
    of their own (testkit, uikit, the *_kit modules)."""
    tests = Path(__file__).resolve().parents[1]
    offenders = [
        str(path.relative_to(tests))
        for path in sorted(tests.rglob("*.py"))
        if any(
            line.strip().startswith(("from conftest import", "import conftest"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def test_stepping_until_done_stops_at_its_limit() -> None:
    steps: list[int] = []
    step_until(lambda: len(steps) == 3, lambda: steps.append(1))
    assert steps == [1, 1, 1]
    with pytest.raises(AssertionError, match="not done after 5 steps"):
        step_until(lambda: False, lambda: steps.append(1), limit=5)
    assert len(steps) == 8
