"""Reminders, off until the person chooses them: when one is due, and what it says.

The words are the same for everyone and never hold anything from the journal, since
a notification can be read over a shoulder or on a shared screen. Whether a reminder
is due is worked out from the time given, so tests move a ManualClock, never wait.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from trustjournal.core.language.speaking import N_, _


class Reminder(StrEnum):
    WRITING = "writing"
    CHECKIN = "checkin"
    REVIEW = "review"  # a transparency arrangement's review day


# Neutral on purpose: nothing about trust, partners or what happened (the review's line
# names no arrangement: what it opens up is seen only once the journal is open). Marked
# here, translated where they are said (`text_for`, the settings' help).
REMINDER_TEXTS: dict[Reminder, str] = {
    Reminder.WRITING: N_("A moment for yourself?"),
    Reminder.CHECKIN: N_("A quiet moment to check in with yourself?"),
    Reminder.REVIEW: N_("A moment to look again at something you planned?"),
}
DEFAULT_HOUR = 20
CADENCE_DEFAULT = 7


@dataclass(frozen=True)
class ReminderChoices:
    """What the person asked for; everything is off until they turn it on."""

    writing: bool = False
    checkin: bool = False
    hour: int = DEFAULT_HOUR  # the hour of the day, local time, from which one may show
    checkin_every_days: int = CADENCE_DEFAULT
    in_tray: bool = False
    reviews: bool = False  # an arrangement's review day

    @property
    def any(self) -> bool:
        return self.writing or self.checkin or self.reviews


@dataclass(frozen=True)
class ReminderLog:
    """The day each reminder last showed, so it shows at most once a day (or a cadence)."""

    writing: dt.date | None = None
    checkin: dt.date | None = None
    review: dt.date | None = None


def due(
    choices: ReminderChoices,
    log: ReminderLog,
    now: dt.datetime,
    checkin_is_due: bool | None = None,
    review_day: dt.date | None = None,
) -> list[Reminder]:
    """The reminders to show at `now` (local time). `checkin_is_due` is the journal's own
    answer while it is unlocked; while locked, the cadence counts from the last reminder.
    `review_day` is the next review of a running arrangement, as the journal last said
    (`Arrangements.next_review`): due from that day on, once a day, until it is answered
    (the answer moves the day on, or ends the arrangement)."""
    if now.hour < choices.hour:
        return []
    today = now.date()
    found: list[Reminder] = []
    if choices.writing and log.writing != today:
        found.append(Reminder.WRITING)
    checkin_time = _checkin_time(choices, log, today, checkin_is_due)
    if choices.checkin and log.checkin != today and checkin_time:
        found.append(Reminder.CHECKIN)
    if choices.reviews and _review_time(review_day, today) and log.review != today:
        found.append(Reminder.REVIEW)
    return found


def _checkin_time(
    choices: ReminderChoices, log: ReminderLog, today: dt.date, checkin_is_due: bool | None
) -> bool:
    if checkin_is_due is not None:
        return checkin_is_due
    return log.checkin is None or (today - log.checkin).days >= choices.checkin_every_days


def _review_time(review_day: dt.date | None, today: dt.date) -> bool:
    return review_day is not None and review_day <= today


def shown(log: ReminderLog, reminders: list[Reminder], today: dt.date) -> ReminderLog:
    """The log after these reminders were shown today."""
    return ReminderLog(
        writing=today if Reminder.WRITING in reminders else log.writing,
        checkin=today if Reminder.CHECKIN in reminders else log.checkin,
        review=today if Reminder.REVIEW in reminders else log.review,
    )


def text_for(reminders: list[Reminder]) -> str:
    """One gentle line, even when more are due: a review's (its Open leads to the
    arrangement), else the check-in's, else the writing one; in the chosen language."""
    for kind in (Reminder.REVIEW, Reminder.CHECKIN):
        if kind in reminders:
            return _(REMINDER_TEXTS[kind])
    return _(REMINDER_TEXTS[Reminder.WRITING])
