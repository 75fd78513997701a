"""Unsent letters: drafts kept in the journal and marked as letters, apart from entries."""

from __future__ import annotations

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.journal import Journal


def test_a_letter_is_written_changed_listed_by_kind_and_deleted(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    impact = journal.letters.write("impact", "  What it did  ", "Dear you,")
    to_me = journal.letters.write("self", body="Be gentle.")
    assert (impact.kind, impact.title) == ("impact", "What it did")
    changed = journal.letters.update(impact.id, "What it did to me", "Dear you, ...")
    assert changed.body == "Dear you, ..."
    assert journal.letters.listed("self") == [to_me]
    assert [letter.id for letter in journal.letters.listed()] == [impact.id, to_me.id]
    assert journal.letters.chosen((to_me.id, impact.id)) == [to_me, changed]
    assert journal.letters.delete(to_me.id) == to_me
    assert journal.count() == 0  # letters are not entries
    assert [(c.topic, c.action) for c in seen] == [
        (Topic.LETTERS, Action.ADDED),
        (Topic.LETTERS, Action.ADDED),
        (Topic.LETTERS, Action.UPDATED),
        (Topic.LETTERS, Action.DELETED),
    ]
    with pytest.raises(NotFound):
        journal.letters.get(to_me.id)
    with pytest.raises(InvalidInput, match="Choose from: impact, amends, self, disclosure"):
        journal.letters.write("apology")


def test_a_deleted_letter_comes_back_whole_with_its_id_and_days(
    journal: Journal, clock: ManualClock
) -> None:
    letter = journal.letters.write("amends", "What I owe", "I am sorry for ...")
    later = journal.letters.write("self", "Later", "kept")
    deleted = journal.letters.delete(letter.id)
    clock.advance(days=2)
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    assert journal.letters.bring_back(deleted) == letter
    assert journal.letters.listed() == [letter, later]
    assert [(c.topic, c.action, c.ids) for c in seen] == [
        (Topic.LETTERS, Action.ADDED, (letter.id,))
    ]
