"""A reminder at each review day of a transparency arrangement that is running: due from
its review day, never for one paused or ended, once a day until it is answered, and in
words that say nothing of the arrangement."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.care import reminders
from trustjournal.core.journal.care.reminders import Reminder, ReminderChoices, ReminderLog
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import AgreementDraft

TODAY = dt.date(2026, 3, 14)
REVIEW = TODAY + dt.timedelta(days=14)
REVIEWS = ReminderChoices(reviews=True, hour=9)
TITLE = "Sharing locations with Sam"


def _make(journal: Journal, review: dt.date | None = REVIEW, **changes: object) -> int:
    draft = AgreementDraft(title=TITLE, made=TODAY, review=review)
    values: dict[str, object] = {"kind": "location", "starts": TODAY, "days": 60}
    values.update({"my_yes": True, "partner_yes": True, **changes})
    agreement, _ = journal.arrangements.make(draft, ArrangementDraft(**values))  # type: ignore[arg-type]
    return agreement.id


def _due_at(day: dt.date, review_day: dt.date | None, log: ReminderLog) -> list[Reminder]:
    return reminders.due(REVIEWS, log, dt.datetime.combine(day, dt.time(20)), None, review_day)


def test_the_next_review_is_the_soonest_of_those_running(journal: Journal) -> None:
    assert journal.arrangements.next_review() is None
    later = REVIEW + dt.timedelta(days=7)
    _make(journal, review=later)
    _make(journal, review=None)  # no review day: nothing to remind of
    assert journal.arrangements.next_review() == later
    _make(journal)
    assert journal.arrangements.next_review() == REVIEW
    assert journal.arrangements.first_to_review() is None  # its day has not come yet


def test_a_review_reminder_opens_the_one_whose_day_came_first(
    journal: Journal, clock: ManualClock
) -> None:
    _make(journal, review=REVIEW + dt.timedelta(days=1))
    first = _make(journal)
    clock.advance(days=15)
    assert journal.arrangements.first_to_review() == first
    journal.arrangements.pause(first)
    assert journal.arrangements.first_to_review() != first


def test_a_paused_or_ended_arrangement_has_no_review_to_remind_of(
    journal: Journal, clock: ManualClock
) -> None:
    paused, ended = _make(journal), _make(journal)
    journal.arrangements.pause(paused)
    journal.arrangements.end(ended)
    assert journal.arrangements.next_review() is None
    journal.arrangements.resume(paused)
    assert journal.arrangements.next_review() == REVIEW
    clock.advance(days=61)  # past its last day: ended by its end
    assert journal.arrangements.next_review() is None


def test_an_answered_review_moves_the_reminder_to_the_next_day_asked(
    journal: Journal, clock: ManualClock
) -> None:
    kept = _make(journal)
    clock.advance(days=14)
    again = clock.today() + dt.timedelta(days=10)
    journal.arrangements.review(kept, keep=True, next_review=again)
    assert journal.arrangements.next_review() == again
    journal.arrangements.review(kept, keep=False)
    assert journal.arrangements.next_review() is None


def test_the_review_reminder_is_due_from_its_day_once_a_day() -> None:
    day_before = REVIEW - dt.timedelta(days=1)
    assert _due_at(day_before, REVIEW, ReminderLog()) == []
    assert _due_at(REVIEW, REVIEW, ReminderLog()) == [Reminder.REVIEW]
    assert _due_at(REVIEW, None, ReminderLog()) == []
    log = reminders.shown(ReminderLog(), [Reminder.REVIEW], REVIEW)
    assert log.review == REVIEW
    assert _due_at(REVIEW, REVIEW, log) == []  # answered or dismissed: not again that day
    next_day = REVIEW + dt.timedelta(days=1)
    assert _due_at(next_day, REVIEW, log) == [Reminder.REVIEW]  # still not answered


def test_the_review_reminder_is_off_until_chosen_and_waits_for_the_hour() -> None:
    evening = dt.datetime.combine(REVIEW, dt.time(20))
    assert reminders.due(ReminderChoices(), ReminderLog(), evening, None, REVIEW) == []
    late = ReminderChoices(reviews=True, hour=21)
    assert reminders.due(late, ReminderLog(), evening, None, REVIEW) == []
    assert late.any and not ReminderChoices().any


def test_its_line_names_nothing_and_leads_when_others_are_due_too() -> None:
    due = [Reminder.WRITING, Reminder.CHECKIN, Reminder.REVIEW]
    line = reminders.text_for(due)
    assert line == reminders.REMINDER_TEXTS[Reminder.REVIEW]
    for revealing in ("arrangement", "location", "sam", "partner", "transparen", "review"):
        assert revealing not in line.lower(), revealing
