"""On this day, for those who turn it on: earlier years' good days, milestones and
breakthroughs. Never a hard date, never a private entry unless the person says so, and
nothing at all on the anniversary of a hard date: memories of that day never surface
on their own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from trustjournal.core.journal.care import anniversaries
from trustjournal.core.records.care import GOOD_MOMENT_KINDS, GOOD_MOOD, HardDate, OnThisDay
from trustjournal.core.records.entries import Entry
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.care import first_day_written, good_entry_ids_on
from trustjournal.core.vault.stores.events import events_of_kinds_on_days

NOTHING = OnThisDay(entries=[], moments=[])
# A few are a gentle look back; a long list would be a chore (and cost more to read).
MOST = 5


def on_this_day(
    database: Database,
    entries_by_id: Callable[[Sequence[int]], list[Entry]],
    hard_dates: list[HardDate],
    today: dt.date,
    with_private: bool,
) -> OnThisDay:
    """The newest few of each, from the years before today's.

    `entries_by_id` is the journal's reader (entries stay behind the journal's door)."""
    hard_days = {hard.day for hard in hard_dates}
    if any(anniversaries.falls_on(day, today.year) == today for day in hard_days):
        return NOTHING
    since = first_day_written(database)
    if since is None:
        return NOTHING
    days = [
        day for day in anniversaries.same_day_in_earlier_years(today, since) if day not in hard_days
    ]
    found: list[Entry] = entries_by_id(
        good_entry_ids_on(database, days, GOOD_MOOD, with_private, MOST)
    )
    found.sort(key=lambda entry: (entry.day, entry.id), reverse=True)
    moments = events_of_kinds_on_days(database, GOOD_MOMENT_KINDS, days, MOST)
    return OnThisDay(entries=found, moments=moments)
