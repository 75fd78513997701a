"""ruff and mypy (strict on all of trustjournal: core, the command line and the desktop app)
are part of the suite."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install -e '.[test]'")
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "trustjournal", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_core_cli_and_ui() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = re.search(r"no issues found in (\d+) source files", result.stdout)
    assert checked is not None, result.stdout
    modules = list((ROOT / "trustjournal").rglob("*.py"))
    assert int(checked.group(1)) == len(modules), "mypy must check every module, ui/ too"


def test_mypy_holds_every_module_of_the_app_to_strict() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]
    assert config["strict"] is True
    assert config["files"] == ["trustjournal"]
    loosened = [
        module
        for override in config.get("overrides", [])
        for module in _listed(override["module"])
        if module.startswith("trustjournal")
    ]
    assert loosened == [], "no part of the app is exempt from strict checking"


def _listed(modules: str | list[str]) -> list[str]:
    """An override names one module or a list of them."""
    return [modules] if isinstance(modules, str) else modules
