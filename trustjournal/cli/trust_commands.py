"""checkin, event, agreement, timeline, prompt, prompts: the trust timeline from a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from trustjournal.cli import texts
from trustjournal.cli.context import Context, date_argument
from trustjournal.cli.recovery.arrangement_commands import (
    add_arrangement_options,
    arrangement_draft,
    arrangement_line,
    register_arrangement_actions,
)
from trustjournal.cli.trust_arguments import (
    id_argument,
    intensity_argument,
    minutes_argument,
    score_argument,
)
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.journal import trust_json
from trustjournal.core.journal.disclosure.disclosure_json import arrangement_json
from trustjournal.core.journal.path.path_json import path_json, scores_json
from trustjournal.core.journal.prompts.library import ROLES, load_library
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import (
    AGREEMENT_STATUSES,
    EVENT_KINDS,
    NEEDS_MET,
    AgreementDraft,
    CheckinDraft,
    EventDraft,
)

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
DEFAULT_TIMELINE_DAYS = 90


def register(commands: Commands) -> None:
    _register_checkin(commands)
    _register_event(commands)
    _register_agreement(commands)
    timeline = commands.add_parser("timeline", help=_("check-ins, events, moods and trends"))
    timeline.add_argument(
        "--from", dest="date_from", type=date_argument, metavar="D", help=_("from this day on")
    )
    timeline.add_argument(
        "--to", dest="date_to", type=date_argument, metavar="D", help=_("up to this day (today)")
    )
    timeline.add_argument("--json", action="store_true", help=_("print one JSON object instead"))
    timeline.set_defaults(run=run_timeline)
    prompt = commands.add_parser("prompt", help=_("the prompt of the day"))
    prompt.add_argument("--json", action="store_true", help=_("print it as JSON"))
    prompt.set_defaults(run=run_prompt)
    prompts = commands.add_parser(
        "prompts", help=_("list the guided prompts for the role and stage set in settings")
    )
    prompts.add_argument("--theme", metavar="T", help=_("only prompts of this theme"))
    whom = prompts.add_mutually_exclusive_group()
    whom.add_argument(
        "--for", dest="role", choices=ROLES, help=_("only prompts written for this person")
    )
    whom.add_argument(
        "--all",
        action="store_true",
        help=_("every prompt, for anyone and any stage, each saying whom it is for"),
    )
    prompts.add_argument("--json", action="store_true", help=_("print a JSON array instead"))
    prompts.set_defaults(run=run_prompts, parser=prompts)


def _register_checkin(commands: Commands) -> None:
    checkin = commands.add_parser("checkin", help=_("record a trust check-in"))
    checkin.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    checkin.add_argument(
        "--score",
        action="append",
        type=score_argument,
        default=[],
        metavar="DIMENSION=0-10",
        help=_("how one part of trust feels now; any may be left out"),
    )
    checkin.add_argument("--needs-met", choices=NEEDS_MET, help=_("are my needs being met?"))
    checkin.add_argument(
        "note",
        nargs="?",
        default="",
        metavar="NOTE",
        help=texts.FROM_STDIN.format(what=_("a few words")),
    )
    checkin.set_defaults(run=run_checkin)


def _register_event(commands: Commands) -> None:
    event = commands.add_parser("event", help=_("mark an event on the timeline"))
    event.add_argument("--kind", required=True, choices=EVENT_KINDS, help=_("what kind of moment"))
    event.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    event.add_argument(
        "--intensity", type=intensity_argument, metavar="0-10", help=_("how strong a trigger was")
    )
    event.add_argument(
        "--minutes-to-calm", type=minutes_argument, metavar="N", help=_("until calm again")
    )
    event.add_argument(
        "--note", default="", metavar="TEXT", help=texts.FROM_STDIN.format(what=_("what happened"))
    )
    event.add_argument("--entry", type=id_argument, metavar="ID", help=_("link an entry"))
    event.add_argument(
        "title", metavar="TITLE", help=texts.FROM_STDIN.format(what=_("a short name for it"))
    )
    event.set_defaults(run=run_event)


def _register_agreement(commands: Commands) -> None:
    agreement = commands.add_parser("agreement", help=_("agreements made together"))
    actions = agreement.add_subparsers(dest="agreement_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("write down a new agreement"))
    add.add_argument(
        "--details",
        default="",
        metavar="TEXT",
        help=texts.FROM_STDIN.format(what=_("what it means")),
    )
    add.add_argument(
        "--made", type=date_argument, metavar="D", help=_("the day it was made (today)")
    )
    add.add_argument(
        "--review", type=date_argument, metavar="D", help=_("when to look at it again")
    )
    add.add_argument(
        "title",
        metavar="TITLE",
        help=texts.FROM_STDIN.format(what=_("the agreement in a few words")),
    )
    add_arrangement_options(add)
    add.set_defaults(run=run_agreement_add)
    listing = actions.add_parser("list", help=_("every agreement, in the order made"))
    listing.add_argument("--json", action="store_true", help=_("print a JSON array instead"))
    listing.set_defaults(run=run_agreement_list)
    status = actions.add_parser("status", help=_("keep, revise or retire an agreement"))
    status.add_argument("id", type=id_argument, metavar="ID", help=_("the agreement's number"))
    status.add_argument("status", choices=AGREEMENT_STATUSES, help=_("its new status"))
    status.set_defaults(run=run_agreement_status)
    register_arrangement_actions(actions)


# -- running them ----------------------------------------------------------------------


def run_checkin(context: Context, arguments: argparse.Namespace) -> int:
    draft = CheckinDraft(
        day=arguments.date or context.clock.today(),
        scores=dict(arguments.score),
        needs_met=arguments.needs_met,
        note=arguments.note,
    )
    with context.journal() as journal:
        checkin = journal.checkins.add(draft)
        due = journal.checkins.due()
    print(
        _("Saved your check-in for {day} (check-in {id}).").format(
            day=short_date(checkin.day), id=checkin.id
        )
    )
    if due.is_due:
        print(_("Another one is due whenever you feel ready."))
    else:
        print(_("The next one is due on {day}.").format(day=short_date(due.next_due)))
    return 0


def run_event(context: Context, arguments: argparse.Namespace) -> int:
    draft = EventDraft(
        day=arguments.date or context.clock.today(),
        kind=arguments.kind,
        title=arguments.title,
        note=arguments.note,
        entry_id=arguments.entry,
        intensity=arguments.intensity,
        minutes_to_calm=arguments.minutes_to_calm,
    )
    with context.journal() as journal:
        event = journal.events.add(draft)
    print(
        _("Saved event {id} for {day}: {event}").format(
            id=event.id, day=short_date(event.day), event=texts.event_line(event)
        )
    )
    return 0


def run_agreement_add(context: Context, arguments: argparse.Namespace) -> int:
    draft = AgreementDraft(
        title=arguments.title,
        made=arguments.made or context.clock.today(),
        details=arguments.details,
        review=arguments.review,
    )
    arrangement = arrangement_draft(arguments, context.clock.today())
    with context.journal() as journal:
        if arrangement is None:
            agreement = journal.agreements.add(draft)
        else:
            agreement, made = journal.arrangements.make(draft, arrangement)
            print(arrangement_line(made, context.clock.today()))
    print(_("Saved agreement {id}: {title}").format(id=agreement.id, title=agreement.title))
    print(_("It is on your timeline for {day}.").format(day=short_date(agreement.made)))
    return 0


def run_agreement_list(context: Context, arguments: argparse.Namespace) -> int:
    today = context.clock.today()
    with context.journal() as journal:
        agreements = [(a, journal.agreements.history(a.id)) for a in journal.agreements.listed()]
        arranged = {a.agreement_id: a for a in journal.arrangements.listed()}
    if arguments.json:
        shown = [trust_json.agreement_json(a, history) for a, history in agreements]
        for one in shown:
            found = arranged.get(one["id"])
            one["arrangement"] = arrangement_json(found, today) if found else None
        return _print_json(shown)
    lines = []
    for agreement, _history in agreements:
        lines.append(texts.agreement_line(agreement))
        if agreement.id in arranged:
            lines.append("    " + arrangement_line(arranged[agreement.id], today))
    _print_lines(lines, _("No agreements yet."))
    return 0


def run_agreement_status(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        agreement = journal.agreements.set_status(arguments.id, arguments.status)
    print(
        _("Agreement {id} is now {status}: {title}").format(
            id=agreement.id, status=agreement.status, title=agreement.title
        )
    )
    return 0


def run_timeline(context: Context, arguments: argparse.Namespace) -> int:
    end: dt.date = arguments.date_to or context.clock.today()
    start: dt.date = arguments.date_from or _days_before(end, DEFAULT_TIMELINE_DAYS - 1)
    with context.journal() as journal:
        timeline = journal.timeline(start, end)
        # A day counter can hurt; like the app, say it only to someone who asked for it.
        show_days = journal.settings.show_days_since_discovery
        path, scores = journal.path.where(), journal.scores.between(start, end)
        summaries = journal.scores.summaries()
        arrangements = journal.arrangements.between(start, end)
    if arguments.json:
        shown = trust_json.timeline_json(timeline)
        # The path is the person's own (never a partner's); its whole history, since a
        # phase began before the period as often as in it.
        shown["path"] = path_json(path)
        shown["scores"] = scores_json(scores, summaries)
        # Transparency arrangements that run at some point in the period: the bands.
        today = context.clock.today()
        shown["arrangements"] = [arrangement_json(a, today) for a in arrangements]
        return _print_json(shown)
    _print_lines(texts.timeline_lines(timeline, show_days_since_discovery=show_days))
    return 0


def _days_before(day: dt.date, days: int) -> dt.date:
    """`days` before `day`, or the first calendar day when that is earlier."""
    return dt.date.min + max(day - dt.date.min - dt.timedelta(days=days), dt.timedelta(0))


def run_prompt(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        prompt = journal.prompts.of_the_day()
    if arguments.json:
        return _print_json(trust_json.prompt_json(prompt) if prompt else None)
    if prompt is None:
        print(_("There are no prompts for your role yet. You can always write freely."))
    else:
        print(content.prompt_text(prompt))
        print(_("(prompt {id}; it stays the same all day)").format(id=prompt.id))
    return 0


def run_prompts(context: Context, arguments: argparse.Namespace) -> int:
    themes = load_library().theme_ids
    if arguments.theme is not None and arguments.theme not in themes:
        # The themes come from the library, so they are checked here rather than by choices.
        arguments.parser.error(
            _("argument --theme: '{theme}' is not a theme; choose from {themes}").format(
                theme=arguments.theme, themes=", ".join(themes)
            )
        )
    with context.journal() as journal:
        said_role, said_phase = journal.prompts.chosen_filters()
        # Like the app's Prompts page: the role and stage set in settings, unless told.
        role, phase = (None, None) if arguments.all else (arguments.role or said_role, said_phase)
        prompts = journal.prompts.listed(theme=arguments.theme, role=role, phase=phase)
    if arguments.json:
        return _print_json([trust_json.prompt_json(p) for p in prompts])
    _print_lines((texts.prompt_line(p) for p in prompts), _("No prompts match."))
    followed_role = said_role if arguments.role is None else None
    if not arguments.all and (followed_role or said_phase):
        # On stderr, so `prompts | wc -l` still counts prompts.
        print(texts.prompts_followed(followed_role, said_phase), file=sys.stderr)
    return 0


def _print_json(value: Any) -> int:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _print_lines(lines: Iterable[str], when_empty: str = "") -> None:
    printed = False
    for line in lines:
        print(line)
        printed = True
    if not printed and when_empty:
        print(when_empty)
