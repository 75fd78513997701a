"""attach and attachments: pictures and files on entries, from a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trustjournal.cli import texts
from trustjournal.cli.context import Context
from trustjournal.core.errors import InvalidInput, TrustJournalError
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.journal.attachments.keeping import prepared_file
from trustjournal.core.language.numbers import Number
from trustjournal.core.language.speaking import _
from trustjournal.core.records.attachments import Attachment, Intake


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    attach = commands.add_parser(
        "attach", help=_("attach pictures or files to an entry, cleaned of their location")
    )
    attach.add_argument("entry", type=int, metavar="ENTRY", help=_("the entry's number"))
    attach.add_argument("files", nargs="+", type=Path, metavar="FILE", help=_("a file to attach"))
    attach.add_argument(
        "--caption", default="", metavar="TEXT", help=_("a caption for each, searched like text")
    )
    attach.set_defaults(run=run_attach)

    listing = commands.add_parser("attachments", help=_("list an entry's attachments"))
    listing.add_argument("entry", type=int, metavar="ENTRY", help=_("the entry's number"))
    listing.add_argument(
        "--save-to", type=Path, metavar="DIR", help=_("save each into this folder too")
    )
    listing.add_argument("--json", action="store_true", help=_("print a JSON array instead"))
    listing.set_defaults(run=run_attachments)


def run_attach(context: Context, arguments: argparse.Namespace) -> int:
    with context.journal() as journal:
        journal.entry(arguments.entry)  # a wrong number is said before any file is read
        intakes = _prepared_or_said(arguments.files)
        if intakes is None:
            return 1
        for intake in intakes:
            attachment = journal.attachments.keep(arguments.entry, intake)
            if arguments.caption.strip():
                attachment = journal.attachments.set_caption(attachment.id, arguments.caption)
            print(_attached_line(attachment, intake))
    return 0


def _prepared_or_said(files: list[Path]) -> list[Intake] | None:
    """Every file read and cleaned, or None after saying, file by file, which could not
    be: then nothing is attached, so running the command again is always safe."""
    intakes: list[Intake] = []
    refused = False
    for path in files:
        try:
            intakes.append(prepared_file(path))
        except InvalidInput as error:
            print(str(error), file=sys.stderr)
            refused = True
    return None if refused else intakes


def _attached_line(attachment: Attachment, intake: Intake) -> str:
    line = _("Attached \u201c{name}\u201d to entry {entry} as attachment {id}.").format(
        name=attachment.name, entry=attachment.entry_id, id=attachment.id
    )
    if not intake.cleaned:
        line += " " + texts.AUTHOR_NOT_REMOVED.format(name=attachment.name)
    if attachment.taken is not None:
        line += " " + _("It was taken on {day}.").format(day=short_date(attachment.taken))
    return line


def run_attachments(context: Context, arguments: argparse.Namespace) -> int:
    folder: Path | None = arguments.save_to
    if folder is not None and not folder.is_dir():
        raise TrustJournalError(texts.NO_SUCH_FOLDER.format(path=folder))
    with context.journal() as journal:
        journal.entry(arguments.entry)
        attachments = journal.attachments.of_entry(arguments.entry)
        saved = [journal.attachments.save_to(a.id, folder) for a in attachments] if folder else []
    if arguments.json:
        json.dump([a.fields() for a in attachments], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for attachment in attachments:
        print(attachment_line(attachment))
    for path in saved:
        print(_("Saved {path}").format(path=path))
    if not attachments:
        print(_("This entry has no attachments."))
    return 0


def attachment_line(attachment: Attachment) -> str:
    kilobytes = max(1, round(attachment.size / 1000))
    line = _("#{id}  {name}  {type}  {kilobytes:,} kB").format(
        id=attachment.id,
        name=attachment.name,
        type=attachment.media_type,
        kilobytes=Number(kilobytes),
    )
    return f"{line}  {attachment.caption}" if attachment.caption else line
