"""Notes written while the journal was locked, reviewed at unlock: the one door the app
and the command line use (issue 25, decision 0006).

    review = SealedNotes(journal)
    intake = review.open()         # every waiting note, oldest first; what was set aside
    review.keep(intake.notes)      # each an entry, then its file overwritten and removed
    review.discard(intake.notes)   # the files overwritten and removed; nothing added

The app keeps in steps, so that removing the files (seconds for a thousand notes on some
disks) runs off the GUI thread: `keep_entries` (one transaction, on the thread that owns
the journal), `remove_files` (the file system only; safe on any thread, and stoppable),
then `forget_unneeded_keys` (the database again).

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
        return len(inbox.waiting_names(self._vault.paths.folder))

    def open(self) -> Intake:
        """Open every waiting note. One already kept (a crash before its file went) is
        removed here and not shown again."""
        intake = inbox.open_inbox(
            self._vault.paths, self._vault.database, self._vault.keyfile.vault_id
        )
        kept = [note for note in intake.notes if self._already_kept(note)]
        if kept:
            inbox.remove(kept)
        gone = {note.path for note in kept}
        fresh = tuple(note for note in intake.notes if note.path not in gone)
        return Intake(fresh, intake.set_aside)

    def keep(self, notes: Sequence[WaitingNote]) -> tuple[int, ...]:
        """Each note as an entry (one transaction for all), then its file removed."""
        ids = self.keep_entries(notes)
        self.remove_files(notes)
        self.forget_unneeded_keys()
        return ids

    def discard(self, notes: Sequence[WaitingNote]) -> None:
        self.remove_files(notes)
        self.forget_unneeded_keys()

    def keep_entries(self, notes: Sequence[WaitingNote]) -> tuple[int, ...]:
        """Each note not kept before as an entry, all in one transaction; files untouched
        (a crash after this never keeps one twice: the next review removes its file)."""
        fresh = [note for note in notes if not self._already_kept(note)]
        return self._journal.import_entries(
            SOURCE, ((note.digest, draft_of(note)) for note in fresh)
        )

    @staticmethod
    def remove_files(notes: Sequence[WaitingNote], stopped: Callable[[], bool] = never) -> None:
        """Overwrite and remove the notes' files: no database, so any thread may. Stopped
        part way (a lock), what is left is safe: a kept note's file is removed at the next
        review, a zeroed file too; a discarded note not reached yet is shown again."""
        inbox.remove(notes, stopped)

    def forget_unneeded_keys(self) -> None:
        """Older capture keys no waiting note is sealed to any more go."""
        inbox.forget_unneeded_keys(self._vault.paths, self._vault.database)

    def _already_kept(self, note: WaitingNote) -> bool:
        return self._journal.was_imported(SOURCE, note.digest)


def draft_of(waiting: WaitingNote) -> EntryDraft:
    """The entry a kept note becomes: its words, mood and tags, on the day it was written."""
    note = waiting.note
    return EntryDraft(
        day=note.written_at.astimezone().date(), body=note.text, mood=note.mood, tags=note.tags
    )
