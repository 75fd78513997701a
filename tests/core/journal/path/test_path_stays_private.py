"""Nothing of the recovery path or the scores reaches the lock screen, a reminder, a
notification or the check-in done together (issue 24): none of the code that shows those
reads them. A guard for the pages built next, which must keep it so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[4] / "trustjournal"
# What shows while locked or unasked (the lock screen, reminders and their notifications)
# and the check-in two people do at one computer.
SHOWN_WITHOUT_ASKING = (
    "ui/shell/lock_screen.py",
    "ui/shell/reminders.py",
    "ui/shell/together_handoff.py",
    "core/journal/care/reminders.py",
    "core/journal/together.py",
    "core/records/together.py",
    *(f"ui/trust/together/{p.name}" for p in (PACKAGE / "ui/trust/together").glob("*.py")),
)
PRIVATE = ("trustjournal.core.journal.path", "trustjournal.core.records.path")


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("place", SHOWN_WITHOUT_ASKING)
def test_what_shows_without_asking_never_reads_the_path_or_the_scores(place: str) -> None:
    names = imported(PACKAGE / place)
    assert not [n for n in names if n.startswith(PRIVATE)], place
    source = (PACKAGE / place).read_text(encoding="utf-8")
    assert "journal.path" not in source and "journal.scores" not in source, place
