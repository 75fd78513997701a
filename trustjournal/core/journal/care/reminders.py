"""Reminders, off until the person chooses them: when one is due, and what it says.

The words are the same for everyone and never hold anything from the journal, since
a notification can be read over a shoulder or on a shared screen. Whether a reminder
is due is worked out from the time given, so tests move a ManualClock, never wait.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Reminder(StrEnum):
    WRITING = "writing"
    CHECKIN = "checkin"


# Neutral on purpose: nothing about trust, partners or what happened.
REMINDER_TEXTS: dict[Reminder, str] = {
    Reminder.WRITING: "A moment for yourself?",
    Reminder.CHECKIN: "A quiet moment to check in with yourself?",
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

    @property
    def any(self) -> bool:
        return self.writing or self.checkin


@dataclass(frozen=True)
class ReminderLog:
    """The day each reminder last showed, so it shows at most once a day (or a cadence)."""

    writing: dt.date | None = None
    checkin: dt.date | None = None


def due(
    choices: ReminderChoices,
    log: ReminderLog,
    now: dt.datetime,
    checkin_is_due: bool | None = None,
) -> list[Reminder]:
    """The reminders to show at `now` (local time). `checkin_is_due` is the journal's own
    answer while it is unlocked; while locked, the cadence counts from the last reminder."""
    if now.hour < choices.hour:
        return []
    today = now.date()
    found: list[Reminder] = []
    if choices.writing and log.writing != today:
        found.append(Reminder.WRITING)
    checkin_time = _checkin_time(choices, log, today, checkin_is_due)
    if choices.checkin and log.checkin != today and checkin_time:
        found.append(Reminder.CHECKIN)
    return found


def _checkin_time(
    choices: ReminderChoices, log: ReminderLog, today: dt.date, checkin_is_due: bool | None
) -> bool:
    if checkin_is_due is not None:
        return checkin_is_due
    return log.checkin is None or (today - log.checkin).days >= choices.checkin_every_days


def shown(log: ReminderLog, reminders: list[Reminder], today: dt.date) -> ReminderLog:
    """The log after these reminders were shown today."""
    return ReminderLog(
        writing=today if Reminder.WRITING in reminders else log.writing,
        checkin=today if Reminder.CHECKIN in reminders else log.checkin,
    )


def text_for(reminders: list[Reminder]) -> str:
    """One gentle line, even when both are due: the check-in's, else the writing one."""
    if Reminder.CHECKIN in reminders:
        return REMINDER_TEXTS[Reminder.CHECKIN]
    return REMINDER_TEXTS[Reminder.WRITING]
