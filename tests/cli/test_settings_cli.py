"""settings: list the journal's own settings; set who is writing and where they are, with
the values the app's Settings use, end to end in a real process (issue 21, item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_kit import RunCli, ok
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.settings import DECLARED
from trustjournal.core.vault.vault import Vault


def stored(data_dir: Path, key: str) -> object:
    """What the app itself reads from the journal."""
    journal = Journal(Vault.unlock(data_dir, PASSPHRASE))
    try:
        return journal.settings.get(key)
    finally:
        journal.close()


def test_settings_lists_every_setting_the_journal_keeps(unlocked: RunCli) -> None:
    values = json.loads(ok(unlocked("settings", "--json")))
    assert list(values)[:2] == ["role", "phase"]
    assert values["role"] == "unsaid" and values["phase"] == "unsaid"
    others = set(DECLARED) - {"prompt_role", "recovery_phase"}
    assert set(values) == {"role", "phase"} | others
    assert values["idle_lock_minutes"] == DECLARED["idle_lock_minutes"].default
    lines = ok(unlocked("settings")).splitlines()
    assert lines[0].split() == ["role", "unsaid"]
    assert lines[1].split() == ["phase", "unsaid"]
    assert ["show_days_since_discovery", "off"] in [line.split() for line in lines]
    assert ["redact_words", "(none)"] in [line.split() for line in lines]
    assert len(lines) == len(values)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(
    ("said", "kept"),
    [("hurt", "hurt"), ("involved", "involved"), ("individual", "individual"), ("unsaid", "any")],
)
def test_settings_role_is_the_apps_own_setting(
    unlocked: RunCli, data_dir: Path, said: str, kept: str
) -> None:
    if said == "unsaid":
        ok(unlocked("settings", "role", "hurt"))
    words = ok(unlocked("settings", "role", said))
    assert words.startswith("Who is writing:")
    assert stored(data_dir, "prompt_role") == kept
    assert json.loads(ok(unlocked("settings", "--json")))["role"] == said


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("phase", ["early", "middle", "later", "unsaid"])
def test_settings_phase_is_the_apps_own_setting(
    unlocked: RunCli, data_dir: Path, phase: str
) -> None:
    if phase == "unsaid":
        ok(unlocked("settings", "phase", "early"))
    assert ok(unlocked("settings", "phase", phase)).startswith("Where you are:")
    assert stored(data_dir, "recovery_phase") == phase


@pytest.mark.parametrize(
    ("arguments", "valid"),
    [
        (["settings", "role", "any"], ("hurt", "involved", "individual", "unsaid")),
        (["settings", "phase", "soon"], ("early", "middle", "later", "unsaid")),
        (["settings", "theme", "dark"], ("role", "phase")),
    ],
)
def test_a_value_the_app_does_not_take_exits_2_and_lists_what_fits(
    run_cli: RunCli, arguments: list[str], valid: tuple[str, ...]
) -> None:
    result = run_cli(*arguments)
    assert result.returncode == 2
    for word in valid:
        assert word in result.stderr
