"""path and score: the recovery path and the questionnaire totals from a terminal.

Nothing here is ever said by a reminder or the lock screen: these commands open the
journal with its passphrase like every other, and print only when asked.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeAlias

from trustjournal.cli.context import Context, date_argument
from trustjournal.cli.texts import dated_lines
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.journal.path import phases
from trustjournal.core.journal.path import texts as path_texts
from trustjournal.core.journal.path.path_json import path_json, score_json, scores_json
from trustjournal.core.journal.path.scores import pointer_for
from trustjournal.core.journal.path.walk import step_words
from trustjournal.core.language.speaking import _
from trustjournal.core.records.path import PHASES_OF, Score, ScoreSummary, WhereYouAre

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

ALL_PHASES = tuple(p for route in PHASES_OF.values() for p in route)


def register(commands: Commands) -> None:
    _register_path(commands)
    _register_score(commands)


def _register_path(commands: Commands) -> None:
    path = commands.add_parser("path", help=_("where you are on your recovery path"))
    path.set_defaults(run=run_show, json=False)
    actions = path.add_subparsers(dest="path_action", metavar="ACTION")
    show = actions.add_parser("show", help=_("the phase, its signposts and its history"))
    show.add_argument("--json", action="store_true", help=_("print one JSON object instead"))
    show.set_defaults(run=run_show)
    move = actions.add_parser("move", help=_("move on, or back, to a phase"))
    move.add_argument("phase", metavar="PHASE", help=_("|").join(ALL_PHASES))
    move.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    move.set_defaults(run=run_move)
    part = actions.add_parser("part", help=_("we separated, or I left: the path on your own"))
    part.add_argument("how", choices=("separated", "left"), help=_("separated|left"))
    part.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    part.set_defaults(run=run_part)
    marker = actions.add_parser("marker", help=_("check a signpost, with its day"))
    marker.add_argument("id", metavar="ID", help=_("the signpost's id, as `path show` lists it"))
    done = marker.add_mutually_exclusive_group()
    done.add_argument("--done", dest="done", action="store_true", default=True, help=_("(default)"))
    done.add_argument("--undone", dest="done", action="store_false", help=_("take a check back"))
    marker.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    marker.set_defaults(run=run_marker)


def _register_score(commands: Commands) -> None:
    score = commands.add_parser("score", help=_("questionnaire totals a therapist asks for"))
    actions = score.add_subparsers(dest="score_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("record a questionnaire's total"))
    add.add_argument("name", metavar="NAME", help=_("PCL-5, PHQ-9, GAD-7, CSI-16 or your own"))
    add.add_argument("total", type=int, metavar="TOTAL", help=_("the questionnaire's total"))
    add.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    add.add_argument(
        "--range",
        nargs=2,
        type=int,
        metavar=("LOW", "HIGH"),
        help=_("a questionnaire of your own: its lowest and highest total (the first time)"),
    )
    add.set_defaults(run=run_score_add)
    listing = actions.add_parser("list", help=_("every total, and the change since the first"))
    listing.add_argument("--json", action="store_true", help=_("print one JSON object instead"))
    listing.set_defaults(run=run_score_list)


# -- the path ------------------------------------------------------------------------------


def run_show(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        where = journal.path.where()
    if arguments.json:
        return _print_json(path_json(where))
    for line in path_lines(where):
        print(line)
    return 0


def path_lines(where: WhereYouAre) -> Iterator[str]:
    route = phases.route_name(where.route)
    if where.since is None:
        yield _("{route}: you are in {phase}.").format(route=route, phase=where.name)
    else:
        yield _("{route}: you are in {phase}, since {day}.").format(
            route=route, phase=where.name, day=short_date(where.since)
        )
    yield where.explanation
    yield path_texts.PARTNER_DECIDES if where.decides == "partner" else path_texts.YOU_DECIDE
    yield ""
    yield _("Signposts (`trustjournal path marker ID` checks one):")
    for phase in PHASES_OF[where.route]:
        yield "  " + phases.phase_name(phase)
        for sign in (s for s in where.signposts if s.phase == phase):
            checked = short_date(sign.checked) if sign.checked else ""
            yield f"    [{'x' if checked else ' '}] {sign.id}  {sign.text} {checked}".rstrip()
    if where.history:
        yield ""
        yield _("Your path so far:")
        moves = [
            (m.day, f"{phases.phase_name(m.phase)}  {step_words(m.kind)}") for m in where.history
        ]
        yield from dated_lines(moves)


def run_move(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        _, said = journal.path.move(arguments.phase.strip().lower(), arguments.date)
    print(said)
    return 0


def run_part(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        _, said = journal.path.part(i_left=arguments.how == "left", day=arguments.date)
    print(said)
    return 0


def run_marker(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        print(journal.path.check(arguments.id, done=arguments.done, day=arguments.date))
    return 0


# -- scores ---------------------------------------------------------------------------------


def run_score_add(context: Context, arguments: argparse.Namespace) -> int:
    span = (arguments.range[0], arguments.range[1]) if arguments.range else None
    with context.journal() as journal:
        score = journal.scores.add(arguments.name, arguments.total, arguments.date, span)
    print(score_line(score))
    pointer = pointer_for(score)
    if pointer:
        print(pointer)
    print(path_texts.NOT_A_DIAGNOSIS)
    return 0


def run_score_list(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        scores, summaries = journal.scores.listed(), journal.scores.summaries()
    if arguments.json:
        return _print_json(scores_json(scores, summaries))
    if not scores:
        print(_("No scores yet. `trustjournal score add NAME TOTAL` records one."))
        return 0
    for summary in summaries:
        for line in summary_lines(summary, [s for s in scores if s.name == summary.name]):
            print(line)
    print(path_texts.NOT_A_DIAGNOSIS)
    return 0


def score_line(score: Score) -> str:
    return _("{day}  {name}: {total} (from {low} to {high})").format(
        day=short_date(score.day),
        name=score.name,
        total=score.total,
        low=score.low,
        high=score.high,
    )


def summary_lines(summary: ScoreSummary, scores: list[Score]) -> Iterator[str]:
    yield summary.name
    for score in scores:
        yield "  " + score_line(score)
    yield "  " + _("Change since the first ({day}): {change:+d}").format(
        day=short_date(summary.first.day), change=summary.change
    )
    if summary.past_cutoff:
        yield "  " + path_texts.PAST_CUTOFF


def _print_json(value: Any) -> int:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


__all__ = ["path_lines", "register", "score_json"]
