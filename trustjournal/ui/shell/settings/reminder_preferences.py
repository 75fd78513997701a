"""Reminder choices, kept in QSettings beside the window geometry: a reminder must be able to
show while the journal is locked, before any passphrase. They hold no content: on or off,
an hour, a number of days, the day each reminder last showed, and (only while the review
reminder is chosen) the next review day of a running arrangement, without what it is."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.care.reminders import (
    CADENCE_DEFAULT,
    DEFAULT_HOUR,
    ReminderChoices,
    ReminderLog,
)
from trustjournal.ui.qt import QtCore
from trustjournal.ui.shell.settings.preferences import APP_NAME, ORGANISATION

_PREFIX = "reminders/"


class ReminderPreferences:
    def __init__(self, store: QtCore.QSettings | None = None) -> None:
        self._store = store or QtCore.QSettings(ORGANISATION, APP_NAME)

    def choices(self) -> ReminderChoices:
        return ReminderChoices(
            writing=self._flag("writing"),
            checkin=self._flag("checkin"),
            hour=self._number("hour", DEFAULT_HOUR, 0, 23),
            checkin_every_days=self._number("checkin_every_days", CADENCE_DEFAULT, 1, 90),
            in_tray=self._flag("in_tray"),
            reviews=self._flag("reviews"),
        )

    def set_choices(self, choices: ReminderChoices) -> None:
        for key, value in (
            ("writing", choices.writing),
            ("checkin", choices.checkin),
            ("hour", choices.hour),
            ("checkin_every_days", choices.checkin_every_days),
            ("in_tray", choices.in_tray),
            ("reviews", choices.reviews),
        ):
            self._store.setValue(_PREFIX + key, int(value))
        self._store.sync()

    def log(self) -> ReminderLog:
        return ReminderLog(
            writing=self._day("last_writing"),
            checkin=self._day("last_checkin"),
            review=self._day("last_review"),
        )

    def set_log(self, log: ReminderLog) -> None:
        for key, day in (
            ("last_writing", log.writing),
            ("last_checkin", log.checkin),
            ("last_review", log.review),
        ):
            self._set_day(key, day)
        self._store.sync()

    def next_review(self) -> dt.date | None:
        """The review day the open journal last told of, so its reminder can show locked."""
        return self._day("next_review")

    def set_next_review(self, day: dt.date | None) -> None:
        """Kept only while the review reminder is chosen; otherwise forgotten."""
        self._set_day("next_review", day if self.choices().reviews else None)
        self._store.sync()

    def _set_day(self, key: str, day: dt.date | None) -> None:
        if day is None:
            self._store.remove(_PREFIX + key)
        else:
            self._store.setValue(_PREFIX + key, day.isoformat())

    # -- reading values back, whatever another version or a hand edit left there ----------

    def _flag(self, key: str) -> bool:
        return self._number(key, 0, 0, 1) == 1

    def _number(self, key: str, default: int, low: int, high: int) -> int:
        try:
            value = int(str(self._store.value(_PREFIX + key, default)))
        except ValueError:
            return default
        return value if low <= value <= high else default

    def _day(self, key: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(str(self._store.value(_PREFIX + key, "")))
        except ValueError:
            return None
