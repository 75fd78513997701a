"""A folder of Markdown or text files, one entry each (Obsidian daily notes and the like).

The day comes from YAML front matter (`date: 2024-05-01`), else from a YYYY-MM-DD in
the file name ("2024-05-01.md", Obsidian's daily notes), else from the day the person
chose for undated files. The title is front matter's `title:` or the first "# heading";
tags are front matter's `tags:` (a [list] or "- item" lines) and #tags in the text.
Pictures and files linked as `![words](pics/a.jpg)` come along as attachments when they
lie inside the chosen folder (see `pictures_of`); the link is taken out of the text, since
the picture shows under it. Links that cannot be followed stay in the text, and are named.
Obsidian's `![[a.jpg]]` embeds are not read (Obsidian finds those anywhere in a vault).
Our own Markdown export, chosen or found in the folder, is read as the entries it holds
(`own_markdown`), and the pictures and files beside it are never read as entries.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from trustjournal.core.exchange.importers import media, model, own_markdown, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Medium, Problem
from trustjournal.core.exchange.texts import sources
from trustjournal.core.journal.attachments.intake import AttachmentRefused
from trustjournal.core.journal.attachments.names import media_type_of

SUFFIXES = (".md", ".markdown", ".txt")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_HASHTAG = re.compile(r"(?<![\w#/&])#([^\s#.,;:!?()\[\]{}\"'`<>]+)")
_FENCE = ("---", "...")
# ![words](target "title"): the target may be <in angle brackets> to hold spaces.
_IMAGE_LINK = re.compile(
    r"!\[[^\]\n]*\]\(\s*(?P<target><[^>\n]*>|[^)\s]+)(?:\s+\"[^\"\n]*\")?\s*\)"
)


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    what = sources.THE_FOLDER.format(name=source.name)
    if source.is_dir():
        listing = reading.folder_listing(source, SUFFIXES, what)
    else:
        listing = reading.Listing(files=[source])
    if not listing.files and not listing.refused:
        raise model.unreadable(what, sources.NO_MARKDOWN_FILES)
    # Links, devices, pipes and sockets are listed by their place, and the rest is read.
    for place, why in listing.refused:
        said = sources.IN_FOLDER_NOT_READ.format(place=place.relative_to(source), why=why)
        yield Problem(said, stops=False)
    exports = _own_exports(listing.files, source)
    folder = source if source.is_dir() else source.parent
    taken = _beside_exports(exports, folder)
    for number, file in enumerate(listing.files, start=1):
        export = exports.get(file)
        parts = file.relative_to(folder).parts
        if export is not None:
            name = str(file.relative_to(folder))
            yield from own_markdown.entries(export, name, folder, parts[:-1])
        elif parts not in taken and parts[:-1] not in taken:
            yield model.one_entry(_entry, file, source, number, options)


def _own_exports(files: list[Path], source: Path) -> dict[Path, own_markdown.OwnExport]:
    """Our own Markdown exports among the files, each read whole (a damaged one stops the
    import with one sentence), with the places of their pictures and files."""
    folder = source if source.is_dir() else source.parent
    exports: dict[Path, own_markdown.OwnExport] = {}
    for file in files:
        if own_markdown.starts_as_export(file, follow=file == source):
            the_file = sources.THE_FILE.format(name=str(file.relative_to(folder)))
            data = reading.read_file(file, model.capital(the_file), follow=file == source)
            text = reading.text_of(data, the_file)
            export = own_markdown.parsed(text, the_file)
            exports[file] = export
    return exports


def _beside_exports(
    exports: dict[Path, own_markdown.OwnExport], folder: Path
) -> set[tuple[str, ...]]:
    """The places of our exports' pictures and files, and the folders that hold them
    (each export's folder beside), none of which is an entry of its own."""
    places: set[tuple[str, ...]] = set()
    for file, export in exports.items():
        here = file.parent.relative_to(folder).parts
        linked = export.places(here)
        places |= linked | {parts[:-1] for parts in linked if parts[:-1] != here}
    return places


def _entry(file: Path, root: Path, number: int, options: ImportOptions) -> ImportedEntry:
    name = str(file.relative_to(root)) if file != root else file.name
    where = sources.FILE_NUMBER.format(number=number, name=name)
    # Inside a folder a file is read only as it lies (no link followed, even if one was
    # put in its place after the listing); a file chosen by itself is read as chosen.
    the_file = sources.THE_FILE.format(name=name)
    data = reading.read_file(file, model.capital(the_file), follow=file == root)
    text = reading.text_of(data, the_file)
    fields, body = front_matter(text)
    title = fields.get("title", "")
    if not isinstance(title, str):
        title = ""
    if not title:
        title, body = _heading(body)
    tags = [*_listed(fields.get("tags")), *_HASHTAG.findall(body)]
    day = _day(fields.get("date"), file.name, where, options)
    folder = root if root.is_dir() else root.parent
    body, brought, left_out = pictures_of(body, folder, file.parent.relative_to(folder), where)
    return model.entry(
        where,
        day,
        title,
        body.strip(),
        tags=tuple(t for t in tags if not t.isdigit()),
        media=brought,
        left_out=left_out,
    )


def pictures_of(
    body: str, folder: Path, beside: Path, where: str
) -> tuple[str, tuple[Medium, ...], tuple[str, ...]]:
    """The text without the links of the pictures and files that come along, those files,
    and a sentence for each link that cannot be followed. A link is read from the file's
    own folder (`beside`, inside the chosen folder) and must stay inside the chosen folder;
    links to the web are left as text, never fetched."""
    shelf = media.FolderShelf(folder)
    brought: dict[str, Medium] = {}
    left_out: list[str] = []

    def bring(link: re.Match[str]) -> str:
        target = link.group("target").strip().removeprefix("<").removesuffix(">")
        parts = media.inside(target, beside.parts)
        if parts == media.REMOTE:
            return link.group(0)
        if not isinstance(parts, tuple):
            said = sources.LINK_LEAVES_FOLDER.format(where=model.capital(where), name=target)
            left_out.append(said)
            return link.group(0)
        place = "/".join(parts)
        try:
            media.look_beneath(folder, parts, place)
        except AttachmentRefused as refused:
            said = str(refused).rstrip()
            left_out.append(
                sources.MEDIUM_NOT_BROUGHT.format(where=model.capital(where), said=said)
            )
            return link.group(0)
        is_picture = media_type_of(parts[-1]).startswith("image/")
        brought[place] = Medium(parts[-1], place, shelf, is_picture=is_picture)
        return ""

    return _IMAGE_LINK.sub(bring, body), tuple(brought.values()), tuple(left_out)


def front_matter(text: str) -> tuple[dict[str, str | list[str]], str]:
    """The front matter's simple fields, and the text after it."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in _FENCE), None)
    if end is None:
        return {}, text
    fields: dict[str, str | list[str]] = {}
    key = None
    for line in lines[1:end]:
        if key and line.lstrip().startswith("- "):
            listed = fields.setdefault(key, [])
            if isinstance(listed, list):
                listed.append(_unquoted(line.lstrip()[2:]))
        elif ":" in line and not line.startswith((" ", "\t")):
            key, _, value = line.partition(":")
            key, value = key.strip().lower(), value.strip()
            fields[key] = _inline_list(value) if value.startswith("[") else _unquoted(value)
            if not value:
                fields[key] = []
    return fields, "\n".join(lines[end + 1 :])


def _inline_list(value: str) -> list[str]:
    return [_unquoted(v) for v in value.strip("[]").split(",") if v.strip()]


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _listed(value: str | list[str] | None) -> list[str]:
    if isinstance(value, list):
        return [v.lstrip("#") for v in value]
    if isinstance(value, str) and value:
        return [v.lstrip("#") for v in re.split(r"[,\s]+", value) if v]
    return []


def _heading(body: str) -> tuple[str, str]:
    stripped = body.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    if first.startswith("# "):
        return first[2:].strip(), rest
    return "", body


def _day(value: object, file_name: str, where: str, options: ImportOptions) -> dt.date:
    text = value if isinstance(value, str) else ""
    found = _DAY.search(text) or _DAY.search(file_name)
    if found is None:
        if options.undated_day is None:
            raise model.unreadable(where, sources.NO_DATE)
        return model.checked_day(where, options.undated_day)
    try:
        return model.checked_day(where, dt.date(*(int(g) for g in found.groups())))
    except ValueError:
        raise model.unreadable(where, sources.NO_SUCH_DATE, found=found.group(0)) from None
