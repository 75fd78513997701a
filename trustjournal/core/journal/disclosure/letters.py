"""Unsent letters: an impact letter, an amends or restitution letter, a letter to
yourself, and the involved partner's disclosure letter draft.

Drafts kept in the journal and marked as letters, apart from the entries: no export
takes one unless it is chosen by its id (ExportOptions.letters).
"""

from __future__ import annotations

from trustjournal.core.changes import Action, Change, ChangeHub, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.trust_checks import one_of
from trustjournal.core.records.disclosure import LETTER_KINDS, Letter
from trustjournal.core.vault.stores.recovery.disclosure import LetterStore


class Letters:
    def __init__(self, store: LetterStore, changes: ChangeHub, clock: Clock) -> None:
        self._store = store
        self._changes = changes
        self._clock = clock

    def write(self, kind: str, title: str = "", body: str = "") -> Letter:
        one_of(kind, LETTER_KINDS, "a kind of letter")
        letter_id = self._store.insert(kind, " ".join(title.split()), body, self._clock.now())
        self._publish(Action.ADDED, letter_id)
        return self._store.get(letter_id)

    def update(self, letter_id: int, title: str, body: str) -> Letter:
        self._store.update(letter_id, " ".join(title.split()), body, self._clock.now())
        self._publish(Action.UPDATED, letter_id)
        return self._store.get(letter_id)

    def delete(self, letter_id: int) -> Letter:
        letter = self._store.get(letter_id)
        self._store.table.delete(letter_id)
        self._publish(Action.DELETED, letter_id)
        return letter

    def bring_back(self, letter: Letter) -> Letter:
        """Undo a delete: the letter comes back with its id and its days."""
        self._store.restore(letter)
        self._publish(Action.ADDED, letter.id)
        return self._store.get(letter.id)

    def get(self, letter_id: int) -> Letter:
        return self._store.get(letter_id)

    def listed(self, kind: str | None = None) -> list[Letter]:
        letters = self._store.listed()
        return letters if kind is None else [letter for letter in letters if letter.kind == kind]

    def chosen(self, letter_ids: tuple[int, ...]) -> list[Letter]:
        """The letters chosen one by one for an export, in the order chosen."""
        return [self._store.get(letter_id) for letter_id in letter_ids]

    def _publish(self, action: Action, letter_id: int) -> None:
        self._changes.publish(Change(Topic.LETTERS, action, ids=(letter_id,)))
