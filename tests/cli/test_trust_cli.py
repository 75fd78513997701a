"""checkin, event, agreement, timeline, prompt, prompts, settings: end to end in a real process."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from cli_kit import RunCli, ok
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.prompts.library import load_library
from trustjournal.core.records.trust import AGREEMENT_STATUSES, DIMENSIONS, EVENT_KINDS
from trustjournal.core.vault.vault import Vault

HELP_LINES = """\
trustjournal checkin [--date D] [--score DIMENSION=0-10]... [--needs-met yes|partly|no] [NOTE]
trustjournal event --kind KIND [--date D] [--intensity 0-10] [--minutes-to-calm N] [--note TEXT] TITLE
trustjournal agreement add [--details TEXT] [--made D] [--review D] TITLE
trustjournal agreement list [--json]
trustjournal agreement status ID active|revised|retired
trustjournal timeline [--from D] [--to D] [--json]
trustjournal prompt [--json]                 the prompt of the day
trustjournal prompts [--theme T] [--for hurt|involved|individual|any] [--json]
--all lists every prompt, each saying whom it is for
trustjournal settings [--json]               the journal's own settings
trustjournal settings role hurt|involved|individual|unsaid
trustjournal settings phase early|middle|later|unsaid
"""  # noqa: E501


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result))


def test_help_names_every_trust_command(run_cli: RunCli) -> None:
    shown = ok(run_cli("--help"))
    for line in HELP_LINES.splitlines():
        assert line.strip() in shown, line


def test_a_checkin_is_saved_and_read_back_as_json(unlocked: RunCli) -> None:
    said = ok(
        unlocked(
            "checkin", "--date", "2026-03-02", "--score", "safety=4", "--score", "overall=7",
            "--needs-met", "partly", "A calmer week",
        )
    )  # fmt: skip
    assert "2 March 2026" in said
    timeline = as_json(unlocked("timeline", "--from", "2026-03-01", "--to", "2026-03-31", "--json"))
    [checkin] = timeline["checkins"]
    assert checkin["date"] == "2026-03-02"
    assert checkin["scores"] == {"safety": 4, "overall": 7}
    assert checkin["needs_met"] == "partly"
    assert checkin["note"] == "A calmer week"


def test_events_and_a_trigger_in_the_timeline(unlocked: RunCli, data_dir: Path) -> None:
    ok(unlocked("event", "--kind", "discovery", "--date", "2026-01-01", "The day I found out"))
    ok(
        unlocked(
            "event", "--kind", "trigger", "--date", "2026-03-03", "--intensity", "8",
            "--minutes-to-calm", "50", "--note", "At the shop", "A song on the radio",
        )
    )  # fmt: skip
    ok(unlocked("event", "--kind", "therapy", "--date", "2026-03-04", "Session with R."))
    shown = ok(unlocked("timeline", "--from", "2026-03-01", "--to", "2026-03-31"))
    assert (
        "3 March 2026  trigger  A song on the radio  intensity 8  calm again after 50 min" in shown
    )
    assert "Days since discovery" not in shown  # a day counter only for those who ask
    journal = Journal(Vault.unlock(data_dir, PASSPHRASE))
    journal.settings.set("show_days_since_discovery", True)
    journal.close()
    shown = ok(unlocked("timeline", "--from", "2026-03-01", "--to", "2026-03-31"))
    assert "Days since discovery: 89" in shown
    assert "Triggers in March 2026: 1 trigger, average intensity 8.0" in shown
    timeline = as_json(unlocked("timeline", "--from", "2026-03-01", "--to", "2026-03-31", "--json"))
    trigger, therapy = timeline["events"]
    assert {k: trigger[k] for k in ("date", "kind", "title", "note")} == {
        "date": "2026-03-03",
        "kind": "trigger",
        "title": "A song on the radio",
        "note": "At the shop",
    }
    assert (trigger["intensity"], trigger["minutes_to_calm"]) == (8, 50)
    assert (therapy["kind"], therapy["title"]) == ("therapy", "Session with R.")
    trends = timeline["trends"]
    assert trends["days_since_discovery"] == 89
    assert trends["triggers_by_month"] == [
        {"month": "2026-03", "count": 1, "average_intensity": 8.0, "average_minutes_to_calm": 50.0}
    ]


def test_the_timeline_json_is_one_object_with_every_part(unlocked: RunCli) -> None:
    timeline = as_json(unlocked("timeline", "--json"))
    assert set(timeline) >= {"checkins", "events", "agreements", "moods", "trends"}
    end = dt.date.fromisoformat(timeline["to"])
    assert (end - dt.date.fromisoformat(timeline["from"])).days == 89  # 90 days by default
    trends = timeline["trends"]
    assert set(trends["moving_averages"]) == {*DIMENSIONS, "mood"}
    assert set(trends["change_since_previous_period"]) == {*DIMENSIONS, "mood"}
    assert trends["days_since_discovery"] is None


def test_each_days_mood_in_the_timeline(unlocked: RunCli) -> None:
    ok(unlocked("add", "--date", "2026-03-05", "--mood", "2", "hard"))
    ok(unlocked("add", "--date", "2026-03-05", "--mood", "3", "a bit better"))
    timeline = as_json(unlocked("timeline", "--from", "2026-03-01", "--to", "2026-03-31", "--json"))
    assert timeline["moods"] == [{"date": "2026-03-05", "mood": 2.5, "entries": 2}]


def test_agreements_add_list_and_status(unlocked: RunCli) -> None:
    ok(
        unlocked(
            "agreement", "add", "--details", "Either of us may ask", "--made", "2026-02-01",
            "--review", "2026-05-01", "Phones stay open",
        )
    )  # fmt: skip
    ok(unlocked("agreement", "status", "1", "revised"))
    [agreement] = as_json(unlocked("agreement", "list", "--json"))
    assert {k: agreement[k] for k in ("id", "title", "status", "made", "review")} == {
        "id": 1,
        "title": "Phones stay open",
        "status": "revised",
        "made": "2026-02-01",
        "review": "2026-05-01",
    }
    assert [h["status"] for h in agreement["history"]] == ["active", "revised"]
    # Making it put an agreement event on the timeline.
    timeline = as_json(unlocked("timeline", "--from", "2026-02-01", "--to", "2026-02-01", "--json"))
    assert [(e["kind"], e["title"]) for e in timeline["events"]] == [
        ("agreement", "Phones stay open")
    ]
    assert "Phones stay open" in ok(unlocked("agreement", "list"))


def test_the_prompt_of_the_day_as_json(unlocked: RunCli) -> None:
    prompt = as_json(unlocked("prompt", "--json"))
    assert set(prompt) >= {"id", "theme", "for", "text"}
    # Before a role is chosen: prompts for anyone, or about one's own healing.
    assert prompt["for"] in ("any", "individual")
    assert prompt["text"] in ok(unlocked("prompt"))


def test_prompts_by_theme_and_role(unlocked: RunCli) -> None:
    prompts = as_json(unlocked("prompts", "--theme", "hope", "--for", "hurt", "--json"))
    assert prompts
    for prompt in prompts:
        assert set(prompt) >= {"id", "theme", "for", "text"}
        assert prompt["theme"] == "hope"
        assert prompt["for"] in ("hurt", "any")
    everything = as_json(unlocked("prompts", "--json"))
    assert len(everything) == len(load_library().prompts)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_prompts_follow_the_role_and_phase_set_with_settings(unlocked: RunCli) -> None:
    """Issue 21, item 6: with no --for, `prompts` listed all 196, whoever was writing."""
    library = load_library().prompts
    ok(unlocked("settings", "role", "hurt"))
    ok(unlocked("settings", "phase", "later"))  # the path begins at attach
    fitting = [
        p.id for p in library if p.audience in ("hurt", "any") and p.phase in (None, "attach")
    ]
    assert [p["id"] for p in as_json(unlocked("prompts", "--json"))] == fitting
    listed = unlocked("prompts")
    assert len(ok(listed).splitlines()) == len(fitting)  # the note goes to stderr
    assert "partner who was hurt" in listed.stderr and "--all" in listed.stderr
    # --for says whom, the stage still follows settings.
    involved = as_json(unlocked("prompts", "--for", "involved", "--json"))
    assert {(p["for"], p["phase"]) for p in involved} <= {
        (who, phase) for who in ("involved", "any") for phase in (None, "attach")
    }
    assert involved
    # --all: every prompt, each line saying whom it is for.
    every = ok(unlocked("prompts", "--all")).splitlines()
    assert len(every) == len(library)
    by_id = {p.id: p for p in library}
    words = {
        "hurt": "(for the partner who was hurt)",
        "involved": "(for the partner who broke trust)",
        "individual": "(for healing on your own)",
        "any": "(for anyone)",
    }
    for line in every:
        prompt = by_id[line.split()[0]]
        assert words[prompt.audience] in line, line
    assert len(as_json(unlocked("prompts", "--all", "--json"))) == len(library)
    ok(unlocked("settings", "role", "unsaid"))
    ok(unlocked("settings", "phase", "unsaid"))
    unsaid = unlocked("prompts", "--json")
    assert len(json.loads(ok(unsaid))) == len(library)  # nothing said: every prompt
    assert unsaid.stderr == ""


def test_prompts_take_for_or_all_not_both(run_cli: RunCli) -> None:
    both = run_cli("prompts", "--all", "--for", "hurt")
    assert both.returncode == 2
    assert "not allowed with" in both.stderr


def last_line(result: subprocess.CompletedProcess[str]) -> str:
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("arguments", "valid"),
    [
        (["checkin", "--score", "trust=5"], DIMENSIONS),
        (["checkin", "--score", "safety"], DIMENSIONS),
        (["checkin", "--score", "safety=11"], ("0 to 10",)),
        (["checkin", "--score", "safety=high"], ("0 to 10",)),
        (["checkin", "--needs-met", "maybe"], ("yes", "partly", "no")),
        (["checkin", "--date", "14/03/2026"], ("YYYY-MM-DD",)),
        (["event", "--kind", "fight", "A row"], EVENT_KINDS),
        (["event", "--kind", "trigger", "--intensity", "12", "x"], ("0 to 10",)),
        (["event", "--kind", "other", "--date", "yesterday", "x"], ("YYYY-MM-DD",)),
        (["agreement", "add", "--made", "2026-02-30", "x"], ("YYYY-MM-DD",)),
        (["agreement", "status", "1", "broken"], AGREEMENT_STATUSES),
        (["timeline", "--from", "soon"], ("YYYY-MM-DD",)),
        (["prompts", "--theme", "weather"], ("safety", "hope", "relational_trauma")),
        (["prompts", "--for", "partner"], ("hurt", "involved", "individual", "any")),
    ],
)
def test_a_bad_value_exits_2_and_lists_what_fits(
    run_cli: RunCli, arguments: list[str], valid: tuple[str, ...]
) -> None:
    result = run_cli(*arguments, secrets=[PASSPHRASE])
    assert result.returncode == 2, result.stderr
    line = last_line(result)
    assert all(word in line for word in valid), line
    assert "Traceback" not in result.stderr


def test_intensity_on_an_event_that_is_not_a_trigger_is_a_plain_error(unlocked: RunCli) -> None:
    result = unlocked("event", "--kind", "therapy", "--intensity", "3", "Session")
    assert result.returncode == 1
    assert result.stderr.strip() == "Intensity and minutes to calm are kept for triggers only."


def test_an_event_links_to_an_entry(unlocked: RunCli) -> None:
    ok(unlocked("add", "--date", "2026-03-05", "What the song brought back"))
    ok(unlocked("event", "--kind", "trigger", "--date", "2026-03-05", "--entry", "1", "A song"))
    timeline = as_json(unlocked("timeline", "--from", "2026-03-05", "--to", "2026-03-05", "--json"))
    assert timeline["events"][0]["entry_id"] == 1
    result = unlocked("event", "--kind", "other", "--entry", "9", "Nothing to link")
    assert result.returncode == 1
    assert "no entry" in result.stderr


def test_a_missing_agreement_is_a_plain_error(unlocked: RunCli) -> None:
    result = unlocked("agreement", "status", "7", "retired")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
