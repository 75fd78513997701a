"""The disclosure workspace: questions and how far they are answered, "no details"
topics from both sides, planned and held days with a note after, the ledger of what was
told when, the checklist; each change reported, bad values one sentence and nothing stored."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.disclosure.workspace import TOLD_LIMIT
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

TODAY = dt.date(2026, 3, 14)


def test_a_question_is_parked_open_and_marked_partly_then_answered(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    question = journal.disclosure.ask("  Who else knew?  ")
    assert (question.text, question.state) == ("Who else knew?", "open")
    assert journal.disclosure.mark(question.id, "partly").state == "partly"
    assert journal.disclosure.mark(question.id, "answered").state == "answered"
    assert [q.state for q in journal.disclosure.questions()] == ["answered"]
    assert [(c.topic, c.action) for c in seen] == [
        (Topic.DISCLOSURE, Action.ADDED),
        (Topic.DISCLOSURE, Action.UPDATED),
        (Topic.DISCLOSURE, Action.UPDATED),
    ]
    with pytest.raises(InvalidInput, match="Choose from: open, partly, answered"):
        journal.disclosure.mark(question.id, "done")
    with pytest.raises(InvalidInput, match="A question needs a few words"):
        journal.disclosure.ask("   ")
    journal.disclosure.remove_question(question.id)
    assert journal.disclosure.questions() == []
    with pytest.raises(NotFound):
        journal.disclosure.mark(question.id, "open")


def test_no_details_topics_are_listed_by_whose_list_they_are_on(journal: Journal) -> None:
    journal.disclosure.add_topic("Sexual details")
    journal.disclosure.add_topic("Where they met", source="partner")
    assert [t.text for t in journal.disclosure.topics("mine")] == ["Sexual details"]
    assert [t.text for t in journal.disclosure.topics("partner")] == ["Where they met"]
    assert len(journal.disclosure.topics()) == 2
    with pytest.raises(InvalidInput):
        journal.disclosure.add_topic("x", source="theirs")


def test_a_disclosure_is_planned_then_held_with_a_private_note_after(
    journal: Journal, clock: ManualClock
) -> None:
    meeting = journal.disclosure.plan(TODAY + dt.timedelta(days=10))
    assert (meeting.planned, meeting.held, meeting.note) == (
        TODAY + dt.timedelta(days=10),
        None,
        "",
    )
    with pytest.raises(InvalidInput, match="has not come yet"):
        journal.disclosure.update_meeting(
            meeting.id, meeting.planned, TODAY + dt.timedelta(days=10), ""
        )
    clock.advance(days=10)
    held = journal.disclosure.update_meeting(
        meeting.id, meeting.planned, TODAY + dt.timedelta(days=10), " Heavy, and clearer. "
    )
    assert (held.held, held.note) == (TODAY + dt.timedelta(days=10), "Heavy, and clearer.")
    assert journal.disclosure.meetings() == [held]


def test_a_day_before_the_journals_first_day_is_refused(journal: Journal) -> None:
    journal.add_entry(EntryDraft(day=TODAY - dt.timedelta(days=30), body="first"))
    with pytest.raises(InvalidInput, match="before your journal's first day"):
        journal.disclosure.plan(TODAY - dt.timedelta(days=31))
    with pytest.raises(InvalidInput, match="before your journal's first day"):
        journal.disclosure.tell("The dates", day=TODAY - dt.timedelta(days=31))
    assert journal.disclosure.meetings() == [] and journal.disclosure.ledger() == []


def test_the_ledger_keeps_what_was_told_when_oldest_first_and_whether_it_was_new(
    journal: Journal,
) -> None:
    journal.add_entry(EntryDraft(day=TODAY - dt.timedelta(days=60), body="first"))
    later = journal.disclosure.tell("It went on longer than I was told.", day=TODAY)
    first = journal.disclosure.tell(
        "The affair began in spring.", day=TODAY - dt.timedelta(days=40), new=True
    )
    again = journal.disclosure.tell("Spring again.", day=TODAY - dt.timedelta(days=20), new=False)
    assert journal.disclosure.ledger() == [first, again, later]
    assert [line.new for line in journal.disclosure.ledger()] == [True, False, True]
    with pytest.raises(InvalidInput, match="a sentence or two"):
        journal.disclosure.tell("x" * (TOLD_LIMIT + 1))
    with pytest.raises(InvalidInput, match="has not come yet"):
        journal.disclosure.tell("Tomorrow", day=TODAY + dt.timedelta(days=1))
    journal.disclosure.remove_ledger_line(again.id)
    assert journal.disclosure.ledger() == [first, later]


def test_the_preparation_checklist_is_ticked_and_unticked(journal: Journal) -> None:
    step = journal.disclosure.add_step("The dates, in order")
    assert not step.done
    assert journal.disclosure.tick(step.id).done
    assert not journal.disclosure.tick(step.id, done=False).done
    assert [s.text for s in journal.disclosure.checklist()] == ["The dates, in order"]
