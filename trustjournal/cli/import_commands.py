"""import: bring entries from jrnl, Day One, Daylio, Markdown files or our own export."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from trustjournal.cli import texts
from trustjournal.cli.context import Context, date_argument
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import FORMATS
from trustjournal.core.exchange.importers.model import STARRED_TAG, ImportOptions
from trustjournal.core.exchange.importing import Import, ImportSummary, resolve_format
from trustjournal.core.exchange.texts.importing import done_lines, not_imported, summary_lines
from trustjournal.core.language.speaking import _

FORMAT_CHOICES = (*FORMATS, "auto")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import",
        help=_("bring entries from jrnl, Day One, Daylio, Markdown files or a TrustJournal export"),
        description=_(
            "Imports all of the source in one step and says what it held, or "
            "nothing if any entry cannot be read (each one is listed, with its line or number; "
            "empty entries are skipped). Importing the same file again adds nothing."
        ),
    )
    command.add_argument(
        "format", choices=FORMAT_CHOICES, metavar="FORMAT", help=" | ".join(FORMAT_CHOICES)
    )
    command.add_argument(
        "path", metavar="PATH", help=_("the exported file or folder (left as it is)")
    )
    command.add_argument(
        "--dry-run", action="store_true", help=_("read everything and report, write nothing")
    )
    command.add_argument(
        "--starred-tag",
        default=STARRED_TAG,
        metavar="NAME",
        help=_("the tag starred jrnl and Day One entries get (default: {tag})").format(
            tag=STARRED_TAG
        ),
    )
    command.add_argument(
        "--mood",
        action="append",
        default=[],
        type=_mood_pair,
        metavar="NAME=1-5",
        help=_("what one of your own Daylio mood names means, from 1 (awful) to 5 (rad)"),
    )
    command.add_argument(
        "--undated-date",
        type=date_argument,
        metavar="YYYY-MM-DD",
        help=_("the day for Markdown files with no date in their front matter or name"),
    )
    command.set_defaults(run=run_import)


def _mood_pair(text: str) -> tuple[str, int]:
    name, _equals, number = text.rpartition("=")
    if not name.strip() or number.strip() not in {"1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError(texts.NOT_A_MOOD_PAIR.format(text=text))
    return name.strip(), int(number)


def run_import(context: Context, arguments: argparse.Namespace) -> int:
    options = ImportOptions(
        starred_tag=arguments.starred_tag,
        moods=dict(arguments.mood),
        undated_day=arguments.undated_date,
    )
    # A missing file or an unknown shape is said before the passphrase is asked for.
    found = resolve_format(arguments.format, arguments.path)
    if arguments.format == "auto":
        print(_("Format found: {kind}.").format(kind=found.label))
    with context.journal() as journal:
        importing = Import(journal, found.name, arguments.path, options)
        progress = _TerminalProgress(sys.stderr)
        if arguments.dry_run:
            _say_summary(_previewed(importing, progress))
            print(_("Nothing was written (--dry-run)."))
            return 0
        written = _written(importing, progress)
    if written.new == 0:
        print(_("Nothing new to import; your journal already has all of it."))
        return 0
    print("\n".join(done_lines(written, arguments.path)))
    return 0


def _written(importing: Import, progress: _TerminalProgress) -> ImportSummary:
    """Read and write in one pass (no confirmation is asked here, so the summary the app
    shows first would only read the whole source once more); all or nothing as ever.

    When an entry cannot be read, nothing was written, and the source is read through
    once more to list every such entry, as the dry run does.
    """
    try:
        written = importing.run(progress=progress.writing)
    except InvalidInput as stopped:
        progress.clear()
        # The source's own faults raise again here; unreadable entries are listed and
        # end in the one sentence that says so.
        _say_summary(_previewed(importing, progress))
        raise stopped from None  # read well the second time: the source changed meanwhile
    progress.clear()
    _say_summary(written)
    return written


def _previewed(importing: Import, progress: _TerminalProgress) -> ImportSummary:
    summary = importing.preview(progress=progress.reading)
    progress.clear()
    return summary


def _say_summary(summary: ImportSummary) -> None:
    """What the source held; InvalidInput after it when entries could not be read."""
    print("\n".join(summary_lines(summary)))
    if summary.assumed_moods:
        first = next(iter(summary.assumed_moods))
        print(
            _('  If a guess is wrong, say what it means: --mood "{name}=1" (1 to 5).').format(
                name=first
            )
        )
    if not summary.can_import:
        raise InvalidInput(not_imported(summary))


class _TerminalProgress:
    """One rewritten line on a terminal; nothing at all when output goes to a file or pipe."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = stream.isatty()

    def reading(self, done: int, _total: int | None) -> None:
        self._show(texts.entries_read(done))

    def writing(self, done: int, total: int | None) -> None:
        self._show(texts.entries_imported(done, total))

    def _show(self, text: str) -> None:
        if self._shown:
            self._stream.write(f"\r{text}\x1b[K")
            self._stream.flush()

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
