"""Reminders: off until chosen, once a day from the chosen hour, the check-in on its
cadence, and words that never hold anything from the journal."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.care import reminders
from trustjournal.core.journal.care.reminders import Reminder, ReminderChoices, ReminderLog

EVENING = dt.datetime(2026, 3, 14, 20, 5)
BOTH = ReminderChoices(writing=True, checkin=True, hour=20)


def test_nothing_is_due_until_chosen() -> None:
    assert reminders.due(ReminderChoices(), ReminderLog(), EVENING) == []


def test_the_writing_reminder_shows_once_a_day_from_its_hour() -> None:
    choices = ReminderChoices(writing=True, hour=20)
    assert reminders.due(choices, ReminderLog(), EVENING.replace(hour=19, minute=59)) == []
    assert reminders.due(choices, ReminderLog(), EVENING) == [Reminder.WRITING]
    log = reminders.shown(ReminderLog(), [Reminder.WRITING], EVENING.date())
    assert reminders.due(choices, log, EVENING.replace(hour=23)) == []
    assert reminders.due(choices, log, EVENING + dt.timedelta(days=1)) == [Reminder.WRITING]


def test_while_locked_the_check_in_reminder_counts_its_cadence() -> None:
    choices = ReminderChoices(checkin=True, hour=9, checkin_every_days=7)
    log = reminders.shown(ReminderLog(), [Reminder.CHECKIN], EVENING.date())
    six_days = EVENING + dt.timedelta(days=6)
    assert reminders.due(choices, log, six_days) == []
    assert reminders.due(choices, log, six_days + dt.timedelta(days=1)) == [Reminder.CHECKIN]


def test_while_unlocked_the_journal_says_whether_a_check_in_is_due() -> None:
    choices = ReminderChoices(checkin=True, hour=9)
    assert reminders.due(choices, ReminderLog(), EVENING, checkin_is_due=False) == []
    assert reminders.due(choices, ReminderLog(), EVENING, checkin_is_due=True) == [Reminder.CHECKIN]


def test_both_due_make_one_gentle_line() -> None:
    due = reminders.due(BOTH, ReminderLog(), EVENING)
    assert due == [Reminder.WRITING, Reminder.CHECKIN]
    assert reminders.text_for(due) == reminders.REMINDER_TEXTS[Reminder.CHECKIN]


def test_the_words_are_neutral() -> None:
    words = " ".join(reminders.REMINDER_TEXTS.values()).lower()
    assert reminders.REMINDER_TEXTS[Reminder.WRITING] == "A moment for yourself?"
    for revealing in ("affair", "trust", "partner", "cheat", "betray", "journal", "trigger"):
        assert revealing not in words
