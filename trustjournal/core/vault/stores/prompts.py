"""SQL for the person's own prompts, the prompt-of-the-day history, and answers.

An answer is an entry whose prompt_id names the prompt; it is read from the
entries table through its partial index on prompt_id.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import to_iso
from trustjournal.core.records.prompts import Prompt, PromptAnswer, own_id
from trustjournal.core.vault.database import Database
from trustjournal.core.vault.stores.rows import Table, require_changed


class PromptStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._own = Table(database, "own_prompts", "id, theme, text")

    # -- own prompts ----------------------------------------------------------------

    def insert_own(self, theme: str | None, text: str, now: dt.datetime) -> int:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO own_prompts (theme, text, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (theme, text, to_iso(now), to_iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def update_own(self, number: int, theme: str | None, text: str, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE own_prompts SET theme = ?, text = ?, updated_at = ? WHERE id = ?",
                (theme, text, to_iso(now), number),
            )
            require_changed(cursor)

    def delete_own(self, number: int) -> None:
        self._own.delete(number)

    def own(self) -> list[Prompt]:
        """The person's own prompts, oldest first; they are for whoever wrote them."""
        rows = self._db.query("SELECT id, theme, text FROM own_prompts ORDER BY id")
        return [
            Prompt(id=own_id(int(number)), theme=theme, audience="any", phase=None, text=text)
            for number, theme, text in rows
        ]

    # -- prompt of the day ------------------------------------------------------------

    def shown_on(self, day: dt.date) -> str | None:
        row = self._db.query_one(
            "SELECT prompt_id FROM prompts_shown WHERE day = ?", (day.isoformat(),)
        )
        return str(row[0]) if row else None

    def record_shown(self, day: dt.date, prompt_id: str, now: dt.datetime) -> None:
        """One prompt a day: a new choice the same day (after a role change) replaces it."""
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO prompts_shown (day, prompt_id, shown_at) VALUES (?, ?, ?)"
                " ON CONFLICT (day) DO UPDATE SET prompt_id = excluded.prompt_id,"
                " shown_at = excluded.shown_at",
                (day.isoformat(), prompt_id, to_iso(now)),
            )

    def last_shown_before(self, day: dt.date) -> dict[str, dt.date]:
        """The last day each prompt was shown before `day` (one row a day at most)."""
        rows = self._db.query(
            "SELECT prompt_id, max(day) FROM prompts_shown WHERE day < ? GROUP BY prompt_id",
            (day.isoformat(),),
        )
        return {str(prompt_id): dt.date.fromisoformat(last) for prompt_id, last in rows}

    def shown_between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        rows = self._db.query(
            "SELECT day, prompt_id FROM prompts_shown WHERE day BETWEEN ? AND ? ORDER BY day",
            (start.isoformat(), end.isoformat()),
        )
        return [(dt.date.fromisoformat(day), str(prompt_id)) for day, prompt_id in rows]

    # -- answers ----------------------------------------------------------------------

    def answers(self) -> list[PromptAnswer]:
        """Every entry written from a prompt, oldest day first."""
        rows = self._db.query(
            "SELECT prompt_id, id, day FROM entries WHERE prompt_id IS NOT NULL ORDER BY day, id"
        )
        return [
            PromptAnswer(str(prompt_id), int(entry_id), dt.date.fromisoformat(day))
            for prompt_id, entry_id, day in rows
        ]

    def last_answered(self) -> dict[str, dt.date]:
        rows = self._db.query(
            "SELECT prompt_id, max(day) FROM entries WHERE prompt_id IS NOT NULL GROUP BY prompt_id"
        )
        return {str(prompt_id): dt.date.fromisoformat(last) for prompt_id, last in rows}
