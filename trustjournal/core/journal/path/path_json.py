"""The recovery path and the questionnaire totals as JSON: for `timeline --json`, the
`path` and `score` commands and the JSON export. Ids and keys stay English (they are
names a script reads); the sentences come in the chosen language."""

from __future__ import annotations

from typing import Any

from trustjournal.core.journal.path import texts
from trustjournal.core.journal.path.scores import known
from trustjournal.core.records.path import PathMove, Score, ScoreSummary, WhereYouAre


def move_json(move: PathMove) -> dict[str, Any]:
    return {
        "date": move.day.isoformat(),
        "route": move.route,
        "phase": move.phase,
        "kind": move.kind,
    }


def path_json(where: WhereYouAre) -> dict[str, Any]:
    return {
        "route": where.route,
        "phase": where.phase,
        "since": where.since.isoformat() if where.since else None,
        "name": where.name,
        "explanation": where.explanation,
        "decides": where.decides,
        "next_phase": where.next_phase,
        "signposts": [
            {
                "id": s.id,
                "phase": s.phase,
                "text": s.text,
                "checked": s.checked.isoformat() if s.checked else None,
            }
            for s in where.signposts
        ],
        "history": [move_json(m) for m in where.history],
    }


def score_json(score: Score) -> dict[str, Any]:
    questionnaire = known(score.name)
    return {
        "id": score.id,
        "date": score.day.isoformat(),
        "name": score.name,
        "total": score.total,
        "low": score.low,
        "high": score.high,
        "past_cutoff": bool(questionnaire and questionnaire.past_cutoff(score.total)),
    }


def summary_json(summary: ScoreSummary) -> dict[str, Any]:
    return {
        "name": summary.name,
        "low": summary.low,
        "high": summary.high,
        "first": score_json(summary.first),
        "latest": score_json(summary.latest),
        "change_since_first": summary.change,
        "past_cutoff": summary.past_cutoff,
    }


def scores_json(scores: list[Score], summaries: list[ScoreSummary]) -> dict[str, Any]:
    """Every total, each questionnaire's change since its first, and the sentence that
    says these are not a diagnosis (it goes wherever the numbers go)."""
    return {
        "note": texts.NOT_A_DIAGNOSIS,
        "totals": [score_json(s) for s in scores],
        "summaries": [summary_json(s) for s in summaries],
    }


__all__ = ["move_json", "path_json", "score_json", "scores_json", "summary_json"]
