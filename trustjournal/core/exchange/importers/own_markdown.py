"""TrustJournal's own Markdown export (core/exchange/markdown.py), brought back whole.

The export carries marks for a machine, HTML comments no reader shows: one at the top
(the format, its version and a token), one before each entry (its id, day and created
moment, and its title and what the export did to its text), one before each picture or
file (its kind, name and caption) and one after the last entry, counting them. The file
is split at those marks, each entry's text is given back as it was written in the
journal (headings moved back up, the kept line breaks' spaces taken away), and its
pictures and files come from the folder beside through the same intake as "Attach…".

Moods, tags and the rest are prose in Markdown and stay out: the JSON export is the one
to move a journal. Each entry is remembered by its id and created moment, as with our own
JSON, so importing the same export twice, or into the journal it came from, adds nothing.

A mark missing, changed or out of order, a link that leaves the folder, or a file that is
not where the export put it, is one sentence, and nothing is imported: a later import of
the whole export would skip the entries already brought, and their pictures with them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange import markdown
from trustjournal.core.exchange.importers import media, model
from trustjournal.core.exchange.importers.model import ImportedEntry, Medium, Problem
from trustjournal.core.exchange.texts import export as export_texts
from trustjournal.core.exchange.texts import sources
from trustjournal.core.journal.attachments.intake import AttachmentRefused

_TOP = f"<!-- {markdown.MARK_FORMAT} "
_TOKEN = re.compile(r"[0-9a-f]{16}")
_LINK = re.compile(r"\]\((?P<target>[^()\s]+)\)\s*$")


class _Damaged(Exception):
    """A mark missing, changed or out of order at `line` (counted from 0)."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass(frozen=True)
class ExportedFile:
    """A picture or file as its mark names it, and the link under the mark."""

    is_picture: bool
    name: str
    caption: str
    target: str


@dataclass(frozen=True)
class ExportedEntry:
    """One entry as the export holds it: its key, and its words given back."""

    id: int
    day: dt.date
    created: str  # ISO, to the microsecond, as the export wrote it
    title: str
    body: str
    private: bool
    files: tuple[ExportedFile, ...] = ()


