"""SQL for the recovery path (its moves and the signposts checked) and questionnaire totals."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.records.path import PathMove, Score
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.rows import Table

_MOVE_COLUMNS = "id, day, route, phase, kind, recorded_at"
_SCORE_COLUMNS = "id, day, name, total, low, high, created_at"


class PathStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add_move(self, day: dt.date, route: str, phase: str, kind: str, now: dt.datetime) -> int:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO path_moves (day, route, phase, kind, recorded_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (day.isoformat(), route, phase, kind, to_iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def moves(self) -> list[PathMove]:
        """The whole history, in the order it happened (a path has a few dozen moves)."""
        rows = self._db.query(
            f"SELECT {_MOVE_COLUMNS} FROM path_moves ORDER BY day, id"  # noqa: S608
        )
        return [_move(row) for row in rows]

    def check(self, signpost_id: str, day: dt.date, now: dt.datetime) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO path_signposts (signpost_id, day, checked_at) VALUES (?, ?, ?)"
                " ON CONFLICT (signpost_id) DO UPDATE SET day = excluded.day,"
                " checked_at = excluded.checked_at",
                (signpost_id, day.isoformat(), to_iso(now)),
            )

    def uncheck(self, signpost_id: str) -> None:
        with self._db.transaction() as cursor:
            cursor.execute("DELETE FROM path_signposts WHERE signpost_id = ?", (signpost_id,))

    def checked(self) -> dict[str, dt.date]:
        rows = self._db.query("SELECT signpost_id, day FROM path_signposts")
        return {signpost_id: dt.date.fromisoformat(day) for signpost_id, day in rows}


class ScoreStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "scores", _SCORE_COLUMNS)

    def insert(
        self, day: dt.date, name: str, total: int, span: tuple[int, int], now: dt.datetime
    ) -> int:
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO scores (day, name, total, low, high, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (day.isoformat(), name, total, span[0], span[1], to_iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def get(self, score_id: int) -> Score:
        return _score(self._table.one(score_id))

    def delete(self, score_id: int) -> None:
        self._table.delete(score_id)

    def listed(self, name: str | None = None) -> list[Score]:
        """Every total (or one questionnaire's), oldest first."""
        rows = self._table.listed("name", name) if name is not None else self._table.listed()
        return [_score(row) for row in rows]

    def between(self, start: dt.date, end: dt.date) -> list[Score]:
        return [_score(row) for row in self._table.between(start, end)]


def _move(row: Row) -> PathMove:
    move_id, day, route, phase, kind, recorded_at = row
    return PathMove(
        id=int(move_id),
        day=dt.date.fromisoformat(day),
        route=route,
        phase=phase,
        kind=kind,
        recorded_at=from_iso(recorded_at),
    )


def _score(row: Row) -> Score:
    score_id, day, name, total, low, high, created_at = row
    return Score(
        id=int(score_id),
        day=dt.date.fromisoformat(day),
        name=name,
        total=int(total),
        low=int(low),
        high=int(high),
        created_at=from_iso(created_at),
    )
