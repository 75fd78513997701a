"""Importing into an open journal: a summary first, then all of it in one transaction.

Both steps read the source as a stream (memory stays flat however large it is; pictures
are read one at a time, only while writing, and the preview only looks that they are there);
entries already imported from the same source (by id or digest) are skipped, so
importing a file twice adds nothing. Our own exports, JSON or Markdown, are one source
(`OWN_SOURCE`): an entry brought through one is the same entry through the other. A bad
entry anywhere, or a cancel, leaves the journal exactly as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from trustjournal.core.errors import InvalidInput, TrustJournalError
from trustjournal.core.exchange.importers import Format, format_named
from trustjournal.core.exchange.importers.detect import detect
from trustjournal.core.exchange.importers.model import (
    OWN_SOURCE,
    ImportedEntry,
    ImportOptions,
    LeftOut,
    Problem,
    Shelf,
    capital,
)
from trustjournal.core.exchange.texts import sources
from trustjournal.core.journal.attachments.keeping import prepared
from trustjournal.core.journal.journal import Journal, checked_draft
from trustjournal.core.records.attachments import Intake
from trustjournal.core.records.entries import EntryDraft

# progress(done, total): total is None while the source is only being read.
Progress = Callable[[int, int | None], None]
_REPORT_EVERY = 100
_KEPT = 1000  # problems listed by name; a source with more is not one to correct by hand


class ImportCancelled(TrustJournalError):
    message = "The import was stopped. Nothing was imported; your journal is as it was."


@dataclass
class ImportSummary:
    """What an import holds (or wrote): shown before anything is written."""

    format: str
    label: str
    new: int = 0
    duplicates: int = 0  # already in the journal, or twice in the source
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    moods: int = 0  # new entries with a mood
    tags: set[str] = field(default_factory=set)
    pictures: int = 0  # pictures that come with the new entries
    files: int = 0  # other files (PDFs, recordings) that come with them
    brought: int = 0  # pictures and files kept (after `run()`)
    # Pictures and files the entries name that cannot come along, one sentence each (the
    # first _KEPT of them; `left_out_count` counts all): their entries come without them.
    left_out: list[str] = field(default_factory=list)
    left_out_count: int = 0
    # What could not be read, or is skipped, in the order met (the first _KEPT of them);
    # `unreadable` and `skipped` count all of them.
    problems: list[Problem] = field(default_factory=list)
    unreadable: int = 0
    skipped: int = 0
    assumed_moods: dict[str, int] = field(default_factory=dict)  # Daylio's own names, guessed

    @property
    def can_import(self) -> bool:
        """All or nothing: an entry that could not be read stops the whole import."""
        return self.unreadable == 0

    def note(self, problem: Problem) -> None:
        if problem.stops:
            self.unreadable += 1
        else:
            self.skipped += 1
        if len(self.problems) < _KEPT:
            self.problems.append(problem)

    def count(self, entry: ImportedEntry) -> None:
        self.new += 1
        day = entry.draft.day
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)
        self.moods += entry.draft.mood is not None
        self.tags.update(entry.draft.tags)
        pictures = sum(medium.is_picture for medium in entry.media)
        self.pictures += pictures
        self.files += len(entry.media) - pictures
        for said in entry.left_out:
            self.leave_out(said)

    def leave_out(self, said: str) -> None:
        self.left_out_count += 1
        if len(self.left_out) < _KEPT:
            self.left_out.append(said)


def resolve_format(name: str, path: str) -> Format:
    """The format named, or for "auto" the one the source looks like."""
    return format_named(detect(path) if name == "auto" else name)


class Import:
    """One source to bring into one journal: `preview()`, then `run()`."""

    def __init__(
        self,
        journal: Journal,
        format_name: str,
        path: str,
        options: ImportOptions | None = None,
    ) -> None:
        self.format = resolve_format(format_name, path)
        self._journal = journal
        self.path = path
        self.options = options or ImportOptions()
        self.written: tuple[int, ...] = ()

    def preview(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> ImportSummary:
        """Read everything, write nothing: what `run()` would add."""
        summary = self._new_summary()
        for entry in self._new_entries(summary, progress, cancelled):
            summary.count(entry)
        return summary

    def run(
        self,
        total: int | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        announce: bool = True,
    ) -> ImportSummary:
        """Write every new entry in one transaction; a failure or cancel writes none.

        The app runs this off the GUI thread with `announce=False`, then calls
        `announce()` on the GUI thread, where views listen.
        """
        summary = self._new_summary()
        bringing = _Bringing(summary)
        remembered_as: dict[str, str] = {}  # by key: the source of entries not written yet

        def drafts() -> Iterator[tuple[str, EntryDraft]]:
            for entry in self._new_entries(summary, None, None, writing=True):
                summary.count(entry)
                bringing.expect(entry)
                remembered_as[entry.key] = self._source_of(entry)
                yield entry.key, entry.draft

        def after_each(done: int) -> None:
            if done % _REPORT_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, total)

        try:
            self.written = self._journal.import_entries(
                self.format.source,
                drafts(),
                after_each,
                announce=announce,
                attachments=bringing.intakes,
                source_of=remembered_as.pop,
            )
        finally:
            bringing.close()
        return summary

    def _new_summary(self) -> ImportSummary:
        summary = ImportSummary(self.format.name, self.format.label)
        if self.format.assumed_moods is not None:
            summary.assumed_moods = self.format.assumed_moods(self.path, self.options)
        return summary

    def announce(self) -> None:
        """Tell the journal's views about the entries just written (after `announce=False`)."""
        self._journal.announce_imported(self.written)

    def _new_entries(
        self,
        summary: ImportSummary,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        writing: bool = False,
    ) -> Iterator[ImportedEntry]:
        """The source's entries, checked, without those the journal already has.

        Problems are noted in the summary and reading goes on (the preview lists them
        all); while writing, the first entry that could not be read stops everything.
        """
        seen: set[str] = set()
        # Nothing from a source yet: none of its entries needs looking up one by one (a
        # large first import saves a query per entry; the source's own repeats are in `seen`).
        first_time = {
            source: not self._journal.imported_from(source)
            for source in (self.format.source, OWN_SOURCE)
        }
        for read, item in enumerate(self.format.read(self.path, self.options), start=1):
            if read % _REPORT_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(read, None)
            if isinstance(item, LeftOut):
                summary.leave_out(item.said)
                continue
            if isinstance(item, ImportedEntry):
                if item.key in seen or self._already_here(item, first_time):
                    summary.duplicates += 1
                    continue
                item = _checked(item)
            if isinstance(item, Problem):
                summary.note(item)
                if writing and item.stops:
                    raise stopped(item)
                continue
            seen.add(item.key)
            yield item

    def _already_here(self, entry: ImportedEntry, first_time: dict[str, bool]) -> bool:
        """Imported before from its source, or (our own export) the very entry."""
        source = self._source_of(entry)
        if not first_time[source] and self._journal.was_imported(source, entry.key):
            return True
        return entry.origin is not None and self._journal.holds(*entry.origin)

    def _source_of(self, entry: ImportedEntry) -> str:
        """Where the entry is remembered as coming from: our own export's entries, in a
        folder of Markdown files too, under one name with our JSON's (both keyed by the
        exported entry's id and created moment)."""
        return OWN_SOURCE if entry.origin is not None else self.format.source


