"""SQL for each day's mood: the average of that day's entries, for the timeline."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.records.entries import DayMood
from trustjournal.core.vault.database import Database


class MoodStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def daily(self, start: dt.date, end: dt.date) -> list[DayMood]:
        """One row a day with a mood, oldest first; reads only the days asked (day index)."""
        rows = self._db.query(
            "SELECT day, avg(mood), count(mood) FROM entries"
            " WHERE day BETWEEN ? AND ? AND mood IS NOT NULL GROUP BY day ORDER BY day",
            (start.isoformat(), end.isoformat()),
        )
        day_of = dt.date.fromisoformat
        return [DayMood(day_of(day), float(mood), count) for day, mood, count in rows]
