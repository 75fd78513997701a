"""`trustjournal path` and `trustjournal score` end to end, and both in `timeline --json`."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest
from cli_kit import RunCli, assert_plain_failure, ok


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result))


def test_help_names_the_path_and_score_commands(run_cli: RunCli) -> None:
    shown = ok(run_cli("--help"))
    for line in (
        "trustjournal path [show] [--json]",
        "trustjournal path move PHASE [--date D]",
        "trustjournal path part separated|left [--date D]",
        "trustjournal path marker ID [--done|--undone] [--date D]",
        "trustjournal score add NAME TOTAL [--date D] [--range LOW HIGH]",
        "trustjournal score list [--json]",
    ):
        assert line in shown, line


@pytest.mark.slow
def test_the_hurt_partner_walks_the_path_forward_back_and_apart(unlocked: RunCli) -> None:
    ok(unlocked("settings", "role", "hurt"))
    shown = ok(unlocked("path"))
    assert "Together: you are in Atone." in shown
    assert "You decide when to move on." in shown
    assert "[ ] atone-contact-ended" in shown
    assert ok(unlocked("path", "move", "attune")).startswith("You are now in Attune.")
    assert "not starting over" in ok(unlocked("path", "move", "atone"))
    assert "Checked" in ok(unlocked("path", "marker", "atone-contact-ended", "--done"))
    ok(unlocked("path", "part", "left"))
    where = as_json(unlocked("path", "show", "--json"))
    assert (where["route"], where["phase"]) == ("alone", "safety")
    assert [(m["phase"], m["kind"]) for m in where["history"]] == [
        ("attune", "forward"),
        ("atone", "back"),
        ("safety", "left"),
    ]
    assert "I left" in ok(unlocked("path", "show"))


def test_the_involved_partner_records_what_their_partner_said(unlocked: RunCli) -> None:
    ok(unlocked("settings", "role", "involved"))
    assert "your partner's call" in ok(unlocked("path"))
    said = ok(unlocked("path", "move", "attune"))
    assert said == "Recorded: your partner said they are ready for Attune.\n"
    assert "My partner said they are ready" in ok(unlocked("path", "show"))


@pytest.mark.slow
def test_bad_values_say_one_sentence_and_store_nothing(unlocked: RunCli) -> None:
    ok(unlocked("settings", "role", "individual"))
    assert_plain_failure(unlocked("path", "move", "attach"), "no phase called “attach”")
    assert_plain_failure(
        unlocked("path", "marker", "atone-contact-ended"), "belongs to the path together"
    )
    assert_plain_failure(unlocked("path", "move", "grief", "--date", "2000-01-01"), "first day")
    assert_plain_failure(unlocked("score", "add", "PHQ-9", "28"), "from 0 to 27, so 28")
    assert_plain_failure(unlocked("score", "add", "My calm", "3"), "lowest and highest")
    assert as_json(unlocked("path", "show", "--json"))["history"] == []
    assert as_json(unlocked("score", "list", "--json"))["totals"] == []


def test_scores_are_added_listed_and_in_the_timeline(unlocked: RunCli) -> None:
    said = ok(unlocked("score", "add", "phq9", "14"))
    assert "PHQ-9: 14 (from 0 to 27)" in said
    assert "past the cut-off" in said and "not a diagnosis" in said
    assert "past the cut-off" not in ok(unlocked("score", "add", "GAD-7", "4"))
    ok(unlocked("score", "add", "PHQ-9", "8"))
    ok(unlocked("score", "add", "My calm", "6", "--range", "1", "10"))
    listed = ok(unlocked("score", "list"))
    assert "Change since the first" in listed and ": -6" in listed
    assert listed.rstrip().endswith("They are not a diagnosis.")
    timeline = as_json(unlocked("timeline", "--json"))
    assert [(s["name"], s["total"]) for s in timeline["scores"]["totals"]] == [
        ("PHQ-9", 14),
        ("GAD-7", 4),
        ("PHQ-9", 8),
        ("My calm", 6),
    ]
    assert timeline["scores"]["summaries"][0]["change_since_first"] == -6
    assert timeline["path"]["phase"] == "safety"
