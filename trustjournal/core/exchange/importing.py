"""Importing into an open journal: a summary first, then all of it in one transaction.

Both steps read the source as a stream (memory stays flat however large it is);
entries already imported from the same source (by id or digest) are skipped, so
importing a file twice adds nothing. A bad entry anywhere, or a cancel, leaves
the journal exactly as it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from trustjournal.core.errors import InvalidInput, TrustJournalError
from trustjournal.core.exchange.importers import Format, format_named
from trustjournal.core.exchange.importers.detect import detect
from trustjournal.core.exchange.importers.model import ImportedEntry, ImportOptions
from trustjournal.core.journal.changes import Action, Change, Topic
from trustjournal.core.journal.journal import Journal, checked_draft
from trustjournal.core.vault.import_store import ImportStore, SourcedDraft

# progress(done, total): total is None while the source is only being read.
Progress = Callable[[int, int | None], None]
_REPORT_EVERY = 100


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
    media: int = 0  # new entries that had photos or recordings left behind

    def count(self, entry: ImportedEntry) -> None:
        self.new += 1
        day = entry.draft.day
        self.first_day = day if self.first_day is None else min(self.first_day, day)
        self.last_day = day if self.last_day is None else max(self.last_day, day)
        self.moods += entry.draft.mood is not None
        self.tags.update(entry.draft.tags)
        self.media += entry.media > 0


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
        self._path = path
        self._options = options or ImportOptions()
        self._store = ImportStore(journal.vault.database)
        self.written: tuple[int, ...] = ()

    def preview(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> ImportSummary:
        """Read everything, write nothing: what `run()` would add."""
        summary = ImportSummary(self.format.name, self.format.label)
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
        summary = ImportSummary(self.format.name, self.format.label)

        def drafts() -> Iterator[SourcedDraft]:
            for entry in self._new_entries(summary, None, None):
                summary.count(entry)
                yield entry.key, entry.draft

        def after_each(done: int) -> None:
            if done % _REPORT_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(done, total)

        now = self._journal.clock.now()
        self.written = tuple(self._store.insert(self.format.source, drafts(), now, after_each))
        if announce:
            self.announce()
        return summary

    def announce(self) -> None:
        """Tell the journal's views about the entries just written."""
        if self.written:
            self._journal.changes.publish(Change(Topic.ENTRIES, Action.ADDED, ids=self.written))

    def _new_entries(
        self,
        summary: ImportSummary,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> Iterator[ImportedEntry]:
        """The source's entries, checked, without those the journal already has."""
        seen: set[str] = set()
        for read, entry in enumerate(self.format.read(self._path, self._options), start=1):
            if read % _REPORT_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled()
                if progress is not None:
                    progress(read, None)
            if entry.key in seen or self._already_here(entry):
                summary.duplicates += 1
                continue
            seen.add(entry.key)
            yield _checked(entry)

    def _already_here(self, entry: ImportedEntry) -> bool:
        """Imported before from this source, or (our own export) the very entry."""
        if self._store.known(self.format.source, entry.key):
            return True
        return entry.origin is not None and self._store.holds(*entry.origin)


def _checked(entry: ImportedEntry) -> ImportedEntry:
    try:
        draft = checked_draft(entry.draft)
    except InvalidInput as error:
        where = entry.where[:1].upper() + entry.where[1:]
        said = str(error).rstrip(".")
        raise InvalidInput(f"{where}: {said}. Nothing was imported.") from None
    return dataclasses.replace(entry, draft=draft)
