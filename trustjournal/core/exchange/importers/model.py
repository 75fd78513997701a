"""What every importer yields, and the limits every source is held to.

An importer turns a source into `ImportedEntry` values one at a time (a stream,
so a large file is never held whole as entries). An entry that cannot be read is
a `Problem` in the stream, and reading goes on; a source that cannot be read at
all stops with one plain sentence (`InvalidInput`). Both name the entry or line
and say what to do.
Messages never quote the source's text: they name places, not words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.texts import sources
from trustjournal.core.records.entries import EntryDraft

# A book is about a million characters; no journal entry comes near five.
MAX_ENTRY_CHARS = 5_000_000
# Largest single file read (a jrnl journal of 100,000 long entries is about 150 MB).
MAX_FILE_BYTES = 512 * 1024 * 1024
# Largest total the members of a zip may unpack to, in memory.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
# More files than this in a folder is not a folder of journal entries.
MAX_FOLDER_FILES = 50_000
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)
STARRED_TAG = "starred"
# Where entries of our own exports, JSON or Markdown, are remembered as coming from: both
# key an entry by the exporting journal's id and created moment, so they are one source.
OWN_SOURCE = "trustjournal"


class Shelf(Protocol):
    """Where an entry's pictures and files lie (a zip, a folder): each is read only when
    its entry is written, one at a time, so an import never holds a journal's pictures."""

    def read(self, place: str) -> bytes:
        """The bytes at `place`, or AttachmentRefused saying why not, naming it."""

    def close(self) -> None:
        """Let go of what reading opened (a zip); reading again opens it again."""


@dataclass(frozen=True)
class Medium:
    """A picture or file that comes with an entry, not read yet."""

    name: str  # the file's own name, as the attachment is called
    place: str  # where it lies on its shelf, as messages name it: "photos/ab12.jpeg"
    shelf: Shelf = field(compare=False)
    is_picture: bool = True
    caption: str = ""  # our own export carries each one's caption


@dataclass(frozen=True)
class ImportedEntry:
    draft: EntryDraft
    key: str  # the source's own id for the entry, or a digest of what it holds
    media: tuple[Medium, ...] = ()  # pictures and files that come with it
    where: str = ""  # how messages name it: "entry 12 (line 340)"
    # Pictures and files the entry names that cannot come along (missing, outside the
    # folder), each one sentence naming it; the entry comes without them.
    left_out: tuple[str, ...] = ()
    # For our own export: the exported entry's id and when it was created (ISO, to the
    # microsecond); a journal holding that very entry already has it.
    origin: tuple[int, str] | None = None


@dataclass(frozen=True)
class ImportOptions:
    """Choices the person makes about a source; none is needed for the usual case."""

    starred_tag: str = STARRED_TAG  # jrnl and Day One stars become this tag
    moods: dict[str, int] = field(default_factory=dict)  # Daylio's own mood names -> 1-5
    undated_day: dt.date | None = None  # for Markdown files that give no date at all


@dataclass(frozen=True)
class Problem:
    """An entry that could not be read, or is skipped, said in one sentence.

    The source goes on being read after it, so the summary can list every one.
    An entry that could not be read stops the import (all or nothing: nothing is
    written until the source is corrected); one that is only skipped (an empty
    entry) does not.
    """

    said: str  # names the entry and says why, never quoting its words
    stops: bool = True


@dataclass(frozen=True)
class LeftOut:
    """A picture or file the source holds for no entry it holds (our own export, edited
    by hand): one sentence in the list of what cannot come along; nothing stops."""

    said: str


# An importer: (path, options) -> the entries (and the problems found between them),
# read lazily; may be called again.
Reader = Callable[[str, ImportOptions], Iterator["ImportedEntry | Problem | LeftOut"]]
_NOTHING_IMPORTED = re.compile(r"[;.]? ?[Nn]othing was imported\.$")


def one_entry(build: Callable[..., ImportedEntry], *arguments: Any) -> ImportedEntry | Problem:
    """The entry `build(*arguments)` reads, or the problem that stops it being read."""
    try:
        return build(*arguments)
    except InvalidInput as error:
        return problem(error)


def problem(error: InvalidInput) -> Problem:
    """The error's sentence as a problem in a list ("nothing was imported" said once, after)."""
    said = _NOTHING_IMPORTED.sub("", str(error)).rstrip(" ;.")
    return Problem(said + ".")


def entry(
    where: str,
    day: dt.date,
    title: str,
    body: str,
    tags: tuple[str, ...] = (),
    mood: int | None = None,
    activities: tuple[str, ...] = (),
    key: str | None = None,
    media: tuple[Medium, ...] = (),
    left_out: tuple[str, ...] = (),
) -> ImportedEntry:
    """An entry checked against the limits; `where` names it in a message ("entry 12")."""
    checked_day(where, day)
    if len(title) + len(body) > MAX_ENTRY_CHARS:
        raise too_long(where)
    draft = EntryDraft(
        day=day, title=title.strip(), body=body, mood=mood, tags=tags, activities=activities
    )
    return ImportedEntry(
        draft=draft, key=key or digest(draft), media=media, where=where, left_out=left_out
    )


def too_long(where: str) -> InvalidInput:
    return unreadable(where, sources.TOO_LONG, most=MAX_ENTRY_CHARS)


def checked_day(where: str, day: dt.date) -> dt.date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise unreadable(
            where,
            sources.OUT_OF_YEARS,
            day=day.isoformat(),
            first=FIRST_DAY.year,
            last=LAST_DAY.year,
        )
    return day


def digest(draft: EntryDraft) -> str:
    """A stable fingerprint of what an entry holds, for sources without ids."""
    return digest_of(draft.day.isoformat(), draft.title, draft.body, "\x1f".join(draft.tags))


def digest_of(*parts: str) -> str:
    return "sha256:" + hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def unreadable(where: str, sentence: str, **values: object) -> InvalidInput:
    """The one sentence (from `texts.sources`) for a source that cannot be read as it is."""
    # A value may come from the source (a date that does not exist): one line only.
    flat = {
        name: " ".join(value.split()) if isinstance(value, str) else value
        for name, value in values.items()
    }
    return InvalidInput(sentence.format(where=capital(where), **flat))


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]
