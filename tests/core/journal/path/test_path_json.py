"""The path and the scores as JSON, as `timeline --json` and the `path` and `score`
commands print them: ids and keys a script reads, sentences in the chosen language."""

from __future__ import annotations

import datetime as dt
import json

from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import texts
from trustjournal.core.journal.path.path_json import path_json, scores_json

TODAY = dt.date(2026, 3, 14)


def test_the_path_as_json(journal: Journal) -> None:
    journal.settings.set("prompt_role", "involved")
    journal.path.move("attune")
    journal.path.check("attune-repair")
    shown = json.loads(json.dumps(path_json(journal.path.where())))
    assert {k: shown[k] for k in ("route", "phase", "since", "decides", "next_phase")} == {
        "route": "together",
        "phase": "attune",
        "since": "2026-03-14",
        "decides": "partner",
        "next_phase": "attach",
    }
    assert shown["history"] == [
        {"date": "2026-03-14", "route": "together", "phase": "attune", "kind": "partner_ready"}
    ]
    checked = {s["id"]: s["checked"] for s in shown["signposts"]}
    assert checked["attune-repair"] == "2026-03-14" and checked["atone-hurt-heard"] is None


def test_the_last_phase_has_no_next(journal: Journal) -> None:
    journal.path.move("rebuilding")
    assert path_json(journal.path.where())["next_phase"] is None


def test_the_scores_as_json_carry_the_note_and_the_change(journal: Journal) -> None:
    journal.scores.add("PCL-5", 44)
    journal.scores.add("PCL-5", 20)
    shown = scores_json(journal.scores.listed(), journal.scores.summaries())
    assert shown["note"] == texts.NOT_A_DIAGNOSIS
    assert [(t["total"], t["past_cutoff"]) for t in shown["totals"]] == [(44, True), (20, False)]
    [summary] = shown["summaries"]
    assert (summary["change_since_first"], summary["past_cutoff"]) == (-24, False)
    assert summary["first"]["date"] == TODAY.isoformat()
