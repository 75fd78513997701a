"""Notes written while the journal was locked, reviewed at unlock: the one door the app
and the command line use (issue 25, decision 0006).

    review = SealedNotes(journal)
    intake = review.open()         # every waiting note, oldest first; what was set aside
    review.keep(intake.notes)      # each an entry, then its file overwritten and removed
    review.discard(intake.notes)   # the files overwritten and removed; nothing added

The app works in steps, so that nothing slow holds its GUI thread (10,000 notes take
seconds to open and to keep): `opener` reads the keys (the database, on the GUI thread)
and gives the work of opening the files (any thread, stoppable); `sort_out` sets apart
the notes kept already (one query per few hundred); `keep_entries` writes the entries in
one transaction (stoppable, rolled back whole: the app runs it on its helper and
publishes the one change report back on the GUI thread); `remove_files` (the file system
only; any thread, stoppable), then `forget_unneeded_keys` (the database again).

Sealing itself needs no journal: `trustjournal.core.vault.inbox.inbox.capture(folder, note)`.
A kept note is recorded with the digest of its sealed bytes (as an import is), so a
crash between the entry's commit and the file's removal never keeps it twice: the next
review removes the file it finds already kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.inbox.inbox import Intake, WaitingNote, never

SOURCE = "sealed-note"


class SealedNotes:
    """The review of the inbox for one open journal."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._vault = journal.vault

    def count(self) -> int:
        """How many notes wait, by their files' names alone (nothing is opened)."""
        return inbox.waiting_count(self._vault.paths.folder)

    def open(self) -> Intake:
        """Open every waiting note. One already kept (a crash before its file went) is
        removed here and not shown again."""
        fresh, kept = self.sort_out(self.opener()(never))
        if kept:
            inbox.remove(kept)
        return fresh

    def opener(self) -> Callable[[Callable[[], bool]], Intake]:
        """Reads the capture keys now, on the journal's thread; gives the opening of the
        files (no database: any thread), asked `stopped()` before each file."""
        keys = inbox.opening_keys(self._vault.database)
        paths, vault_id = self._vault.paths, self._vault.keyfile.vault_id
        return lambda stopped: inbox.open_files(paths, keys, vault_id, stopped)

    def sort_out(self, intake: Intake) -> tuple[Intake, tuple[WaitingNote, ...]]:
        """(the notes to show, those kept already: a crash came before their files went,
        and they are only to be removed)."""
        kept = self._journal.imported_keys(SOURCE, [note.digest for note in intake.notes])
        fresh = tuple(note for note in intake.notes if note.digest not in kept)
        already = tuple(note for note in intake.notes if note.digest in kept)
        return Intake(fresh, intake.set_aside), already

    def keep(self, notes: Sequence[WaitingNote]) -> tuple[int, ...]:
        """Each note as an entry (one transaction for all), then its file removed."""
        ids = self.keep_entries(notes)
        self.remove_files(notes)
        self.forget_unneeded_keys()
        return ids

    def discard(self, notes: Sequence[WaitingNote]) -> None:
        self.remove_files(notes)
        self.forget_unneeded_keys()

    def keep_entries(
        self,
        notes: Sequence[WaitingNote],
        stopped: Callable[[], bool] = never,
        announce: bool = True,
    ) -> tuple[int, ...]:
        """Each note not kept before as an entry, all in one transaction; files untouched
        (a crash after this never keeps one twice: the next review removes its file).

        `stopped()` is asked after each entry: True undoes them all (`KeepStopped`).
        With `announce=False` (written off the GUI thread) the caller publishes the
        change with `announce_kept` where the views listen."""
        kept = self._journal.imported_keys(SOURCE, [note.digest for note in notes])
        fresh = [note for note in notes if note.digest not in kept]

        def unless_stopped(_count: int) -> None:
            if stopped():
                raise KeepStopped()

        return self._journal.import_entries(
            SOURCE,
            ((note.digest, draft_of(note)) for note in fresh),
            after_each=unless_stopped,
            announce=announce,
        )

    def announce_kept(self, ids: Sequence[int]) -> None:
        """The one change report for entries `keep_entries` wrote unannounced."""
        self._journal.announce_imported(ids)

    @staticmethod
    def remove_files(notes: Sequence[WaitingNote], stopped: Callable[[], bool] = never) -> None:
        """Overwrite and remove the notes' files: no database, so any thread may. Stopped
        part way (a lock), what is left is safe: a kept note's file is removed at the next
        review, a zeroed file too; a discarded note not reached yet is shown again."""
        inbox.remove(notes, stopped)

    def forget_unneeded_keys(self) -> None:
        """Older capture keys no waiting note is sealed to any more go."""
        inbox.forget_unneeded_keys(self._vault.paths, self._vault.database)


class KeepStopped(Exception):
    """A keep stopped part way (a lock): the transaction is rolled back, nothing kept."""


def draft_of(waiting: WaitingNote) -> EntryDraft:
    """The entry a kept note becomes: its words, mood and tags, on the day it was written."""
    note = waiting.note
    return EntryDraft(
        day=note.written_at.astimezone().date(), body=note.text, mood=note.mood, tags=note.tags
    )
