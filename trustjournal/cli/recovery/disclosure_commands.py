"""disclosure and letter: the disclosure workspace and unsent letters from a terminal.

Private words (a question, what was told, a topic, a step, a note, a letter) are given
as `-` to read them from standard input, out of the shell's history. Nothing here is
said by a reminder or the lock screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias

from trustjournal.cli import texts
from trustjournal.cli.context import Context, date_argument
from trustjournal.cli.trust_arguments import id_argument
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.journal.disclosure import disclosure_json as shapes
from trustjournal.core.journal.disclosure import texts as disclosure_texts
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import FROM_PARTNER, LETTER_KINDS, MINE, QUESTION_STATES

if TYPE_CHECKING:
    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
    Actions: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def register(commands: Commands) -> None:
    disclosure = commands.add_parser(
        "disclosure", help=_("prepare a disclosure: questions, topics, days, what was told")
    )
    disclosure.set_defaults(run=run_show, json=False)
    parts = disclosure.add_subparsers(dest="disclosure_part", metavar="PART")
    show = parts.add_parser("show", help=_("the warning, and everything in the workspace"))
    _json_option(show)
    show.set_defaults(run=run_show)
    _register_questions(parts)
    _register_ledger(parts)
    _register_topics(parts)
    _register_days(parts)
    _register_checklist(parts)
    delete = parts.add_parser(
        "delete-preparation",
        help=_("delete the checklist, the topics typed in and the disclosure letter drafts"),
    )
    delete.set_defaults(run=run_delete_preparation)
    _register_letters(commands)


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print one JSON object instead"))


def _text_argument(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("text", metavar="TEXT", help=texts.FROM_STDIN.format(what=what))


def _register_questions(parts: Actions) -> None:
    questions = parts.add_parser("questions", help=_("questions parked for the disclosure"))
    actions = questions.add_subparsers(dest="question_action", metavar="ACTION")
    questions.set_defaults(run=run_questions_list, json=False)
    _json_option(actions.add_parser("list", help=_("every question and how far it is answered")))
    add = actions.add_parser("add", help=_("park a question"))
    _text_argument(add, _("the question"))
    add.set_defaults(run=run_question_add)
    mark = actions.add_parser("mark", help=_("open, partly answered or answered"))
    mark.add_argument("id", type=id_argument, metavar="ID", help=_("the question's number"))
    mark.add_argument("state", choices=QUESTION_STATES, help=_("how far it is answered"))
    mark.set_defaults(run=run_question_mark)
    remove = actions.add_parser("remove", help=_("remove a question"))
    remove.add_argument("id", type=id_argument, metavar="ID", help=_("the question's number"))
    remove.set_defaults(run=run_question_remove)


def _register_ledger(parts: Actions) -> None:
    ledger = parts.add_parser("ledger", help=_("what was told when, in a sentence or two"))
    actions = ledger.add_subparsers(dest="ledger_action", metavar="ACTION")
    ledger.set_defaults(run=run_ledger_list, json=False)
    _json_option(actions.add_parser("list", help=_("what was told when, oldest first")))
    add = actions.add_parser("add", help=_("note what was told, and when"))
    _text_argument(add, _("what was told, in a sentence or two"))
    add.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    add.add_argument(
        "--not-new", dest="new", action="store_false", help=_("it had been told before")
    )
    add.set_defaults(run=run_ledger_add)
    remove = actions.add_parser("remove", help=_("remove a line of the ledger"))
    remove.add_argument("id", type=id_argument, metavar="ID", help=_("the line's number"))
    remove.set_defaults(run=run_ledger_remove)


def _register_topics(parts: Actions) -> None:
    topics = parts.add_parser("topics", help=_("topics marked 'no details, please'"))
    actions = topics.add_subparsers(dest="topic_action", metavar="ACTION")
    topics.set_defaults(run=run_topics_list, json=False)
    _json_option(actions.add_parser("list", help=_("every topic, yours and those typed in")))
    add = actions.add_parser("add", help=_("mark a topic 'no details, please'"))
    _text_argument(add, _("the topic"))
    add.add_argument(
        "--from-partner",
        action="store_true",
        help=_("typed in from your partner's list (a preparation note)"),
    )
    add.set_defaults(run=run_topic_add)


def _register_days(parts: Actions) -> None:
    days = parts.add_parser("days", help=_("the disclosure's planned and held days"))
    actions = days.add_subparsers(dest="day_action", metavar="ACTION")
    days.set_defaults(run=run_days_list, json=False)
    _json_option(actions.add_parser("list", help=_("the days planned and held")))
    plan = actions.add_parser("plan", help=_("plan a disclosure for a day"))
    plan.add_argument("planned", type=date_argument, metavar="D", help=_("the day planned"))
    plan.set_defaults(run=run_day_plan)
    held = actions.add_parser("held", help=_("the day it was held, and a private note after"))
    held.add_argument("id", type=id_argument, metavar="ID", help=_("the number of the plan"))
    held.add_argument("--date", type=date_argument, metavar="D", help=_("the day (today)"))
    held.add_argument(
        "--note", default="", metavar="TEXT", help=texts.FROM_STDIN.format(what=_("how it landed"))
    )
    held.set_defaults(run=run_day_held)


def _register_checklist(parts: Actions) -> None:
    checklist = parts.add_parser("checklist", help=_("preparing, for the involved partner"))
    actions = checklist.add_subparsers(dest="step_action", metavar="ACTION")
    checklist.set_defaults(run=run_checklist_list, json=False)
    _json_option(actions.add_parser("list", help=_("every step, done or not")))
    add = actions.add_parser("add", help=_("add a step (facts only)"))
    _text_argument(add, _("the step"))
    add.set_defaults(run=run_step_add)
    tick = actions.add_parser("tick", help=_("mark a step done"))
    tick.add_argument("id", type=id_argument, metavar="ID", help=_("the step's number"))
    tick.add_argument("--undone", dest="done", action="store_false", help=_("not done after all"))
    tick.set_defaults(run=run_step_tick)


def _register_letters(commands: Commands) -> None:
    letter = commands.add_parser("letter", help=_("unsent letters, kept as drafts"))
    actions = letter.add_subparsers(dest="letter_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("write an unsent letter"))
    add.add_argument("kind", choices=LETTER_KINDS, help=_("the kind of letter"))
    add.add_argument(
        "--title", default="", metavar="T", help=texts.FROM_STDIN.format(what=_("its title"))
    )
    _text_argument(add, _("the letter"))
    add.set_defaults(run=run_letter_add)
    listing = actions.add_parser("list", help=_("every letter, by its number"))
    _json_option(listing)
    listing.set_defaults(run=run_letter_list)


# -- running them ------------------------------------------------------------------------


def run_show(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        shown = workspace_json(journal)
    if arguments.json:
        return _print_json(shown)
    print(disclosure_texts.WARNING)
    for title, lines in (
        (_("Questions:"), _question_lines(shown["questions"])),
        (_("No details, please:"), _topic_lines(shown["topics"])),
        (_("Days:"), _day_lines(shown["days"])),
        (_("What was told when:"), _ledger_lines(shown["ledger"])),
        (_("Preparing:"), _step_lines(shown["checklist"])),
    ):
        print()
        print(title)
        _print_lines(lines, _("Nothing yet."))
    return 0


def workspace_json(journal: Journal) -> dict[str, Any]:
    work = journal.disclosure
    return {
        "questions": [shapes.question_json(q) for q in work.questions()],
        "topics": [shapes.topic_json(t) for t in work.topics()],
        "days": [shapes.meeting_json(m) for m in work.meetings()],
        "ledger": [shapes.ledger_json(line) for line in work.ledger()],
        "checklist": [shapes.checklist_json(s) for s in work.checklist()],
    }


def _listed(
    context: Context,
    arguments: argparse.Namespace,
    key: str,
    lines: Callable[[list[dict[str, Any]]], Iterable[str]],
) -> int:
    with context.journal() as journal:
        shown = workspace_json(journal)[key]
    if arguments.json:
        return _print_json(shown)
    _print_lines(lines(shown), _("Nothing yet."))
    return 0


def run_questions_list(context: Context, arguments: argparse.Namespace) -> int:
    return _listed(context, arguments, "questions", _question_lines)


def run_ledger_list(context: Context, arguments: argparse.Namespace) -> int:
    return _listed(context, arguments, "ledger", _ledger_lines)


def run_topics_list(context: Context, arguments: argparse.Namespace) -> int:
    return _listed(context, arguments, "topics", _topic_lines)


def run_days_list(context: Context, arguments: argparse.Namespace) -> int:
    return _listed(context, arguments, "days", _day_lines)


def run_checklist_list(context: Context, arguments: argparse.Namespace) -> int:
    return _listed(context, arguments, "checklist", _step_lines)


def run_question_add(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        question = journal.disclosure.ask(arguments.text)
    print(_("Parked question {id}.").format(id=question.id))
    return 0


def run_question_mark(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        question = journal.disclosure.mark(arguments.id, arguments.state)
    state = shapes.question_state_name(question.state)
    print(_("Question {id}: {state}.").format(id=question.id, state=state))
    return 0


def run_question_remove(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        journal.disclosure.remove_question(arguments.id)
    print(_("Removed question {id}.").format(id=arguments.id))
    return 0


def run_ledger_add(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        line = journal.disclosure.tell(arguments.text, arguments.date, arguments.new)
    print(_("Noted line {id} for {day}.").format(id=line.id, day=short_date(line.day)))
    return 0


def run_ledger_remove(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        journal.disclosure.remove_ledger_line(arguments.id)
    print(_("Removed line {id}.").format(id=arguments.id))
    return 0


def run_topic_add(context: Context, arguments: argparse.Namespace) -> int:
    source = FROM_PARTNER if arguments.from_partner else MINE
    with context.journal() as journal:
        topic = journal.disclosure.add_topic(arguments.text, source)
    print(_("Noted topic {id}: no details, please.").format(id=topic.id))
    return 0


def run_day_plan(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        meeting = journal.disclosure.plan(arguments.planned)
    print(
        _("Planned for {day} (number {id}).").format(
            day=short_date(arguments.planned), id=meeting.id
        )
    )
    return 0


def run_day_held(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        planned = next((m for m in journal.disclosure.meetings() if m.id == arguments.id), None)
        held = arguments.date or context.clock.today()
        journal.disclosure.update_meeting(
            arguments.id, planned.planned if planned else None, held, arguments.note
        )
    print(_("Held on {day}.").format(day=short_date(held)))
    return 0


def run_step_add(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        step = journal.disclosure.add_step(arguments.text)
    print(_("Added step {id}.").format(id=step.id))
    return 0


def run_step_tick(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        step = journal.disclosure.tick(arguments.id, arguments.done)
    done = _("done") if step.done else _("not done")
    print(_("Step {id}: {done}.").format(id=step.id, done=done))
    return 0


def run_delete_preparation(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        cleared = journal.disclosure.delete_preparation()
    if not cleared.total:
        print(disclosure_texts.NOTHING_TO_DELETE)
        return 0
    print(disclosure_texts.notes_deleted(cleared.total))
    print(disclosure_texts.EARLIER_BACKUPS_KEEP)
    return 0


def run_letter_add(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        letter = journal.letters.write(arguments.kind, arguments.title, arguments.text)
    kind = shapes.letter_kind_name(letter.kind)
    print(
        _("Kept letter {id} ({kind}); it goes in no export unless you choose it.").format(
            id=letter.id, kind=kind
        )
    )
    return 0


def run_letter_list(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        letters = journal.letters.listed()
    if arguments.json:
        return _print_json([shapes.letter_json(letter) for letter in letters])
    _print_lines(
        (
            f"#{letter.id}  {short_date(letter.updated_at.astimezone().date())}  "
            f"{shapes.letter_kind_name(letter.kind)}  {letter.title}"
            for letter in letters
        ),
        _("No letters yet."),
    )
    return 0


# -- lines -------------------------------------------------------------------------------


def _question_lines(shown: list[dict[str, Any]]) -> Iterable[str]:
    for q in shown:
        yield f"#{q['id']}  [{shapes.question_state_name(q['state'])}]  {q['text']}"


def _topic_lines(shown: list[dict[str, Any]]) -> Iterable[str]:
    for t in shown:
        whose = _("from your partner's list") if t["source"] == FROM_PARTNER else ""
        yield f"#{t['id']}  {t['text']}  {whose}".rstrip()


def _day_lines(shown: list[dict[str, Any]]) -> Iterable[str]:
    for m in shown:
        planned = _("planned {day}").format(day=_iso_day(m["planned"])) if m["planned"] else ""
        held = _("held {day}").format(day=_iso_day(m["held"])) if m["held"] else ""
        yield f"#{m['id']}  {planned}  {held}".rstrip()
        if m["note"]:
            yield f"      {m['note']}"


def _ledger_lines(shown: list[dict[str, Any]]) -> Iterable[str]:
    for line in shown:
        new = _("new") if line["new"] else _("told before")
        yield f"#{line['id']}  {_iso_day(line['date'])}  ({new})  {line['told']}"


def _iso_day(stored: str) -> str:
    """A day the workspace's JSON shape holds as ISO, as a person reads it."""
    return short_date(dt.date.fromisoformat(stored))


def _step_lines(shown: list[dict[str, Any]]) -> Iterable[str]:
    for step in shown:
        yield f"#{step['id']}  [{'x' if step['done'] else ' '}]  {step['text']}"


def _print_lines(lines: Iterable[str], when_empty: str) -> None:
    printed = False
    for line in lines:
        print(line)
        printed = True
    if not printed:
        print(when_empty)


def _print_json(value: Any) -> int:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0
