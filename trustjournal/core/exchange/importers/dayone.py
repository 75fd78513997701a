"""Day One's JSON export: the .zip it makes, the unpacked folder, or one journal's .json.

Each journal is a `<Name>.json` with `{"metadata": {"version": "1.0"}, "entries": [...]}`;
an entry has `creationDate` (UTC, "2017-06-28T15:38:37Z"), `timeZone` ("Asia/Taipei"),
`text` (Markdown with Day One's backslash escapes; often a "# Title" first line),
`tags`, `starred`, `uuid`, and `photos`/`audios`/`videos`/`pdfAttachments` whose files
sit beside it and are linked from the text as `![](dayone-moment://ID)`. Shapes taken
from public Day One exports and converters (dayone-to-obsidian, dayone_export).
The zip is read in memory, member by member; nothing is unpacked to disk.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from trustjournal.core.exchange.importers import json_fields, model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem
from trustjournal.core.exchange.texts import sources

MEDIA_FIELDS = ("photos", "audios", "videos", "pdfAttachments")
_MOMENT = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TITLE_MAX = 120


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    number = 0
    for name, document in _journals(source):
        for item in json_fields.entries_of(document, name):
            number += 1
            yield model.one_entry(_entry, item, number, options)


def _journals(source: Path) -> Iterator[tuple[str, Any]]:
    """(name, parsed JSON) for each journal in the export, in name order."""
    what = f"the Day One export {source.name}"
    if source.is_dir():
        files = [p for p in reading.folder_files(source, (".json",), what) if p.parent == source]
        if not files:
            raise model.unreadable(what, sources.NO_JOURNAL_JSON)
        for path in files:
            yield path.name, json_fields.load(reading.read_file(path, path.name), path.name)
    elif source.suffix.lower() == ".json":
        yield source.name, json_fields.load(reading.read_file(source, what), what)
    else:
        yield from _zipped(source, what)


def _zipped(source: Path, what: str) -> Iterator[tuple[str, Any]]:
    with reading.open_zip(source, what) as archive:
        budget = reading.ZipBudget(what)
        members = sorted(
            (i for i in archive.infolist() if _is_journal(i.filename)), key=lambda i: i.filename
        )
        if not members:
            raise model.unreadable(what, sources.NO_JOURNAL_JSON_IN_ZIP)
        for info in members:
            yield info.filename, json_fields.load(budget.read(archive, info), info.filename)


def _is_journal(name: str) -> bool:
    return (
        name.lower().endswith(".json") and "/" not in name.strip("/") and not name.startswith(".")
    )


def _entry(found: object, number: int, options: ImportOptions) -> ImportedEntry:
    where = f"entry {number}"
    item = json_fields.record(found, where)
    day = _local_day(item, where)
    media = sum(len(v) for f in MEDIA_FIELDS if isinstance(v := item.get(f), list))
    title, body = split_title(_plain(json_fields.text(item, "text", where)))
    if media:
        body = (body + "\n\n" if body else "") + sources.media_left_behind(media)
    tags = list(json_fields.words(item, "tags", where))
    if json_fields.flag(item, "starred", where):
        tags.append(options.starred_tag)
    uuid = json_fields.text(item, "uuid", where)
    return model.entry(
        where, day, title, body, tags=tuple(tags), key=f"uuid:{uuid}" if uuid else None, media=media
    )


def _local_day(item: dict[str, Any], where: str) -> dt.date:
    """The day the entry was written, in the time zone it was written in."""
    stamp = json_fields.text(item, "creationDate", where, None)
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        raise model.unreadable(where, sources.NO_SUCH_CREATION_DATE, found=stamp) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        zone: dt.tzinfo = zoneinfo.ZoneInfo(json_fields.text(item, "timeZone", where) or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC  # an unknown zone name: the UTC day is the closest honest answer
    try:
        return model.checked_day(where, moment.astimezone(zone).date())
    except OverflowError:
        raise model.unreadable(where, sources.CREATION_DATE_OUT_OF_RANGE, found=stamp) from None


def _plain(text: str) -> str:
    """The text without media links and Day One's Markdown escapes."""
    text = _ESCAPE.sub(r"\1", _MOMENT.sub("", text))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def split_title(text: str) -> tuple[str, str]:
    """A "# heading" first line is the title; so is a short first line with more below."""
    first, _, rest = text.partition("\n")
    if first.startswith("#"):
        return first.lstrip("#").strip(), rest.strip()
    if rest.strip() and 0 < len(first.strip()) <= _TITLE_MAX:
        return first.strip(), rest.strip()
    return "", text
