"""Run `trustjournal` in this process (quicker than a subprocess): argv, secrets, stdin."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from trustjournal.cli import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run_here(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    *arguments: str,
    secrets: Sequence[str] = (),
    stdin: bytes = b"",
) -> Ran:
    read_end, write_end = os.pipe()
    os.write(write_end, "".join(f"{s}\n" for s in secrets).encode())
    os.close(write_end)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    capsys.readouterr()
    try:
        code = main(["--data-dir", str(data_dir), "--passphrase-fd", str(read_end), *arguments])
    except SystemExit as stop:  # argparse's usage errors
        code = int(stop.code or 0)
    finally:
        os.close(read_end)
    out, err = capsys.readouterr()
    return Ran(code, out, err)
