"""The SQL that every table of rows with an integer id shares: one row, a range, delete."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import sqlcipher3

from trustjournal.core.errors import InvalidInput, NotFound
from trustjournal.core.vault.database import Database, Row


def require_changed(cursor: sqlcipher3.Cursor) -> None:
    """An update or delete that touched no row was aimed at something already gone."""
    if cursor.rowcount == 0:
        raise NotFound()


@contextlib.contextmanager
def links_must_hold(sentence: str) -> Iterator[None]:
    """A write that would break a foreign key (a link to a row that is gone) said as
    `sentence`, an InvalidInput the person can act on."""
    try:
        yield
    except sqlcipher3.IntegrityError:
        raise InvalidInput(sentence) from None


class Table:
    # Table and column names are written in the stores, never taken from input.
    def __init__(self, database: Database, name: str, columns: str, day: str = "day") -> None:
        self._db = database
        self._select = f"SELECT {columns} FROM {name}"  # noqa: S608
        self._name = name
        self._day = day

    def one(self, row_id: int) -> Row:
        row = self._db.query_one(f"{self._select} WHERE id = ?", (row_id,))
        if row is None:
            raise NotFound()
        return row

    def between(self, start: dt.date, end: dt.date) -> list[Row]:
        """Rows from `start` to `end` inclusive, oldest first, read through the day index."""
        return self._db.query(
            f"{self._select} WHERE {self._day} BETWEEN ? AND ? ORDER BY {self._day}, id",
            (start.isoformat(), end.isoformat()),
        )

    def listed(self, column: str | None = None, value: object = None) -> list[Row]:
        """Every row, or those whose `column` holds `value`, oldest first by the day."""
        where, parameters = (f" WHERE {column} = ?", (value,)) if column else ("", ())
        return self._db.query(f"{self._select}{where} ORDER BY {self._day}, id", parameters)

    def delete(self, row_id: int) -> None:
        with self._db.transaction() as cursor:
            cursor.execute(f"DELETE FROM {self._name} WHERE id = ?", (row_id,))  # noqa: S608
            require_changed(cursor)
