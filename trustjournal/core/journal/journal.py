"""An unlocked journal: the one place the app and the command line change entries.

Every mutation checks its input, writes through the vault's stores, and
publishes a `Change` so that views refresh from one place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from trustjournal.core import texts
from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock, SystemClock
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal import vocabulary
from trustjournal.core.journal.attachments.keeping import Attachments
from trustjournal.core.journal.care.hard_days import HardDates, SupportContacts
from trustjournal.core.journal.care.on_this_day import NOTHING, on_this_day
from trustjournal.core.journal.disclosure.arrangements import Arrangements
from trustjournal.core.journal.disclosure.letters import Letters
from trustjournal.core.journal.disclosure.workspace import Disclosure
from trustjournal.core.journal.path.scores import Scores
from trustjournal.core.journal.path.walk import RecoveryPath
from trustjournal.core.journal.prompts.book import Prompts
from trustjournal.core.journal.prompts.library import PromptLibrary
from trustjournal.core.journal.timeline import Timeline, TimelineStores, read_timeline
from trustjournal.core.journal.together import Together
from trustjournal.core.journal.trust import Agreements, Checkins, Events
from trustjournal.core.records.attachments import Intake
from trustjournal.core.records.care import OnThisDay
from trustjournal.core.records.entries import MOOD_MAX, MOOD_MIN, Entry, EntryDraft, EntryFilter
from trustjournal.core.settings import Settings
from trustjournal.core.vault.stores.agreements import AgreementStore
from trustjournal.core.vault.stores.attachments import AttachmentStore
from trustjournal.core.vault.stores.care import (
    HardDateStore,
    SupportContactStore,
    first_day_written,
)
from trustjournal.core.vault.stores.checkins import CheckinStore
from trustjournal.core.vault.stores.entries import EntryStore
from trustjournal.core.vault.stores.events import EventStore
from trustjournal.core.vault.stores.imports import ImportStore
from trustjournal.core.vault.stores.moods import MoodStore
from trustjournal.core.vault.stores.prompts import PromptStore
from trustjournal.core.vault.stores.recovery.disclosure import (
    ArrangementStore,
    DisclosureStore,
    LetterStore,
)
from trustjournal.core.vault.stores.recovery.path import PathStore, ScoreStore
from trustjournal.core.vault.stores.settings import SettingsStore
from trustjournal.core.vault.stores.together import TogetherStore
from trustjournal.core.vault.vault import Vault


class Journal:
    def __init__(
        self,
        vault: Vault,
        clock: Clock | None = None,
        prompt_library: PromptLibrary | None = None,
    ) -> None:
        self.vault = vault
        self.clock: Clock = clock or SystemClock()
        self.changes = ChangeHub()
        self._entries = EntryStore(vault.database)
        self._imports = ImportStore(vault.database)
        self.settings = Settings(SettingsStore(vault.database), self.changes)
        self.attachments = Attachments(
            AttachmentStore(vault.database), self.changes, self.clock, apart=vault.apart
        )
        self._add_trust_parts(vault, prompt_library)
        self._add_care_parts(vault)

    def _add_trust_parts(self, vault: Vault, prompt_library: PromptLibrary | None) -> None:
        """Check-ins, events, agreements and prompts: each part keeps its own logic."""
        db = vault.database
        events = EventStore(db)
        together = TogetherStore(db)
        self._timeline = TimelineStores(
            CheckinStore(db), events, AgreementStore(db), MoodStore(db), together=together
        )
        self.together = Together(together, self.changes, self.clock)
        self.checkins = Checkins(self._timeline.checkins, self.changes, self.clock, self.settings)
        self.events = Events(events, self.changes, self.clock)
        self.agreements = Agreements(self._timeline.agreements, events, self.changes, self.clock)
        self._add_path_parts(vault)
        self.prompts = Prompts(
            PromptStore(db),
            self.changes,
            self.clock,
            self.settings,
            library=prompt_library,
            path_phase=self.path.phase,
        )

    def _add_path_parts(self, vault: Vault) -> None:
        """The recovery path, the questionnaire totals, the disclosure workspace, letters
        and transparency arrangements, dated from the journal's first day (the earliest
        day an entry or a moment is about)."""
        db = vault.database

        def first_day() -> dt.date | None:
            return first_day_written(db)

        def role() -> str:
            return self.settings.prompt_role

        def said_place() -> str:
            return self.settings.recovery_phase

        self.path = RecoveryPath(
            PathStore(db), self.changes, self.clock, role, first_day, said_place
        )
        self.scores = Scores(ScoreStore(db), self.changes, self.clock, first_day)
        self.disclosure = Disclosure(DisclosureStore(db), self.changes, self.clock, first_day)
        self.letters = Letters(LetterStore(db), self.changes, self.clock)
        self.arrangements = Arrangements(
            ArrangementStore(db), self.agreements, self.changes, self.clock, first_day
        )

    def _add_care_parts(self, vault: Vault) -> None:
        """When it's hard: support contacts and hard dates with their plans."""
        db = vault.database
        self.support_contacts = SupportContacts(SupportContactStore(db), self.changes, self.clock)
        self.hard_dates = HardDates(HardDateStore(db), EventStore(db), self.changes, self.clock)

    def on_this_day(self) -> OnThisDay:
        """Earlier years' good days and moments on today's date, only when turned on."""
        if not self.settings.on_this_day:
            return NOTHING
        return on_this_day(
            self.vault.database,
            self._entries.get_many,
            self.hard_dates.listed(),
            self.clock.today(),
            with_private=self.settings.on_this_day_private,
        )

    def timeline(self, start: dt.date, end: dt.date) -> Timeline:
        """Check-ins, events, agreements and daily moods from `start` to `end`, with trends."""
        return read_timeline(self._timeline, self.settings, start, end)

    def close(self) -> None:
        self.vault.close()

    # -- entries: changing ---------------------------------------------------------

    def add_entry(self, draft: EntryDraft) -> Entry:
        entry_id = self._entries.insert(checked_draft(draft), self.clock.now())
        self.changes.publish(Change(Topic.ENTRIES, Action.ADDED, ids=(entry_id,)))
        return self._entries.get(entry_id)

    def update_entry(self, entry_id: int, draft: EntryDraft) -> Entry:
        self._entries.update(entry_id, checked_draft(draft), self.clock.now())
        self.changes.publish(Change(Topic.ENTRIES, Action.UPDATED, ids=(entry_id,)))
        return self._entries.get(entry_id)

    def delete_entry(self, entry_id: int) -> Entry:
        """Delete an entry and return it as it was, so the app can offer to undo."""
        entry = self._entries.get(entry_id)
        self._entries.delete(entry_id)
        self.changes.publish(Change(Topic.ENTRIES, Action.DELETED, ids=(entry_id,)))
        # Moments on the timeline that pointed at the entry lose that link.
        self.changes.publish(Change(Topic.EVENTS, Action.UPDATED))
        return entry

    def restore_entry(self, entry: Entry) -> Entry:
        """Undo a delete: the entry comes back with its id and timestamps."""
        self._entries.restore(entry)
        self.changes.publish(Change(Topic.ENTRIES, Action.ADDED, ids=(entry.id,)))
        return self._entries.get(entry.id)

    # -- entries: importing --------------------------------------------------------

    def import_entries(
        self,
        source: str,
        drafts: Iterable[tuple[str, EntryDraft]],
        after_each: Callable[[int], None] | None = None,
        announce: bool = True,
        attachments: Callable[[str], Iterable[Intake]] | None = None,
        source_of: Callable[[str], str] | None = None,
    ) -> tuple[int, ...]:
        """Write many entries from one source in one transaction: all of them, or none.

        `drafts` are (the key the source knows the entry by, the draft), read lazily so a
        large file is never held whole. Each draft is checked here as every change is
        (the importer checks them first too, to say where a bad one is; a tidy draft
        passes through without a copy). The search index is built once, at the end.
        `after_each(count)` may raise to undo everything (a cancel). With
        `announce=False` (a write off the GUI thread) the caller calls
        `announce_imported` where the views listen. `attachments(key)` gives the prepared
        files of each entry, kept with it in the same transaction. `source_of(key)` names
        the source an entry is remembered under where it is not `source` (our own export's
        entries, found in a folder of Markdown files).
        """
        checked = ((key, checked_draft(draft)) for key, draft in drafts)
        now = self.clock.now()
        written = tuple(
            self._imports.insert(source, checked, now, after_each, attachments, source_of)
        )
        if announce:
            self.announce_imported(written)
        return written

    def announce_imported(self, ids: Sequence[int]) -> None:
        """The one change an import publishes, for all the entries it wrote."""
        if ids:
            self.changes.publish(Change(Topic.ENTRIES, Action.ADDED, ids=tuple(ids)))

    def imported_from(self, source: str) -> bool:
        """True when anything imported from `source` is in the journal."""
        return self._imports.has_source(source)

    def was_imported(self, source: str, key: str) -> bool:
        """True when the entry `source` knows as `key` was imported before."""
        return self._imports.known(source, key)

    def imported_keys(self, source: str, keys: Sequence[str]) -> set[str]:
        """Which of `keys` (as `source` knows its entries) were imported before."""
        return self._imports.known_keys(source, keys)

    def holds(self, entry_id: int, created_at: str) -> bool:
        """True when this very entry is in the journal (our own export, brought back)."""
        return self._imports.holds(entry_id, created_at)

    # -- entries: reading ----------------------------------------------------------

    def entry(self, entry_id: int) -> Entry:
        return self._entries.get(entry_id)

    def entries_by_id(self, ids: Sequence[int]) -> list[Entry]:
        return self._entries.get_many(ids)

    def entries(
        self, where: EntryFilter | None = None, limit: int = 50, offset: int = 0
    ) -> list[Entry]:
        return self._entries.page(tidy_filter(where), limit=limit, offset=offset)

    def entry_ids(self, where: EntryFilter | None = None) -> list[int]:
        return self._entries.ids(tidy_filter(where))

    def count(self, where: EntryFilter | None = None) -> int:
        return self._entries.count(tidy_filter(where))

    def tags_in_use(self) -> list[str]:
        return self._entries.used_names("tags")

    def activities_in_use(self) -> list[str]:
        return self._entries.used_names("activities")


