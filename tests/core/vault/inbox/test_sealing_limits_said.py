"""README says what sealing protects and what it does not in the core's own words."""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.vault.inbox import texts

README = Path(__file__).resolve().parents[4] / "README.md"


def test_readme_says_what_sealing_protects_in_the_core_words() -> None:
    flowing = " ".join(README.read_text(encoding="utf-8").split())
    assert texts.WHAT_SEALING_PROTECTS in flowing
    assert "roughly when it was written" in texts.WHAT_SEALING_PROTECTS
