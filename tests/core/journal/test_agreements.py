"""Agreements: made, reviewed, kept or revised, with a history of every status change."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import AgreementDraft

MADE = dt.date(2026, 3, 10)


def _agreement(journal: Journal, title: str = "Phones stay open to each other") -> int:
    draft = AgreementDraft(title=title, made=MADE, details="Both of us", review=dt.date(2026, 6, 1))
    return journal.agreements.add(draft).id


def test_an_agreement_keeps_what_was_agreed(journal: Journal, clock: ManualClock) -> None:
    agreement = journal.agreements.get(_agreement(journal))
    assert agreement.title == "Phones stay open to each other"
    assert agreement.details == "Both of us"
    assert (agreement.made, agreement.review) == (MADE, dt.date(2026, 6, 1))
    assert agreement.status == "active"
    assert agreement.created_at == clock.now()


def test_making_an_agreement_adds_an_agreement_event(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    agreement_id = _agreement(journal)
    [event] = journal.events.between(MADE, MADE)
    assert (event.kind, event.title, event.agreement_id) == (
        "agreement",
        "Phones stay open to each other",
        agreement_id,
    )
    assert {(c.topic, c.action) for c in seen} == {
        (Topic.AGREEMENTS, Action.ADDED),
        (Topic.EVENTS, Action.ADDED),
    }


def test_editing_an_agreement_moves_its_event(journal: Journal) -> None:
    agreement_id = _agreement(journal)
    later = MADE + dt.timedelta(days=2)
    journal.agreements.update(agreement_id, AgreementDraft(title="Open phones", made=later))
    [event] = journal.events.between(MADE, later)
    assert (event.day, event.title) == (later, "Open phones")


def test_the_history_records_each_status_with_the_clocks_time(
    journal: Journal, clock: ManualClock
) -> None:
    agreement_id = _agreement(journal)
    made_at = clock.now()
    clock.advance(days=30)
    journal.agreements.set_status(agreement_id, "revised")
    revised_at = clock.now()
    clock.advance(days=60)
    retired = journal.agreements.set_status(agreement_id, "retired")
    assert retired.status == "retired"
    assert retired.updated_at == clock.now()
    history = journal.agreements.history(agreement_id)
    assert [(h.status, h.changed_at) for h in history] == [
        ("active", made_at),
        ("revised", revised_at),
        ("retired", clock.now()),
    ]


def test_setting_the_same_status_again_adds_no_history(journal: Journal) -> None:
    agreement_id = _agreement(journal)
    journal.agreements.set_status(agreement_id, "active")
    assert [h.status for h in journal.agreements.history(agreement_id)] == ["active"]


def test_an_unknown_status_is_refused_with_the_valid_ones(journal: Journal) -> None:
    agreement_id = _agreement(journal)
    with pytest.raises(InvalidInput, match="active, revised, retired"):
        journal.agreements.set_status(agreement_id, "broken")


def test_a_review_date_before_the_agreement_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="review"):
        journal.agreements.add(
            AgreementDraft(title="x", made=MADE, review=MADE - dt.timedelta(days=1))
        )


def test_listing_by_status_in_the_order_made(journal: Journal) -> None:
    second = journal.agreements.add(AgreementDraft(title="Later", made=MADE)).id
    first = journal.agreements.add(AgreementDraft(title="Earlier", made=MADE - dt.timedelta(1))).id
    journal.agreements.set_status(second, "retired")
    assert [a.id for a in journal.agreements.listed()] == [first, second]
    assert [a.id for a in journal.agreements.listed("retired")] == [second]
    assert [a.id for a in journal.agreements.listed("active")] == [first]


def test_deleting_takes_its_history_and_event_with_it(journal: Journal) -> None:
    agreement_id = _agreement(journal)
    journal.agreements.delete(agreement_id)
    with pytest.raises(NotFound):
        journal.agreements.history(agreement_id)
    assert journal.events.between(MADE, MADE) == []


def test_a_missing_agreement_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.agreements.set_status(42, "retired")


def test_agreements_due_for_review(journal: Journal, clock: ManualClock) -> None:
    today = clock.today()
    due = journal.agreements.add(AgreementDraft(title="Due today", made=MADE, review=today)).id
    journal.agreements.add(
        AgreementDraft(title="Later", made=MADE, review=today + dt.timedelta(days=1))
    )
    journal.agreements.add(AgreementDraft(title="No review", made=MADE))
    retired = journal.agreements.add(
        AgreementDraft(title="Retired", made=MADE, review=today - dt.timedelta(days=3))
    ).id
    journal.agreements.set_status(retired, "retired")
    assert [a.id for a in journal.agreements.due_for_review()] == [due]
    clock.advance(days=1)
    assert [a.title for a in journal.agreements.due_for_review()] == ["Due today", "Later"]
