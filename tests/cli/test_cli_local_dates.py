"""Every line of the command line a person reads says its days in their language (issue
22): the entry, timeline, agreement, score, path, disclosure and letter listings, in
English, German and Spanish, through `--lang` or the system's locale. `--json` stays ISO
and language-free. A human listing with an ISO date in it fails here."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from cli_kit import RunCli, ok

from trustjournal.cli.attachment_commands import attachment_line
from trustjournal.core.language import speaking
from trustjournal.core.records.attachments import Attachment

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DAY = "2026-03-08"
SAID = {"en": "8 March 2026", "de": "8. März 2026", "es": "8 de marzo de 2026"}
LISTINGS = [
    ("list",),
    ("timeline", "--from", "2026-03-01", "--to", "2026-03-31"),
    ("agreement", "list"),
    ("score", "list"),
    ("path",),
    ("disclosure", "ledger"),
    ("disclosure", "days"),
]


def written(unlocked: RunCli) -> None:
    """A journal with one of each dated thing on 8 March 2026 (the path moves today: it
    cannot start before the journal did)."""
    ok(unlocked("add", "--mood", "3", "--date", DAY, "--title", "Quiet", "A day."))
    ok(unlocked("checkin", "--date", DAY, "--score", "safety=6"))
    ok(unlocked("event", "--kind", "trigger", "--date", DAY, "--intensity", "7", "A song"))
    ok(unlocked("agreement", "add", "--made", DAY, "--review", "2026-04-08", "Phones"))
    ok(unlocked("score", "add", "PHQ-9", "12", "--date", DAY))
    ok(unlocked("path", "move", "grief"))
    ok(unlocked("disclosure", "ledger", "add", "What happened", "--date", DAY))
    ok(unlocked("disclosure", "days", "plan", DAY))
    ok(unlocked("letter", "add", "self", "--title", "To me", "Dear me,"))


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_every_listing_says_its_days_in_the_language(unlocked: RunCli, lang: str) -> None:
    written(unlocked)
    for listing in [*LISTINGS, ("letter", "list")]:
        shown = ok(unlocked("--lang", lang, *listing))
        assert not ISO_DAY.search(shown), (listing, shown)
        if listing != ("letter", "list") and listing != ("path",):
            assert SAID[lang] in shown, (listing, shown)


def test_the_system_locale_chooses_the_days_words(
    unlocked: RunCli, cli_env: dict[str, str]
) -> None:
    ok(unlocked("add", "--date", DAY, "A day."))
    cli_env["LANG"] = "es_ES.UTF-8"
    assert "#1  8 de marzo de 2026" in ok(unlocked("list"))


def test_saying_what_was_saved_names_the_day_in_words(unlocked: RunCli) -> None:
    said = ok(unlocked("--lang", "de", "add", "--date", DAY, "A day."))
    assert SAID["de"] in said and not ISO_DAY.search(said)


def test_the_last_backup_in_settings_says_its_moment_in_words(
    unlocked: RunCli, tmp_path: Path
) -> None:
    ok(unlocked("backup", "--to", str(tmp_path)))
    shown = ok(unlocked("--lang", "de", "settings"))
    last = next(line for line in shown.splitlines() if line.startswith("last_backup"))
    moment, _gap, path = last.removeprefix("last_backup").strip().partition("  ")
    assert moment.endswith(" Uhr") and not ISO_DAY.search(moment)
    assert path.startswith(str(tmp_path))  # the file's name has its day in it, as ever
    stored = json.loads(ok(unlocked("settings", "--json")))["last_backup"]
    assert dt.datetime.fromisoformat(stored.split(" ")[0])  # --json keeps what is stored


def test_json_stays_iso_and_english_in_every_language(unlocked: RunCli) -> None:
    ok(unlocked("add", "--mood", "2", "--date", DAY, "A day."))
    english = json.loads(ok(unlocked("list", "--json")))
    assert json.loads(ok(unlocked("--lang", "de", "list", "--json"))) == english
    assert english[0]["date"] == DAY


def test_an_attachments_size_groups_as_the_language_does() -> None:
    picture = Attachment(7, 1, "big.png", "image/png", 12_345_678, taken=dt.date(2026, 3, 8))
    german = speaking.load("de")
    assert german is not None
    with speaking.speaking(german):
        assert "12.346 kB" in attachment_line(picture)
    assert "12,346 kB" in attachment_line(picture)
