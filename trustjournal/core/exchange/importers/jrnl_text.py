"""jrnl's plain-text journal: `[date time] Title` lines, each followed by its body.

The shape follows jrnl's own parser and test journals (jrnl-org/jrnl, tests/data):
an entry starts at a line `[<time>] <title>` whose bracket parses with the
journal's `timeformat` (jrnl's default "%F %r", the older "%Y-%m-%d %H:%M", and
other common ones); a ` *` at the end of that line stars it; `@tags` (letters,
digits and -+*#/) anywhere in title or body, compared in lower case.

jrnl tries every line shaped `[...] ` as a date (strptime, then a fuzzy parser), so
`[2019-07 14:23] Title` is an entry of its own to jrnl. A bracket made of date and time
numbers that none of our formats parses is therefore never body text: it is listed as
an entry that could not be read, by its line, and its lines go with it (never folded
into the entry before). A bracket of words (`[sic]`, `[1/2] cup`) stays text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.importers import model, reading
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions, Problem
from trustjournal.core.exchange.texts import sources

TIME_FORMATS = (
    "%Y-%m-%d %H:%M",  # jrnl 1.x and most configs
    "%Y-%m-%d %I:%M:%S %p",  # jrnl 2+ default, "%F %r"
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y/%m/%d %H:%M",
    "%d.%m.%Y %H:%M",
)
# Keys hold the minute only, as jrnl's JSON export does, so both exports of one journal
# are recognised as the same entries.
MINUTE = "%Y-%m-%dT%H:%M"
_HEADER = re.compile(r"\[([^\]\n]+)\](?: (.*)|)$")
# Shaped like a date or time: only numbers, separators and am/pm, with two numbers joined
# and a year or an h:mm among them ("2019-07 14:23", "10:30", "2023-02-30"; not "1/2").
_DATE_LIKE = re.compile(r"[\d\s\-./:,T]+(?:[AaPp]\.?[Mm]\.?)?")
_DATE_JOINED = re.compile(r"\d[-./: ]+\d")
_DATE_ANCHOR = re.compile(r"\d{4}|\d:\d\d")
_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")  # what a tag is (tags_in finds it faster)
_TAG_AT = re.compile(r"@([-+*#/\w]+)")


def read(path: str, options: ImportOptions) -> Iterator[ImportedEntry | Problem]:
    source = reading.existing(path)
    what = sources.THE_JRNL_JOURNAL.format(name=source.name)
    pending: _Pending | None = None
    number = 0
    broken = False  # inside an entry whose date could not be read: its lines are its own
    for line_number, line in reading.text_lines(source, what):
        unread: Problem | None = None
        try:
            moment = _header_moment(line, line_number)
        except InvalidInput as error:
            moment, unread = None, model.problem(error)
        if pending is not None and (moment is not None or unread is not None):
            yield model.one_entry(pending.entry, options)
        if unread is not None:
            number += 1
            pending, broken = None, True
            yield unread
        elif moment is not None:
            number += 1
            pending = _Pending(number, line_number, moment, _HEADER.match(line).group(2) or "")  # type: ignore[union-attr]
        elif pending is not None:
            pending.add(line)
        elif broken:
            continue
        elif line.strip():
            place = sources.LINE_OF.format(line=line_number, what=what)
            raise model.unreadable(place, sources.BEFORE_ANY_ENTRY)
    if number == 0:
        raise model.unreadable(what, sources.NO_JRNL_ENTRIES)
    if pending is not None:
        yield model.one_entry(pending.entry, options)


def starts_entry(line: str) -> bool:
    """True for a line that starts a jrnl entry ("[2024-05-01 21:30] Title")."""
    try:
        return _header_moment(line, 0) is not None
    except InvalidInput:
        return False


def _header_moment(line: str, line_number: int) -> dt.datetime | None:
    match = _HEADER.match(line)
    if match is None:
        return None
    stamp = match.group(1).strip()
    if len(stamp) == 16 and stamp[4] == "-":  # the common "%Y-%m-%d %H:%M", parsed in C
        with contextlib.suppress(ValueError):
            return dt.datetime.fromisoformat(stamp)
    for form in TIME_FORMATS:
        try:
            return dt.datetime.strptime(stamp, form)
        except ValueError:
            continue
    if date_shaped(stamp):
        raise model.unreadable(sources.LINE.format(line=line_number), sources.NO_SUCH_ENTRY_DATE)
    return None  # a bracket that is no date: part of the body, as jrnl reads it


def date_shaped(stamp: str) -> bool:
    """True for a bracket's text made of date and time numbers (see the module's note)."""
    return bool(
        _DATE_LIKE.fullmatch(stamp) and _DATE_JOINED.search(stamp) and _DATE_ANCHOR.search(stamp)
    )


def tags_in(text: str) -> list[str]:
    """The `@tags` of a text in lower case, as `_TAG.findall` finds them.

    Only the places of an `@` are tried: the pattern's look-behind made the regular
    expression try every character of every entry (a fifth of reading a jrnl file).
    """
    tags: list[str] = []
    at = text.find("@")
    while at != -1:
        found = _TAG_AT.match(text, at) if at == 0 or text[at - 1].isspace() else None
        if found is not None:
            tags.append(found.group(1).lower())
            at = found.end()
        else:
            at += 1
        at = text.find("@", at)
    return tags


def minute_of(moment: dt.datetime) -> str:
    """`moment.strftime(MINUTE)`, in C; the same text for the years an entry may have."""
    return moment.isoformat(timespec="minutes")


@dataclass
class _Pending:
    number: int
    line: int
    moment: dt.datetime
    title: str
    lines: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, line: str) -> None:
        self.size += len(line) + 1
        if self.size > model.MAX_ENTRY_CHARS:
            raise model.too_long(self.where)
        self.lines.append(line)

    @property
    def where(self) -> str:
        return sources.ENTRY_AT_LINE.format(number=self.number, line=self.line)

    def entry(self, options: ImportOptions) -> ImportedEntry:
        title = self.title.rstrip()
        starred = title == "*" or title.endswith(" *")
        if starred:
            title = title[:-1].rstrip()
        body = "\n".join(self.lines).strip("\n").rstrip()
        text = title + "\n" + body
        tags = tags_in(text)
        if starred:
            tags.append(options.starred_tag)
        key = model.digest_of(minute_of(self.moment), title, body)
        return model.entry(self.where, self.moment.date(), title, body, tags=tuple(tags), key=key)
