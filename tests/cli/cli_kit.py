"""Helpers for command-line tests: making a journal and checking one-line failures."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from testkit import PASSPHRASE

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def init(run_cli: RunCli, data: Path | None = None, passphrase: str = PASSPHRASE) -> str:
    """`trustjournal init`; gives the recovery code it printed."""
    result = run_cli("init", secrets=[passphrase], data=data)
    assert result.returncode == 0, result.stderr
    return recovery_code_in(result.stdout)


def recovery_code_in(stdout: str) -> str:
    lines = [line for line in stdout.splitlines() if line.startswith("Recovery code: ")]
    assert len(lines) == 1, stdout
    return lines[0].removeprefix("Recovery code: ")


def assert_plain_failure(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stdout
    assert words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def ok(result: subprocess.CompletedProcess[str]) -> str:
    """The command's output, once it has succeeded."""
    assert result.returncode == 0, result.stderr
    return result.stdout