def tidy_filter(where: EntryFilter | None) -> EntryFilter:
    """Tags and emotions are stored tidied (lower case, single spaces); so are filters."""
    where = where or EntryFilter()
    return dataclasses.replace(
        where,
        tags=vocabulary.tidy_words(where.tags),
        emotions=vocabulary.tidy_words(where.emotions),
    )


def checked_draft(draft: EntryDraft) -> EntryDraft:
    """The draft tidied, or InvalidInput with a sentence that says what to change.

    A draft that is tidy already comes back as it is (imports check every entry, and a
    copy of each was a tenth of reading a file)."""
    if draft.mood is not None and not MOOD_MIN <= draft.mood <= MOOD_MAX:
        raise InvalidInput(texts.MOOD_RANGE.format(low=MOOD_MIN, high=MOOD_MAX))
    title = draft.title.strip()
    emotions = vocabulary.checked_emotions(draft.emotions)
    tags = vocabulary.tidy_words(draft.tags)
    activities = vocabulary.tidy_words(draft.activities)
    if (title, emotions, tags, activities) == (
        draft.title,
        draft.emotions,
        draft.tags,
        draft.activities,
    ):
        return draft
    return dataclasses.replace(
        draft, title=title, emotions=emotions, tags=tags, activities=activities
    )
