"""The trust commands' lines under the pseudo-locale (issue 22, items 3 and 8): a
timeline, the agreements, the prompts and the role and phase said back leave no English
of ours. The pseudo-locale accents every letter of a marked sentence, so a plain ASCII
word of three letters or more was never marked; what may stay is named here: the
person's own words, ISO dates, ids and the command's own name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_here_kit import Ran, run_here
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.prompts.library import load_library
from trustjournal.core.language import speaking
from trustjournal.core.language.pseudo import pseudo_translated
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault

Run = Callable[..., Ran]
# The person's own words in this journal (made-up words, so nothing of ours is hidden).
THEIRS = ("Zorvak", "Quillet", "Bramwen", "Tesmor", "Plovin")
_ASCII_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> Iterator[Run]:
    Vault.create(data_dir, PASSPHRASE, params=FLOOR)[0].close()

    def unlocked(*arguments: str) -> Ran:
        return run_here(capsys, monkeypatch, data_dir, *arguments, secrets=[PASSPHRASE])

    yield unlocked
    speaking.choose(None, {})


def english_in(said: str) -> list[str]:
    """ASCII words of ours left in `said` (the pseudo-locale accents every marked one)."""
    themes = {word for theme in load_library().themes for word in theme.id.split("_")}
    kept = {*THEIRS, *themes, "trustjournal", "json"}
    return [word for word in _ASCII_WORD.findall(said) if word not in kept]


def a_journal_with_everything(run: Run, data_dir: Path) -> None:
    days = ("2026-02-10", "2026-03-02")
    for day, score in zip(days, ("4", "7"), strict=True):
        run(
            "checkin",
            "--date",
            day,
            "--score",
            f"safety={score}",
            "--needs-met",
            "partly",
            "Zorvak",
        )
    run("event", "--kind", "discovery", "--date", "2026-01-05", "Quillet")
    run("event", "--kind", "trigger", "--date", "2026-03-03", "--intensity", "8",
        "--minutes-to-calm", "50", "Bramwen")  # fmt: skip
    run("agreement", "add", "--made", "2026-03-04", "--review", "2026-04-01", "Tesmor")
    run("agreement", "add", "--made", "2026-03-05", "Plovin")
    run("add", "--mood", "2", "--date", "2026-03-06", "Plovin")
    journal = Journal(Vault.unlock(data_dir, PASSPHRASE))
    journal.settings.set("show_days_since_discovery", True)
    journal.close()


def test_the_trust_commands_leave_no_english_under_pseudo(run: Run, data_dir: Path) -> None:
    a_journal_with_everything(run, data_dir)
    said = [
        run("--lang", "pseudo", "timeline", "--from", "2026-03-01", "--to", "2026-03-31"),
        run("--lang", "pseudo", "agreement", "list"),
        run("--lang", "pseudo", "settings", "role", "hurt"),
        run("--lang", "pseudo", "settings", "phase", "early"),
        run("--lang", "pseudo", "prompts"),
        run("--lang", "pseudo", "settings", "role", "unsaid"),
        run("--lang", "pseudo", "settings", "phase", "unsaid"),
    ]
    assert all(ran.returncode == 0 for ran in said)
    shown = "\n".join(ran.stdout + ran.stderr for ran in said)
    april = pseudo_translated("April")  # the review day, said in words like every day
    assert "Bramwen" in shown and f"1 {april} 2026" in shown
    assert english_in(shown) == []


def test_json_keeps_its_english_ids_under_pseudo(run: Run, data_dir: Path) -> None:
    run("agreement", "add", "--made", "2026-03-04", "Tesmor")
    said = run("--lang", "pseudo", "agreement", "list", "--json").stdout
    assert '"status": "active"' in said