@dataclass
class OwnExport:
    """Our own Markdown export, read whole: its entries, in order."""

    entries: list[ExportedEntry] = field(default_factory=list)

    def places(self, beside: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Where its pictures and files lie, inside the chosen folder (a folder import
        never reads them as entries of their own)."""
        return {
            parts
            for entry in self.entries
            for file in entry.files
            if isinstance(parts := media.inside(file.target, beside), tuple)
        }


def starts_as_export(path: Path, follow: bool = False) -> bool:
    """True when the file's first line is our export's top mark (a file in a folder read
    without following a link, as the folder import reads it; never waiting on a pipe)."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow else getattr(os, "O_NOFOLLOW", 0))
    try:
        handle = os.open(path, flags)
    except OSError:
        return False
    try:
        head = os.read(handle, len(_TOP) + 3)
    except OSError:
        return False
    finally:
        os.close(handle)
    return head.removeprefix(b"\xef\xbb\xbf").startswith(_TOP.encode("ascii"))


def parsed(text: str, what: str) -> OwnExport:
    """The export's entries, or one sentence (InvalidInput) saying it cannot be read."""
    lines = markdown.one_line_end(text).split("\n")
    try:
        version, token = _top(lines[0])
        if version != markdown.MARK_VERSION:
            raise InvalidInput(
                export_texts.NEWER_EXPORT.format(found=version, reads=markdown.MARK_VERSION)
            )
        return _Reading(lines, token).export()
    except _Damaged as damaged:
        said = sources.OWN_MARKDOWN_DAMAGED.format(what=model.capital(what), line=damaged.line + 1)
        raise InvalidInput(said) from None


def _top(line: str) -> tuple[int, str]:
    words = line.removeprefix(_TOP).split(" ")
    if len(words) != 3 or words[2] != "-->" or not words[0].isdigit():
        raise _Damaged(0)
    if not _TOKEN.fullmatch(words[1]):
        raise _Damaged(0)
    return int(words[0]), words[1]


@dataclass
class _Reading:
    """The export's lines, read mark by mark."""

    lines: list[str]
    token: str

    def export(self) -> OwnExport:
        marks = [
            (number, kind, self._rest(line))
            for number, line in enumerate(self.lines)
            if (kind := self._kind(line))
        ]
        ends = [number for number, kind, _rest in marks if kind == "end"]
        if len(ends) != 1 or marks[-1][1] != "end":
            raise _Damaged(ends[1] if len(ends) > 1 else len(self.lines) - 1)
        if marks[0][1] == "file":
            raise _Damaged(marks[0][0])
        starts = [index for index, (_n, kind, _rest) in enumerate(marks) if kind == "entry"]
        found = OwnExport()
        for first, last in zip(starts, [*starts[1:], len(marks) - 1], strict=True):
            found.entries.append(self._entry(marks[first : last + 1]))
        self._counted(marks[-1], found)
        return found

    def _kind(self, line: str) -> str:
        words = line.split(" ", 3)
        if len(words) >= 3 and words[0] == "<!--" and words[2] == self.token:
            kind = words[1].removeprefix(markdown.MARK_PREFIX)
            if kind in markdown.MARK_KINDS:
                return kind
        return ""

    def _rest(self, line: str) -> list[str]:
        return line.split(" ")[3:-1] if line.endswith(" -->") else ["damaged"]

    def _counted(self, end: tuple[int, str, list[str]], found: OwnExport) -> None:
        files = sum(len(entry.files) for entry in found.entries)
        if end[2] != [str(len(found.entries)), str(files)]:
            raise _Damaged(end[0])

    def _entry(self, marks: list[tuple[int, str, list[str]]]) -> ExportedEntry:
        """An entry from its mark up to the next entry's (its files' marks between)."""
        start, _kind, words = marks[0]
        if len(words) < 4:
            raise _Damaged(start)
        fields = _fields(" ".join(words[3:]), start)
        files = [
            self._file(number, rest, following[0])
            for (number, _kind, rest), following in pairwise(marks[1:])
        ]
        if len(files) != fields.get("files", 0):
            raise _Damaged(start)
        text_start = start + (6 if fields.get("details") else 4)
        text_end = marks[1][0] if files else marks[-1][0] - 2
        blanks = self.lines[start + 1 : text_start : 2]
        if blanks != [""] * ((text_start - start) // 2) or text_start > text_end:
            raise _Damaged(start)
        if self.lines[marks[-1][0] - 2 : marks[-1][0]] != ["---", ""]:
            raise _Damaged(marks[-1][0])
        written = self.lines[text_start:text_end]
        if written and written.pop() != "":
            raise _Damaged(text_end)
        try:
            return ExportedEntry(
                id=int(words[0]),
                day=dt.date.fromisoformat(words[1]),
                created=_moment(words[2]),
                title=_text(fields, "title"),
                body=_body("\n".join(written), fields),
                private=fields.get("private") is True,
                files=tuple(files),
            )
        except (ValueError, TypeError):
            raise _Damaged(start) from None

    def _file(self, line: int, words: list[str], until: int) -> ExportedFile:
        if len(words) < 2 or words[0] not in ("picture", "file") or until < line + 3:
            raise _Damaged(line)
        fields = _fields(" ".join(words[1:]), line)
        link = _LINK.search(self.lines[line + 2])
        if self.lines[line + 1] != "" or link is None:
            raise _Damaged(line)
        try:
            name, caption = _text(fields, "name"), _text(fields, "caption")
        except TypeError:
            raise _Damaged(line) from None
        return ExportedFile(words[0] == "picture", name, caption, link.group("target"))


def _fields(text: str, line: int) -> dict[str, Any]:
    try:
        fields = json.loads(text)
    except ValueError:
        raise _Damaged(line) from None
    if not isinstance(fields, dict):
        raise _Damaged(line)
    return fields


def _text(fields: dict[str, Any], key: str) -> str:
    value = fields.get(key, "")
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def _moment(text: str) -> str:
    dt.datetime.fromisoformat(text)  # a moment that does not exist is a damaged mark
    return text


def _body(written: str, fields: dict[str, Any]) -> str:
    """The entry's text as the journal kept it: what `entry_lines` wrote, undone."""
    deep = fields.get("deep", [])
    if not isinstance(deep, list):
        raise TypeError("deep")
    levels = {int(line): int(level) for line, level in deep}
    fence = _text(fields, "fence")
    if fence:  # the export closed a fence the text left open
        written, _n, closing = written.rpartition("\n")
        if closing != fence:
            raise ValueError(fence)
    text = markdown.unnested_body(markdown.without_kept_breaks(written), levels)
    return _text(fields, "before") + text + _text(fields, "after")


def entries(
    export: OwnExport, name: str, folder: Path, beside: tuple[str, ...]
) -> Iterator[ImportedEntry | Problem]:
    """The export's entries as an import yields them; `folder` is the chosen one (the
    export's own folder when the file was chosen), `beside` the export's place in it."""
    shelf = media.FolderShelf(folder)
    for number, exported in enumerate(export.entries, start=1):
        where = sources.ENTRY_NAMED.format(number=number, name=name)
        yield model.one_entry(_imported, exported, where, shelf, folder, beside)


def _imported(
    exported: ExportedEntry,
    where: str,
    shelf: media.FolderShelf,
    folder: Path,
    beside: tuple[str, ...],
) -> ImportedEntry:
    imported = model.entry(where, exported.day, exported.title, exported.body)
    brought = tuple(_medium(file, where, shelf, folder, beside) for file in exported.files)
    return replace(
        imported,
        draft=replace(imported.draft, private=exported.private),
        key=f"{exported.id}@{exported.created}",
        media=brought,
        origin=(exported.id, exported.created),
    )


def _medium(
    file: ExportedFile, where: str, shelf: media.FolderShelf, folder: Path, beside: tuple[str, ...]
) -> Medium:
    """The picture or file, looked at (not read) where the export put it: anywhere else,
    or not there, stops the import with one sentence naming it."""
    parts = media.inside(file.target, beside)
    if not isinstance(parts, tuple):
        raise model.unreadable(where, sources.OWN_LINK_LEAVES, name=file.target)
    place = "/".join(parts)
    try:
        media.look_beneath(folder, parts, place)
    except AttachmentRefused as refused:
        raise model.unreadable(where, sources.OWN_FILE_NOT_BESIDE, said=str(refused)) from None
    return Medium(file.name, place, shelf, is_picture=file.is_picture, caption=file.caption)
