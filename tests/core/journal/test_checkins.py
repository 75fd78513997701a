"""Trust check-ins: scores, needs met, and when the next one is due."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.journal.cadence import checkin_due
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import DIMENSIONS, CheckinDraft

DAY = dt.date(2026, 3, 14)


def test_a_checkin_keeps_its_scores_needs_and_note(journal: Journal) -> None:
    checkin = journal.checkins.add(
        CheckinDraft(day=DAY, scores={"overall": 6, "safety": 4}, needs_met="partly", note=" ok ")
    )
    again = journal.checkins.get(checkin.id)
    assert again.day == DAY
    assert again.scores == {"safety": 4, "overall": 6}
    assert list(again.scores) == ["safety", "overall"]  # shown in dimension order
    assert again.needs_met == "partly"
    assert again.note == "ok"


def test_every_dimension_may_be_left_out(journal: Journal) -> None:
    checkin = journal.checkins.add(CheckinDraft(day=DAY))
    assert checkin.scores == {}
    assert checkin.needs_met is None


def test_every_dimension_can_be_scored_from_0_to_10(journal: Journal) -> None:
    scores = {name: i % 11 for i, name in enumerate(DIMENSIONS)} | {"sexual": 0, "overall": 10}
    assert journal.checkins.add(CheckinDraft(day=DAY, scores=scores)).scores == scores


@pytest.mark.parametrize("score", [-1, 11, True])
def test_a_score_outside_0_to_10_is_refused(journal: Journal, score: int) -> None:
    with pytest.raises(InvalidInput, match="0 to 10"):
        journal.checkins.add(CheckinDraft(day=DAY, scores={"safety": score}))


def test_an_unknown_dimension_is_refused_with_the_valid_ones(journal: Journal) -> None:
    with pytest.raises(InvalidInput) as raised:
        journal.checkins.add(CheckinDraft(day=DAY, scores={"trust": 5}))
    assert all(name in str(raised.value) for name in DIMENSIONS)


def test_needs_met_is_yes_partly_or_no(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="yes, partly, no"):
        journal.checkins.add(CheckinDraft(day=DAY, needs_met="maybe"))


def test_update_and_delete_report_changes(journal: Journal) -> None:
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)
    checkin = journal.checkins.add(CheckinDraft(day=DAY, scores={"safety": 3}))
    updated = journal.checkins.update(checkin.id, CheckinDraft(day=DAY, scores={"safety": 5}))
    assert updated.scores == {"safety": 5}
    journal.checkins.delete(checkin.id)
    with pytest.raises(NotFound):
        journal.checkins.get(checkin.id)
    assert [(c.topic, c.action, c.ids) for c in seen] == [
        (Topic.CHECKINS, Action.ADDED, (checkin.id,)),
        (Topic.CHECKINS, Action.UPDATED, (checkin.id,)),
        (Topic.CHECKINS, Action.DELETED, (checkin.id,)),
    ]


def test_checkins_between_two_days_oldest_first(journal: Journal) -> None:
    for offset in (10, 0, 5, 20):
        journal.checkins.add(CheckinDraft(day=DAY + dt.timedelta(days=offset)))
    days = [c.day for c in journal.checkins.between(DAY, DAY + dt.timedelta(days=10))]
    assert days == [DAY, DAY + dt.timedelta(days=5), DAY + dt.timedelta(days=10)]


# -- cadence -----------------------------------------------------------------------------


def test_with_no_checkin_yet_one_is_due_today(journal: Journal, clock: ManualClock) -> None:
    due = journal.checkins.due()
    assert (due.is_due, due.next_due, due.last, due.cadence_days) == (True, clock.today(), None, 7)


def test_weekly_by_default_then_due_again(journal: Journal, clock: ManualClock) -> None:
    journal.checkins.add(CheckinDraft(day=clock.today()))
    due = journal.checkins.due()
    assert due.next_due == clock.today() + dt.timedelta(days=7)
    assert not due.is_due
    clock.advance(days=6)
    assert not journal.checkins.due().is_due
    clock.advance(days=1)
    assert journal.checkins.due().is_due


def test_the_cadence_follows_the_setting(journal: Journal, clock: ManualClock) -> None:
    journal.settings.set("checkin_cadence_days", 14)
    journal.checkins.add(CheckinDraft(day=clock.today() - dt.timedelta(days=10)))
    due = journal.checkins.due()
    assert due.next_due == clock.today() + dt.timedelta(days=4)
    assert due.cadence_days == 14
    assert not due.is_due


def test_the_latest_checkin_counts_whatever_order_they_were_written(journal: Journal) -> None:
    journal.checkins.add(CheckinDraft(day=DAY))
    journal.checkins.add(CheckinDraft(day=DAY - dt.timedelta(days=30)))
    assert journal.checkins.due().last == DAY


@pytest.mark.parametrize(
    ("last", "cadence", "today", "next_due", "is_due"),
    [
        (None, 7, dt.date(2026, 1, 5), dt.date(2026, 1, 5), True),
        (dt.date(2026, 1, 1), 7, dt.date(2026, 1, 7), dt.date(2026, 1, 8), False),
        (dt.date(2026, 1, 1), 7, dt.date(2026, 1, 8), dt.date(2026, 1, 8), True),
        (dt.date(2026, 1, 1), 7, dt.date(2026, 2, 1), dt.date(2026, 1, 8), True),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 1, 31), dt.date(2026, 2, 1), False),
        (dt.date(2026, 2, 20), 30, dt.date(2026, 2, 21), dt.date(2026, 3, 22), False),
        (dt.date.max, 7, dt.date(2026, 1, 1), dt.date.max, False),
    ],
)
def test_checkin_due_by_hand(
    last: dt.date | None, cadence: int, today: dt.date, next_due: dt.date, is_due: bool
) -> None:
    due = checkin_due(last, cadence, today)
    assert (due.next_due, due.is_due) == (next_due, is_due)
