"""The recovery path and the questionnaire totals in the therapy export: built from the
journal, and said as the summary's lines (every format shows the same sentences)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustjournal.core.exchange.model import (
    ChartPoint,
    ExportPath,
    ExportPathStep,
    ExportScore,
    ExportScores,
    ExportSignpost,
    Period,
)
from trustjournal.core.exchange.redaction import Redactor
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path import phases, texts
from trustjournal.core.journal.path.walk import step_words

DateWords = Callable[[dt.date], str]


def build_path(journal: Journal) -> ExportPath | None:
    """The path as it stands, its whole history (a phase began before the period as often
    as in it) and the signposts checked. Only the owner's path: there is no other. None
    while the person has not yet used the path (no step, no signpost): a phase they never
    chose is not put in front of their therapist."""
    where = journal.path.where()
    if not where.history and not any(s.checked for s in where.signposts):
        return None
    return ExportPath(
        route=where.route,
        route_name=phases.route_name(where.route),
        phase=where.phase,
        phase_name=where.name,
        since=where.since,
        explanation=where.explanation,
        history=tuple(
            ExportPathStep(m.day, m.phase, phases.phase_name(m.phase), step_words(m.kind))
            for m in where.history
        ),
        signposts_checked=tuple(
            ExportSignpost(s.checked, s.text)
            for s in sorted(where.signposts, key=lambda s: (s.checked or dt.date.min, s.id))
            if s.checked is not None
        ),
    )


def build_scores(journal: Journal, period: Period, redactor: Redactor) -> ExportScores:
    """Each questionnaire's totals in the period, with the change since its very first."""
    in_period = journal.scores.between(period.start, period.end)
    chosen = []
    for summary in journal.scores.summaries():
        totals = [s for s in in_period if s.name == summary.name]
        if not totals:
            continue
        latest = totals[-1]
        chosen.append(
            ExportScore(
                name=redactor.clean(summary.name),
                low=summary.low,
                high=summary.high,
                totals=tuple(ChartPoint(s.day, float(s.total)) for s in totals),
                first_day=summary.first.day,
                change_since_first=latest.total - summary.first.total,
                past_cutoff=summary.past_cutoff and latest.id == summary.latest.id,
            )
        )
    return ExportScores(note=texts.NOT_A_DIAGNOSIS, questionnaires=tuple(chosen))


def path_lines(path: ExportPath, date: DateWords) -> tuple[str, ...]:
    if path.since is None:
        where = texts.EXPORT_WHERE_FROM_START.format(route=path.route_name, phase=path.phase_name)
    else:
        where = texts.EXPORT_WHERE.format(
            route=path.route_name, phase=path.phase_name, day=date(path.since)
        )
    steps = (
        texts.EXPORT_STEP.format(day=date(s.day), phase=s.phase_name, step=s.step)
        for s in path.history
    )
    signposts = tuple(
        texts.EXPORT_SIGNPOST.format(day=date(s.day), signpost=s.text)
        for s in path.signposts_checked
    )
    return (where, path.explanation, *steps, *(signposts or (texts.EXPORT_NO_SIGNPOSTS,)))


def score_lines(scores: ExportScores, date: DateWords) -> tuple[str, ...]:
    lines = [scores.note]
    for score in scores.questionnaires:
        totals = ", ".join(f"{date(p.day)}: {int(p.value)}" for p in score.totals)
        lines.append(
            texts.EXPORT_SCORE.format(
                name=score.name, low=score.low, high=score.high, totals=totals
            )
        )
        lines.append(
            texts.EXPORT_SCORE_CHANGE.format(
                name=score.name, day=date(score.first_day), change=score.change_since_first
            )
        )
        if score.past_cutoff:
            lines.append(texts.EXPORT_SCORE_PAST_CUTOFF.format(name=score.name))
    if not scores.questionnaires:
        lines.append(texts.EXPORT_NO_SCORES)
    return tuple(lines)
