"""add and list: writing and reading entries from a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from trustjournal.cli import texts
from trustjournal.cli.context import Context, date_argument
from trustjournal.cli.terminal.stdin import add_names, read_stdin
from trustjournal.core.exchange.redaction import without_markers
from trustjournal.core.exchange.texts.dates import short_date
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import (
    Entry,
    EntryDraft,
    EntryFilter,
    mood_word,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = commands.add_parser("add", help=_("add an entry"))
    add.add_argument(
        "--title", default="", metavar="T", help=texts.FROM_STDIN.format(what=_("its title"))
    )
    add.add_argument(
        "--mood",
        type=int,
        choices=range(1, 6),
        metavar="1-5",
        help=_("how you feel, from 1 (very low) to 5 (very good)"),
    )
    add_names(add, "--emotion", _("a feeling from the list"))
    add_names(add, "--tag", _("a tag of yours"))
    add_names(add, "--activity", _("something you did"))
    add.add_argument(
        "--date", type=date_argument, metavar="YYYY-MM-DD", help=_("the day it is about (today)")
    )
    add.add_argument("--private", action="store_true", help=_("keep it out of every export"))
    add.add_argument("--discuss", action="store_true", help=_("flag it to discuss in therapy"))
    add.add_argument(
        "text",
        nargs="?",
        metavar="TEXT",
        help=_(
            "the entry; left out or - reads it from standard input, out of your shell's history"
        ),
    )
    add.set_defaults(run=run_add)

    listing = commands.add_parser("list", help=_("list entries, newest first"))
    listing.add_argument(
        "--from", dest="date_from", type=date_argument, metavar="DATE", help=_("from this day on")
    )
    listing.add_argument(
        "--to", dest="date_to", type=date_argument, metavar="DATE", help=_("up to this day")
    )
    add_names(listing, "--tag", _("only entries with this tag"))
    add_names(listing, "--emotion", _("only with this feeling"))
    listing.add_argument(
        "--search",
        default="",
        metavar="QUERY",
        help=texts.FROM_STDIN.format(what=_("only entries with these words")),
    )
    listing.add_argument(
        "-n", "--limit", type=_count_argument, metavar="N", help=_("only the newest N entries")
    )
    listing.add_argument("--json", action="store_true", help=_("print a JSON array instead"))
    listing.set_defaults(run=run_list)


def run_add(context: Context, arguments: argparse.Namespace) -> int:
    # The body is read before the passphrase, so a pipe is never mistaken for secrets.
    body = arguments.text if arguments.text is not None else read_stdin()
    with context.journal() as journal:
        entry = journal.add_entry(
            EntryDraft(
                day=arguments.date or context.clock.today(),
                title=arguments.title,
                body=body,
                mood=arguments.mood,
                emotions=tuple(arguments.emotion),
                tags=tuple(arguments.tag),
                activities=tuple(arguments.activity),
                private=arguments.private,
                discuss=arguments.discuss,
            )
        )
    print(_("Saved entry {id} for {day}.").format(id=entry.id, day=short_date(entry.day)))
    return 0


def run_list(context: Context, arguments: argparse.Namespace) -> int:
    where = EntryFilter(
        date_from=arguments.date_from,
        date_to=arguments.date_to,
        tags=tuple(arguments.tag),
        emotions=tuple(arguments.emotion),
        search=arguments.search,
    )
    with context.journal() as journal:
        ids = journal.entry_ids(where)[: arguments.limit]
        entries = [e for page in _pages(ids) for e in journal.entries_by_id(page)]
        attached = journal.attachments.of_entries(ids) if arguments.json else {}
    if arguments.json:
        listed = [
            entry_json(e) | {"attachments": [a.fields() for a in attached.get(e.id, [])]}
            for e in entries
        ]
        json.dump(listed, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for entry in entries:
            print(entry_line(entry))
        if not entries:
            print(_("No entries match."))
    return 0


def _count_argument(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(texts.NOT_A_COUNT.format(text=text))
    return int(text)


def _pages(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "date": entry.day.isoformat(),
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "emotions": list(entry.emotions),
        "tags": list(entry.tags),
        "activities": list(entry.activities),
        "private": entry.private,
        "discuss": entry.discuss,
        "prompt_id": entry.prompt_id,
        "created": entry.created_at.isoformat(),
        "updated": entry.updated_at.isoformat(),
    }


def entry_line(entry: Entry) -> str:
    mood = (
        _("mood {mood} ({word})").format(mood=entry.mood, word=mood_word(entry.mood))
        if entry.mood
        else _("no mood")
    )
    headline = without_markers(entry.headline)  # withhold markers are for exports
    parts = [f"#{entry.id}", short_date(entry.day), mood, headline or _("(untitled)")]
    if entry.emotions:
        parts.append(
            _("feeling {emotions}").format(emotions=", ".join(content.emotions(entry.emotions)))
        )
    if entry.tags:
        parts.append(" ".join(f"[{tag}]" for tag in entry.tags))
    if entry.private:
        parts.append(_("(private)"))
    return "  ".join(parts)
