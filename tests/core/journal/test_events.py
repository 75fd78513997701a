"""Timeline events: kinds, triggers with intensity and minutes to calm, links to entries."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import EVENT_KINDS, EventDraft

DAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_every_kind_of_event_is_kept(journal: Journal, kind: str) -> None:
    event = journal.events.add(EventDraft(day=DAY, kind=kind, title=f"  A {kind} day ", note="n"))
    again = journal.events.get(event.id)
    assert (again.day, again.kind, again.title, again.note) == (DAY, kind, f"A {kind} day", "n")


def test_a_trigger_keeps_intensity_and_minutes_to_calm(journal: Journal) -> None:
    event = journal.events.add(
        EventDraft(day=DAY, kind="trigger", title="A song", intensity=7, minutes_to_calm=45)
    )
    assert (event.intensity, event.minutes_to_calm) == (7, 45)


def test_an_unknown_kind_is_refused_with_the_valid_ones(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as raised:
        journal.events.add(EventDraft(day=DAY, kind="fight", title="x"))
    assert all(kind in str(raised.value) for kind in EVENT_KINDS)


@pytest.mark.parametrize("intensity", [-1, 11])
def test_intensity_goes_from_0_to_10(journal: Journal, intensity: int) -> None:
    with pytest.raises(InvalidInput, match="0 to 10"):
        journal.events.add(EventDraft(day=DAY, kind="trigger", title="x", intensity=intensity))


def test_minutes_to_calm_cannot_be_negative(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="Minutes to calm"):
        journal.events.add(EventDraft(day=DAY, kind="trigger", title="x", minutes_to_calm=-5))


def test_only_triggers_carry_intensity(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="triggers"):
        journal.events.add(EventDraft(day=DAY, kind="therapy", title="Session", intensity=3))


def test_an_event_needs_a_title(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="title"):
        journal.events.add(EventDraft(day=DAY, kind="other", title="   "))


def test_an_event_links_to_an_entry_and_survives_its_deletion(journal: Journal) -> None:
    entry = journal.add_entry(EntryDraft(day=DAY, body="What happened"))
    event = journal.events.add(
        EventDraft(day=DAY, kind="setback", title="Hard day", entry_id=entry.id)
    )
    assert event.entry_id == entry.id
    journal.delete_entry(entry.id)
    assert journal.events.get(event.id).entry_id is None


def test_a_link_to_a_missing_entry_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="no entry"):
        journal.events.add(EventDraft(day=DAY, kind="other", title="x", entry_id=999))


def test_changes_are_reported(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    event = journal.events.add(EventDraft(day=DAY, kind="therapy", title="Session one"))
    journal.events.update(event.id, EventDraft(day=DAY, kind="therapy", title="Session 1"))
    journal.events.delete(event.id)
    assert [(c.topic, c.action) for c in seen] == [
        (Topic.EVENTS, Action.ADDED),
        (Topic.EVENTS, Action.UPDATED),
        (Topic.EVENTS, Action.DELETED),
    ]
    assert journal.events.between(DAY, DAY) == []
