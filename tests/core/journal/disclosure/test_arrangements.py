"""Transparency arrangements: an agreement with a start, an end, both partners' yes and a
review; paused and resumed in one step, ended by choice or by its end day, reviewed;
bad values one sentence each and nothing stored."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import (
    ENDED,
    NOT_YET,
    PAUSED,
    RUNNING,
    WAITING,
    ArrangementDraft,
)
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft

TODAY = dt.date(2026, 3, 14)
SHARING = AgreementDraft(
    title="Sharing locations", made=TODAY, review=TODAY + dt.timedelta(days=14)
)


def _make(journal: Journal, **changes: object) -> int:
    values: dict[str, object] = {
        "kind": "location",
        "starts": TODAY,
        "days": 30,
        "my_yes": True,
        "partner_yes": True,
    }
    values.update(changes)
    agreement, _ = journal.arrangements.make(SHARING, ArrangementDraft(**values))  # type: ignore[arg-type]
    return agreement.id


def test_an_arrangement_is_an_agreement_with_an_end_and_both_yeses(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    agreement_id = _make(journal)
    arrangement = journal.arrangements.get(agreement_id)
    assert (arrangement.starts, arrangement.ends) == (TODAY, TODAY + dt.timedelta(days=29))
    assert (arrangement.my_yes, arrangement.partner_yes) == (TODAY, TODAY)
    assert arrangement.state(TODAY) == RUNNING
    assert journal.agreements.get(agreement_id).review == TODAY + dt.timedelta(days=14)
    assert (Topic.AGREEMENTS, Action.ADDED) in [(c.topic, c.action) for c in seen]
    assert (Topic.ARRANGEMENTS, Action.ADDED) in [(c.topic, c.action) for c in seen]
    plain = journal.agreements.add(AgreementDraft(title="Honest answers", made=TODAY))
    with pytest.raises(NotFound, match="not a transparency arrangement"):
        journal.arrangements.get(plain.id)


def test_it_waits_for_both_yeses_and_may_start_later(journal: Journal) -> None:
    agreement_id = _make(journal, partner_yes=False, starts=TODAY + dt.timedelta(days=3))
    assert journal.arrangements.get(agreement_id).state(TODAY) == WAITING
    assert journal.arrangements.say_yes(agreement_id, "partner").partner_yes == TODAY
    assert journal.arrangements.get(agreement_id).state(TODAY) == NOT_YET
    assert journal.arrangements.say_yes(agreement_id, "mine", yes=False).my_yes is None


def test_a_pause_is_one_step_and_so_is_going_on(journal: Journal, clock: ManualClock) -> None:
    agreement_id = _make(journal)
    clock.advance(days=2)
    paused = journal.arrangements.pause(agreement_id)
    assert (paused.state(clock.today()), paused.paused_on) == (PAUSED, TODAY + dt.timedelta(days=2))
    assert journal.arrangements.resume(agreement_id).state(clock.today()) == RUNNING


def test_an_ended_one_says_when_by_choice_or_by_its_end_day(
    journal: Journal, clock: ManualClock
) -> None:
    chosen = _make(journal)
    clock.advance(days=5)
    ended = journal.arrangements.end(chosen)
    assert (ended.state(clock.today()), ended.ended(clock.today())) == (
        ENDED,
        TODAY + dt.timedelta(days=5),
    )
    assert journal.agreements.get(chosen).status == "retired"
    with pytest.raises(InvalidInput, match="ended on 19 March 2026"):
        journal.arrangements.pause(chosen)
    running_out = _make(journal, starts=TODAY + dt.timedelta(days=5), days=3)
    clock.advance(days=3)
    arrangement = journal.arrangements.get(running_out)
    assert (arrangement.state(clock.today()), arrangement.ended(clock.today())) == (
        ENDED,
        TODAY + dt.timedelta(days=7),
    )


def test_a_review_keeps_it_with_a_new_day_or_ends_it(journal: Journal, clock: ManualClock) -> None:
    kept, dropped = _make(journal), _make(journal, kind="phone")
    assert journal.arrangements.due_for_review() == []
    clock.advance(days=14)
    assert [a.id for a, _ in journal.arrangements.due_for_review()] == [kept, dropped]
    with pytest.raises(InvalidInput, match="give the day to look at it again"):
        journal.arrangements.review(kept, keep=True)
    journal.arrangements.review(kept, keep=True, next_review=clock.today() + dt.timedelta(days=7))
    assert journal.agreements.get(kept).review == clock.today() + dt.timedelta(days=7)
    assert journal.arrangements.review(dropped, keep=False).ended_on == clock.today()
    assert journal.arrangements.due_for_review() == []


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"days": None}, "needs an end"),
        ({"ends": TODAY + dt.timedelta(days=3)}, "not both"),
        ({"days": None, "ends": TODAY - dt.timedelta(days=1)}, "cannot end before it starts"),
        ({"days": 0}, "from 1 to 365 days"),
        ({"kind": "diary"}, "not a kind of arrangement"),
        ({"starts": TODAY - dt.timedelta(days=400)}, "before your journal's first day"),
    ],
)
def test_bad_values_get_one_sentence_and_nothing_is_stored(
    journal: Journal, changes: dict[str, object], sentence: str
) -> None:
    journal.add_entry(EntryDraft(day=TODAY - dt.timedelta(days=10), body="first"))
    with pytest.raises(InvalidInput, match=sentence):
        _make(journal, **changes)
    assert journal.arrangements.listed() == [] and journal.agreements.listed() == []


def test_the_timeline_gets_those_that_overlap_its_period(journal: Journal) -> None:
    early = _make(journal, days=10)
    later = _make(journal, starts=TODAY + dt.timedelta(days=40), days=10)
    shown = journal.arrangements.between(
        TODAY + dt.timedelta(days=5), TODAY + dt.timedelta(days=20)
    )
    assert [a.agreement_id for a in shown] == [early]
    assert [a.agreement_id for a in journal.arrangements.listed()] == [early, later]


def test_an_agreement_already_made_can_become_an_arrangement_once(journal: Journal) -> None:
    plain = journal.agreements.add(AgreementDraft(title="Phones open", made=TODAY))
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    draft = ArrangementDraft("phone", TODAY, ends=TODAY + dt.timedelta(days=6), my_yes=True)
    arrangement = journal.arrangements.mark(plain.id, draft)
    assert (arrangement.agreement_id, arrangement.kind) == (plain.id, "phone")
    assert (arrangement.my_yes, arrangement.partner_yes) == (TODAY, None)
    assert journal.arrangements.get(plain.id) == arrangement
    assert (Topic.ARRANGEMENTS, Action.ADDED) in [(c.topic, c.action) for c in seen]
    with pytest.raises(InvalidInput, match="already a transparency arrangement"):
        journal.arrangements.mark(plain.id, draft)
    other = journal.agreements.add(AgreementDraft(title="Calls each evening", made=TODAY))
    with pytest.raises(InvalidInput, match="needs an end"):
        journal.arrangements.mark(other.id, ArrangementDraft("calls", TODAY))
    with pytest.raises(NotFound):
        journal.arrangements.get(other.id)
    with pytest.raises(NotFound):
        journal.arrangements.mark(9999, draft)
