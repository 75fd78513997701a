"""`trustjournal disclosure`, `letter` and the arrangements through `agreement`, end to
end: private words through `-`, JSON, bad values in one sentence, `timeline --json`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from typing import Any

import pytest
from cli_kit import RunCli, assert_plain_failure, ok
from testkit import PASSPHRASE

from trustjournal.core.exchange.texts.dates import short_date


def piped(run_cli: RunCli, *arguments: str, stdin: str) -> str:
    """A command against the journal `unlocked` made, with private words on stdin."""
    return ok(run_cli(*arguments, secrets=[PASSPHRASE], stdin=stdin))


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result))


def test_help_names_the_disclosure_letter_and_arrangement_commands(run_cli: RunCli) -> None:
    shown = ok(run_cli("--help"))
    for line in (
        "trustjournal disclosure [show] [--json]",
        "trustjournal disclosure delete-preparation",
        "trustjournal letter add impact|amends|self|disclosure [--title T] TEXT",
        "trustjournal agreement pause|resume|end ID",
    ):
        assert line in shown, line


def test_questions_and_the_ledger_take_private_words_from_standard_input(
    unlocked: RunCli, run_cli: RunCli
) -> None:
    assert piped(run_cli, "disclosure", "questions", "add", "-", stdin="Who else knew?\n") == (
        "Parked question 1.\n"
    )
    assert "Partly answered" in ok(unlocked("disclosure", "questions", "mark", "1", "partly"))
    piped(run_cli, "disclosure", "ledger", "add", "-", "--not-new", stdin="The dates again.\n")
    shown = as_json(unlocked("disclosure", "show", "--json"))
    assert shown["questions"] == [{"id": 1, "text": "Who else knew?", "state": "partly"}]
    assert [(line["told"], line["new"]) for line in shown["ledger"]] == [
        ("The dates again.", False)
    ]
    listed = ok(unlocked("disclosure", "ledger"))
    assert "(told before)  The dates again." in listed
    whole = ok(unlocked("disclosure"))
    assert whole.startswith("Before you write anything here")


@pytest.mark.slow
def test_delete_preparation_says_what_it_cannot_remove(unlocked: RunCli, run_cli: RunCli) -> None:
    ok(unlocked("disclosure", "checklist", "add", "The dates, in order"))
    piped(run_cli, "disclosure", "topics", "add", "-", "--from-partner", stdin="Details\n")
    piped(run_cli, "letter", "add", "disclosure", "-", stdin="Dear you,\n")
    said = ok(unlocked("disclosure", "delete-preparation"))
    assert said.startswith("Deleted 3 preparation notes.")
    assert "Backups made before now still hold them until they rotate out" in said
    assert as_json(unlocked("disclosure", "checklist", "list", "--json")) == []
    assert as_json(unlocked("letter", "list", "--json")) == []
    assert "no preparation notes" in ok(unlocked("disclosure", "delete-preparation"))


def test_bad_values_say_one_sentence(unlocked: RunCli) -> None:
    assert_plain_failure(
        unlocked("disclosure", "questions", "add", " "), "A question needs a few words"
    )
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert_plain_failure(
        unlocked("disclosure", "ledger", "add", "x", "--date", tomorrow), "has not come yet"
    )
    assert_plain_failure(
        unlocked("agreement", "add", "--arrangement", "location", "Sharing"), "needs an end"
    )
    assert as_json(unlocked("agreement", "list", "--json")) == []


@pytest.mark.slow
def test_an_arrangement_through_the_agreement_commands_and_in_the_timeline(
    unlocked: RunCli,
) -> None:
    today = dt.date.today()
    made = ok(
        unlocked(
            "agreement",
            "add",
            "--arrangement",
            "location",
            "--days",
            "30",
            "--my-yes",
            "--partner-yes",
            "--review",
            (today + dt.timedelta(days=14)).isoformat(),
            "Sharing",
        )
    )
    ends = (today + dt.timedelta(days=29)).isoformat()
    assert f"#1  Location sharing: Runs until {short_date(today + dt.timedelta(days=29))}" in made
    assert f"Paused since {short_date(today)}" in ok(unlocked("agreement", "pause", "1"))
    assert "Runs until" in ok(unlocked("agreement", "resume", "1"))
    listed = as_json(unlocked("agreement", "list", "--json"))
    assert listed[0]["arrangement"]["kind"] == "location"
    bands = as_json(unlocked("timeline", "--json"))["arrangements"]
    assert [(b["agreement_id"], b["starts"], b["ends"], b["state"]) for b in bands] == [
        (1, today.isoformat(), ends, "running")
    ]
    assert f"Ended on {short_date(today)}" in ok(unlocked("agreement", "end", "1"))
    assert (
        as_json(unlocked("timeline", "--json"))["arrangements"][0]["ended_on"] == today.isoformat()
    )
