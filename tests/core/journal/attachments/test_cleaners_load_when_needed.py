"""Pillow and pypdf load when a file is attached, not with every journal opened."""

from __future__ import annotations

import subprocess
import sys


def test_opening_a_journal_loads_neither_pillow_nor_pypdf() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, trustjournal.core.journal.journal, trustjournal.cli.entry_commands\n"
            "print(sorted(m for m in ('PIL', 'pypdf') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"
