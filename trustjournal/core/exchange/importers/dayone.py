"""Day One's JSON export: the .zip it makes, the unpacked folder, or one journal's .json.

Each journal is a `<Name>.json` with `{"metadata": {"version": "1.0"}, "entries": [...]}`;
an entry has `creationDate` (UTC, "2017-06-28T15:38:37Z"), `timeZone` ("Asia/Taipei"),
`text` (Markdown with Day One's backslash escapes; often a "# Title" first line),
`tags`, `starred`, `uuid`, and `photos`/`audios`/`videos`/`pdfAttachments` whose files
sit beside it, named by their md5 (`photos/<md5>.jpeg`, `pdfs/<md5>.pdf`), and are linked
from the text as `![](dayone-moment://ID)`. Shapes taken from public Day One exports and
converters (dayone-to-obsidian, dayone_export).
The zip is read in memory, member by member; nothing is unpacked to disk. Pictures and
files come along as attachments, read one at a time while their entry is written; the
links in the text are taken out (the pictures show under the text, and a link would be
Day One's own address, which means nothing here).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trustjournal.core.exchange.importers import json_fields, media, model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Medium, Problem
from trustjournal.core.exchange.texts import sources

# Each kind of file the entry's JSON lists, and the folder of the export it lies in.
MEDIA_FOLDERS = {
    "photos": "photos",
    "audios": "audios",
    "videos": "videos",
    "pdfAttachments": "pdfs",
}
_MOMENT = re.compile(r"!?\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TITLE_MAX = 120


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    what = sources.THE_DAYONE_EXPORT.format(name=source.name)
    catalogue, journals = _opened(source, what)
    number = 0
    try:
        for name, document in journals:
            for item in json_fields.entries_of(document, name):
                number += 1
                yield model.one_entry(_entry, item, number, options, catalogue)
    finally:
        catalogue.shelf.close()  # the import opens it again to read the pictures it brings


@dataclass(frozen=True)
class _Catalogue:
    """Where the export's pictures and files lie: (folder, md5) -> place on the shelf."""

    shelf: model.Shelf
    places: dict[tuple[str, str], str]


def _opened(source: Path, what: str) -> tuple[_Catalogue, Iterator[tuple[str, Any]]]:
    if source.is_dir() or source.suffix.lower() == ".json":
        root = source if source.is_dir() else source.parent
        catalogue = _Catalogue(media.FolderShelf(root), _folder_places(root))
        return catalogue, _journals(source, what)
    shelf = media.ZipShelf(source, what)
    names = shelf.names()
    return _Catalogue(shelf, _places(names)), _zipped(shelf, names, what)


def _places(names: list[str]) -> dict[tuple[str, str], str]:
    """Day One names each file by its md5 in a folder of its kind: photos/<md5>.jpeg."""
    places: dict[tuple[str, str], str] = {}
    for name in names:
        folder, _, file = name.partition("/")
        file = file.rstrip("/")  # a folder named like a photo is found, and said to be one
        if folder in MEDIA_FOLDERS.values() and file and "/" not in file:
            places.setdefault((folder, file.partition(".")[0].lower()), name)
    return places


def _folder_places(root: Path) -> dict[tuple[str, str], str]:
    names: list[str] = []
    for folder in MEDIA_FOLDERS.values():
        try:
            with os.scandir(root / folder) as found:
                names += [f"{folder}/{item.name}" for item in found]
        except OSError:  # no such folder (an export without pictures), or unreadable
            continue
    return _places(sorted(names))


def _journals(source: Path, what: str) -> Iterator[tuple[str, Any]]:
    """(name, parsed JSON) for each journal in the export, in name order."""
    if source.is_dir():
        files = [p for p in reading.folder_files(source, (".json",), what) if p.parent == source]
        if not files:
            raise model.unreadable(what, sources.NO_JOURNAL_JSON)
        for path in files:
            yield path.name, json_fields.load(reading.read_file(path, path.name), path.name)
    else:
        yield source.name, json_fields.load(reading.read_file(source, what), what)


def _zipped(shelf: media.ZipShelf, names: list[str], what: str) -> Iterator[tuple[str, Any]]:
    budget = reading.ZipBudget(what)
    members = sorted(name for name in names if _is_journal(name))
    if not members:
        raise model.unreadable(what, sources.NO_JOURNAL_JSON_IN_ZIP)
    for member in members:
        info = shelf.archive.getinfo(member)
        yield member, json_fields.load(budget.read(shelf.archive, info), member)


def _is_journal(name: str) -> bool:
    return (
        name.lower().endswith(".json") and "/" not in name.strip("/") and not name.startswith(".")
    )


def _entry(
    found: object, number: int, options: ImportOptions, catalogue: _Catalogue
) -> ImportedEntry:
    where = sources.ENTRY_NUMBER.format(number=number)
    item = json_fields.record(found, where)
    day = _local_day(item, where)
    title, body = split_title(_plain(json_fields.text(item, "text", where)))
    tags = list(json_fields.words(item, "tags", where))
    if json_fields.flag(item, "starred", where):
        tags.append(options.starred_tag)
    uuid = json_fields.text(item, "uuid", where)
    brought, left_out = _media(item, where, catalogue)
    return model.entry(
        where,
        day,
        title,
        body,
        tags=tuple(tags),
        key=f"uuid:{uuid}" if uuid else None,
        media=brought,
        left_out=left_out,
    )


def _media(
    item: dict[str, Any], where: str, catalogue: _Catalogue
) -> tuple[tuple[Medium, ...], tuple[str, ...]]:
    """The entry's photos, recordings, videos and PDFs found in the export, and a sentence
    for each one its JSON names that the export does not hold."""
    brought: dict[str, Medium] = {}  # by place: a photo named twice comes once
    left_out: list[str] = []
    for field, folder in MEDIA_FOLDERS.items():
        listed = item.get(field)
        for described in listed if isinstance(listed, list) else ():
            md5 = _word(described, "md5")
            place = catalogue.places.get((folder, md5.lower())) if md5 else None
            if place is None:
                name = f"{folder}/{md5 or _word(described, 'identifier') or '?'}"
                said = sources.MEDIUM_NOT_IN_EXPORT.format(where=model.capital(where), name=name)
                if said not in left_out:  # a photo listed twice is named once
                    left_out.append(said)
                continue
            file = place.rstrip("/").rpartition("/")[2]
            brought[place] = Medium(file, place, catalogue.shelf, is_picture=field == "photos")
    return tuple(brought.values()), tuple(left_out)


def _word(described: object, name: str) -> str:
    value = described.get(name) if isinstance(described, dict) else None
    return value if isinstance(value, str) else ""


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
