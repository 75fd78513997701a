"""The README promises what a reminder says; the reminders say exactly that, no more."""

from __future__ import annotations

import re
from pathlib import Path

from trustjournal.core.journal.care.reminders import REMINDER_TEXTS

README = Path(__file__).resolve().parents[4] / "README.md"


def readme_reminder_promise() -> str:
    """The README's sentence that says what a reminder says, joined onto one line."""
    flat = " ".join(README.read_text(encoding="utf-8").split())
    found = re.search(r"a reminder only ever says (.+?\?\")\.", flat)
    assert found is not None, "README.md no longer says what a reminder says"
    return found.group(1)


def test_the_readme_quotes_every_reminder_and_nothing_else() -> None:
    quoted = re.findall(r'"([^"]+)"', readme_reminder_promise())
    assert sorted(quoted) == sorted(REMINDER_TEXTS.values())
