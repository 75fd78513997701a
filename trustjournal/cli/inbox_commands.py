"""capture and inbox: a note sealed with no passphrase, and its review after unlock."""

from __future__ import annotations

import argparse
import sys

from trustjournal.cli.context import Context
from trustjournal.cli.terminal.stdin import add_names
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.texts.dates import day_and_time
from trustjournal.core.language.speaking import _
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.inbox.inbox import WaitingNote
from trustjournal.core.vault.inbox.sealing import Note


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    capture = commands.add_parser("capture", help=_("seal a note without opening the journal"))
    capture.add_argument(
        "--mood",
        type=int,
        choices=range(1, 6),
        metavar="1-5",
        help=_("how you feel, from 1 (very low) to 5 (very good)"),
    )
    add_names(capture, "--tag", _("a tag of yours"))
    capture.add_argument(
        "text",
        nargs="?",
        metavar="TEXT",
        help=_("the note; left out or - reads it from standard input, out of your shell's history"),
    )
    capture.set_defaults(run=run_capture)

    review = commands.add_parser("inbox", help=_("review the notes written while locked"))
    review.add_argument(
        "action", nargs="?", choices=("keep", "discard"), help=inbox_texts.INBOX_ACTION_HELP
    )
    review.add_argument("ids", nargs="*", metavar="ID", help=inbox_texts.INBOX_IDS_HELP)
    review.add_argument("--all", action="store_true", help=_("every waiting note"))
    review.set_defaults(run=run_inbox)


def run_capture(context: Context, arguments: argparse.Namespace) -> int:
    """No passphrase, no key derivation, no lock: only the public key beside the journal."""
    note = Note(
        text=arguments.text,
        written_at=inbox.moment_now(),
        mood=arguments.mood,
        tags=tuple(arguments.tag),
    )
    inbox.capture(context.data_dir, note)
    print(inbox_texts.SEALED)
    return 0


def run_inbox(context: Context, arguments: argparse.Namespace) -> int:
    if arguments.action is None and (arguments.ids or arguments.all):
        raise InvalidInput(inbox_texts.IDS_ONLY_WITH_ACTION)
    if arguments.action is not None and not (arguments.ids or arguments.all):
        raise InvalidInput(inbox_texts.NOTE_IDS_OR_ALL)
    # Imported here: `capture` above must not pay for the journal's domain.
    from trustjournal.core.journal.sealed_notes import SealedNotes

    with context.journal(remind_of_notes=False) as journal:
        review = SealedNotes(journal)
        intake = review.open()
        for aside in intake.set_aside:
            print(aside.sentence, file=sys.stderr)
        if arguments.action is None:
            _list(intake.notes)
            return 0
        chosen = list(intake.notes) if arguments.all else _chosen(intake.notes, arguments.ids)
        if arguments.action == "keep":
            review.keep(chosen)
            print(inbox_texts.notes_kept(len(chosen)))
        else:
            review.discard(chosen)
            print(inbox_texts.notes_discarded(len(chosen)))
        print(inbox_texts.REMOVAL_LIMIT)
    return 0


def _list(notes: tuple[WaitingNote, ...]) -> None:
    if not notes:
        print(inbox_texts.NO_NOTES_WAIT)
        return
    print(inbox_texts.WRITTEN_WHILE_LOCKED)
    for waiting in notes:
        moment = day_and_time(waiting.note.written_at.astimezone())
        print(f"  {waiting.id}  {moment}  {waiting.note.first_line}")
    print(inbox_texts.INBOX_HOW)


def _chosen(notes: tuple[WaitingNote, ...], ids: list[str]) -> list[WaitingNote]:
    """The notes named by their ids (a longer or shorter unique start of the name works)."""
    chosen: list[WaitingNote] = []
    for wanted in ids:
        matches = [n for n in notes if wanted and n.path.name.startswith(wanted.lower())]
        if len(matches) != 1:
            raise InvalidInput(inbox_texts.NO_SUCH_NOTE.format(id=wanted))
        if matches[0] not in chosen:
            chosen.append(matches[0])
    return chosen
