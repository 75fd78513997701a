"""export: chosen entries and a summary for therapy, as PDF, Markdown, HTML, text or JSON."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from trustjournal.cli import texts
from trustjournal.cli.context import Context, date_argument
from trustjournal.cli.terminal.stdin import add_names
from trustjournal.cli.trust_arguments import id_argument
from trustjournal.core.exchange.export import (
    FORMATS,
    build_export,
    reads_files,
    rendered,
    save_export,
)
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.language.speaking import _


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help=_("export entries and a summary for therapy"))
    export.add_argument(
        "--format", required=True, choices=tuple(FORMATS), dest="fmt", help=_("the file's kind")
    )
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=_("where to write it")
    )
    export.add_argument(
        "--from", dest="date_from", type=date_argument, metavar="D", help=_("from this day on")
    )
    export.add_argument(
        "--to", dest="date_to", type=date_argument, metavar="D", help=_("up to this day")
    )
    export.add_argument(
        "--since-last-session", action="store_true", help=_("since the last therapy session")
    )
    add_names(export, "--tag", _("only entries with this tag"))
    add_names(export, "--emotion", _("only with this feeling"))
    export.add_argument(
        "--flagged-only", action="store_true", help=_("only entries flagged to discuss")
    )
    export.add_argument(
        "--include-private", action="store_true", help=_("private entries too (left out otherwise)")
    )
    export.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="WORD",
        help=_("a name to replace with [name]; - reads names from standard input, one a line"),
    )
    export.add_argument("--no-summary", action="store_true", help=_("leave out the summary"))
    export.add_argument("--chart", action="store_true", help=_("add the timeline chart"))
    export.add_argument(
        "--scores", action="store_true", help=_("add questionnaire totals to the summary")
    )
    export.add_argument(
        "--no-path", action="store_true", help=_("leave the recovery path out of the summary")
    )
    export.add_argument(
        "--letter",
        action="append",
        type=id_argument,
        metavar="ID",
        help=_("add this unsent letter (letters go in only when chosen, one by one)"),
    )
    export.add_argument(
        "--no-pictures", action="store_true", help=_("leave out every picture and file")
    )
    export.add_argument("--protect", action="store_true", help=_("PDF only: ask for a password"))
    export.add_argument(
        "--name-app", action="store_true", help=_("say in the file that TrustJournal made it")
    )
    export.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=_("the PDF's paper size")
    )
    export.set_defaults(run=run_export)


def _usage_error(message: str) -> int:
    print(_("trustjournal export: {message}").format(message=message), file=sys.stderr)
    return 2


def run_export(context: Context, arguments: argparse.Namespace) -> int:
    if arguments.protect and arguments.fmt != "pdf":
        return _usage_error(_("--protect works with --format pdf only"))
    if arguments.since_last_session and arguments.date_from is not None:
        return _usage_error(_("choose either --from or --since-last-session, not both"))
    if arguments.fmt == "pdf":
        use_offscreen_without_display()
    options = ExportOptions(
        date_from=arguments.date_from,
        date_to=arguments.date_to,
        since_last_session=arguments.since_last_session,
        filters=Filters(
            tags=tuple(arguments.tag),
            emotions=tuple(arguments.emotion),
            flagged_only=arguments.flagged_only,
            include_private=arguments.include_private,
        ),
        redact=tuple(arguments.redact),
        summary=not arguments.no_summary,
        chart=arguments.chart,
        scores=arguments.scores,
        letters=tuple(arguments.letter or ()),
        path=not arguments.no_path,
        name_app=arguments.name_app,
        pictures=not arguments.no_pictures,
    )
    path = Path(arguments.output).expanduser()
    with context.journal() as journal:
        password = context.secrets.ask_new(_("Password for the PDF")) if arguments.protect else None
        document = build_export(journal, options, read_files=reads_files(arguments.fmt))
        save_export(
            journal, path, *rendered(document, arguments.fmt, path, arguments.paper, password)
        )
    period = document.period
    count = len(document.entries)
    print(texts.exported(count, period.start, period.end, path))
    print(texts.PROTECTED if password is not None else texts.NOT_PROTECTED)
    return 0


def use_offscreen_without_display() -> None:
    """Painting a PDF needs no screen: without one, Qt draws offscreen."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
