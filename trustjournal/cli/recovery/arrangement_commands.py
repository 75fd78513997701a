"""Transparency arrangements through the agreement commands: `agreement add
--arrangement KIND` with its start, end and yeses, and `agreement pause|resume|end|yes|
review ID`. Added to the agreement command by trust_commands (it names no command of
its own)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from trustjournal.cli.context import Context, date_argument
from trustjournal.cli.trust_arguments import id_argument
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.journal.disclosure import texts as disclosure_texts
from trustjournal.core.journal.disclosure.disclosure_json import (
    arrangement_name,
    arrangement_state_words,
)
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import ARRANGEMENT_KINDS, Arrangement, ArrangementDraft

if TYPE_CHECKING:
    from typing import TypeAlias

    Actions: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_arrangement_options(add: argparse.ArgumentParser) -> None:
    """`agreement add` options that make the agreement a transparency arrangement."""
    group = add.add_argument_group(
        _("a transparency arrangement"), disclosure_texts.ABOUT_ARRANGEMENTS
    )
    group.add_argument("--arrangement", choices=ARRANGEMENT_KINDS, help=_("what it opens up"))
    group.add_argument(
        "--starts", type=date_argument, metavar="D", help=_("the day it starts (today)")
    )
    group.add_argument("--ends", type=date_argument, metavar="D", help=_("the day it ends"))
    group.add_argument("--days", type=int, metavar="N", help=_("or how many days it runs"))
    group.add_argument("--my-yes", action="store_true", help=_("you say yes to it"))
    group.add_argument("--partner-yes", action="store_true", help=_("your partner said yes to it"))


def arrangement_draft(arguments: argparse.Namespace, today: dt.date) -> ArrangementDraft | None:
    if not arguments.arrangement:
        return None
    return ArrangementDraft(
        kind=arguments.arrangement,
        starts=arguments.starts or today,
        ends=arguments.ends,
        days=arguments.days,
        my_yes=arguments.my_yes,
        partner_yes=arguments.partner_yes,
    )


def register_arrangement_actions(actions: Actions) -> None:
    for name, helped in (
        ("pause", _("pause a transparency arrangement")),
        ("resume", _("go on with a paused arrangement")),
        ("end", _("end a transparency arrangement today")),
    ):
        action = actions.add_parser(name, help=helped)
        action.add_argument("id", type=id_argument, metavar="ID", help=_("the agreement's number"))
        action.set_defaults(run=run_arrangement_step, step=name)
    yes = actions.add_parser("yes", help=_("record a yes to an arrangement, or take it back"))
    yes.add_argument("id", type=id_argument, metavar="ID", help=_("the agreement's number"))
    yes.add_argument("whose", choices=("mine", "partner"), help=_("mine|partner"))
    yes.add_argument("--no", dest="yes", action="store_false", help=_("take the yes back"))
    yes.set_defaults(run=run_arrangement_yes)
    review = actions.add_parser("review", help=disclosure_texts.REVIEW_QUESTION)
    review.add_argument("id", type=id_argument, metavar="ID", help=_("the agreement's number"))
    review.add_argument("answer", choices=("keep", "end"), help=_("keep|end"))
    review.add_argument("--next", type=date_argument, metavar="D", help=_("when to ask again"))
    review.set_defaults(run=run_arrangement_review)


def run_arrangement_step(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        step = {
            "pause": journal.arrangements.pause,
            "resume": journal.arrangements.resume,
            "end": journal.arrangements.end,
        }[arguments.step]
        print(arrangement_line(step(arguments.id), context.clock.today()))
    return 0


def run_arrangement_yes(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        arrangement = journal.arrangements.say_yes(arguments.id, arguments.whose, arguments.yes)
    print(arrangement_line(arrangement, context.clock.today()))
    return 0


def run_arrangement_review(context: Context, arguments: argparse.Namespace) -> int:
    keep = arguments.answer == "keep"
    with context.journal() as journal:
        arrangement = journal.arrangements.review(arguments.id, keep, arguments.next)
    print(arrangement_line(arrangement, context.clock.today()))
    return 0


def arrangement_line(arrangement: Arrangement, today: dt.date) -> str:
    """The arrangement's number, its kind and where it stands, on one line."""
    return _("#{id}  {name}: {state}").format(
        id=arrangement.agreement_id,
        name=arrangement_name(arrangement.kind),
        state=arrangement_state_words(arrangement, today, short_date),
    )