class _Bringing:
    """The pictures and files of the entries being written: each read from its shelf and
    prepared by the same intake as "Attach…" (cleaned, within the limits, a thumbnail
    made) only when its entry is written, inside the import's one transaction, so a kill
    leaves the journal as it was. One that cannot come along is named in the summary and
    its entry is written without it."""

    def __init__(self, summary: ImportSummary) -> None:
        self._summary = summary
        self._waiting: dict[str, ImportedEntry] = {}  # by key: entries not written yet
        self._shelves: dict[int, Shelf] = {}

    def expect(self, entry: ImportedEntry) -> None:
        if entry.media:
            self._waiting[entry.key] = entry
            self._shelves.update((id(medium.shelf), medium.shelf) for medium in entry.media)

    def intakes(self, key: str) -> Iterator[Intake]:
        """The prepared files of the entry the source knows as `key`, one at a time."""
        entry = self._waiting.pop(key, None)
        if entry is None:
            return
        for medium in entry.media:
            try:
                intake = prepared(medium.shelf.read(medium.place), medium.name)
            except InvalidInput as error:
                where, said = capital(entry.where), str(error).rstrip()
                self._summary.leave_out(sources.MEDIUM_NOT_BROUGHT.format(where=where, said=said))
                continue
            self._summary.brought += 1
            yield dataclasses.replace(intake, caption=medium.caption)

    def close(self) -> None:
        for shelf in self._shelves.values():
            shelf.close()


def _checked(entry: ImportedEntry) -> ImportedEntry | Problem:
    """The entry as the journal takes it, or why it cannot; an empty one is skipped."""
    where = capital(entry.where)
    try:
        draft = checked_draft(entry.draft)
    except InvalidInput as error:
        return Problem(sources.PROBLEM_AT.format(where=where, said=str(error).rstrip(".")))
    empty = not (draft.title or draft.body.strip() or draft.mood or draft.tags or draft.emotions)
    # A photo alone is an entry (Day One has many); so is one whose photo or recording the
    # export lacks: the day had an entry, and the report names what is missing.
    empty = empty and not entry.media and not entry.left_out
    if empty and entry.origin is None:  # our own export keeps every entry, as it was
        return Problem(sources.EMPTY_SKIPPED.format(where=where), stops=False)
    return entry if draft is entry.draft else dataclasses.replace(entry, draft=draft)


def stopped(problem: Problem) -> InvalidInput:
    """The one sentence an import stopped by an unreadable entry ends with."""
    return InvalidInput(sources.STOPPED.format(said=problem.said.rstrip(".")))
