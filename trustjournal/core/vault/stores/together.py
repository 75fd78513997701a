"""SQL for check-ins done together: one row each, one row of answers per person."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlcipher3

from trustjournal.core.clock import from_iso, to_iso
from trustjournal.core.records.together import (
    OWNER,
    PARTNER,
    TOGETHER_DIMENSIONS,
    TogetherAnswers,
    TogetherCheckin,
    TogetherDraft,
)
from trustjournal.core.vault.database import Database, Row
from trustjournal.core.vault.stores.rows import Table

_COLUMNS = "id, day, created_at, partner_consents, went_well, talk_about"
_TEXTS = ("helped", "need_more", "appreciations", "try_this", "closing")
_ANSWER_COLUMNS = ("needs_met", *TOGETHER_DIMENSIONS, *_TEXTS)
# Column names come from the constants above, never from input.
_INSERT_ANSWERS = (
    f"INSERT INTO together_answers (checkin_id, person, {', '.join(_ANSWER_COLUMNS)})"  # noqa: S608
    f" VALUES (?, ?, {', '.join('?' * len(_ANSWER_COLUMNS))})"
)
_SELECT_ANSWERS = f"SELECT checkin_id, person, {', '.join(_ANSWER_COLUMNS)} FROM together_answers"  # noqa: S608


class TogetherStore:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._table = Table(database, "together_checkins", _COLUMNS)

    def insert(self, draft: TogetherDraft, now: dt.datetime) -> int:
        """The check-in and both people's answers in one transaction: all or nothing."""
        with self._db.transaction() as cursor:
            cursor.execute(
                "INSERT INTO together_checkins (day, created_at, partner_consents, went_well,"
                " talk_about) VALUES (?, ?, ?, ?, ?)",
                (
                    draft.day.isoformat(),
                    to_iso(now),
                    int(draft.partner_consents),
                    draft.went_well,
                    draft.talk_about,
                ),
            )
            checkin_id = int(cursor.lastrowid or 0)
            _insert_answers(cursor, checkin_id, OWNER, draft.owner)
            _insert_answers(cursor, checkin_id, PARTNER, draft.partner)
            return checkin_id

    def set_partner_consent(self, checkin_id: int, consents: bool) -> None:
        self._table.one(checkin_id)  # NotFound when it is gone
        with self._db.transaction() as cursor:
            cursor.execute(
                "UPDATE together_checkins SET partner_consents = ? WHERE id = ?",
                (int(consents), checkin_id),
            )

    def delete(self, checkin_id: int) -> None:
        self._table.delete(checkin_id)  # the answers go with it (ON DELETE CASCADE)

    def get(self, checkin_id: int) -> TogetherCheckin:
        row = self._table.one(checkin_id)
        answers = self._answers(" WHERE checkin_id = ?", (checkin_id,))
        return _checkin(row, answers)

    def between(self, start: dt.date, end: dt.date) -> list[TogetherCheckin]:
        """Those dated from `start` to `end` inclusive, oldest first, read through the day index."""
        rows = self._table.between(start, end)
        if not rows:
            return []
        answers = self._answers(
            " WHERE checkin_id IN (SELECT id FROM together_checkins WHERE day BETWEEN ? AND ?)",
            (start.isoformat(), end.isoformat()),
        )
        return [_checkin(row, answers) for row in rows]

    def _answers(
        self, where: str, parameters: tuple[object, ...]
    ) -> dict[int, dict[str, TogetherAnswers]]:
        found: dict[int, dict[str, TogetherAnswers]] = defaultdict(dict)
        for checkin_id, person, *values in self._db.query(_SELECT_ANSWERS + where, parameters):
            found[int(checkin_id)][person] = _answers(values)
        return found


def _insert_answers(
    cursor: sqlcipher3.Cursor, checkin_id: int, person: str, answers: TogetherAnswers
) -> None:
    scores = tuple(answers.scores.get(name) for name in TOGETHER_DIMENSIONS)
    texts = tuple(getattr(answers, name) for name in _TEXTS)
    cursor.execute(_INSERT_ANSWERS, (checkin_id, person, answers.needs_met, *scores, *texts))


def _answers(values: list[object]) -> TogetherAnswers:
    needs_met, rest = values[0], values[1:]
    scores = rest[: len(TOGETHER_DIMENSIONS)]
    texts = rest[len(TOGETHER_DIMENSIONS) :]
    return TogetherAnswers(
        needs_met=str(needs_met) if needs_met is not None else None,
        scores={
            name: int(str(score))
            for name, score in zip(TOGETHER_DIMENSIONS, scores, strict=True)
            if score is not None
        },
        **{name: str(text) for name, text in zip(_TEXTS, texts, strict=True)},
    )


def _checkin(row: Row, answers: dict[int, dict[str, TogetherAnswers]]) -> TogetherCheckin:
    checkin_id, day, created, consents, went_well, talk_about = row
    mine = answers.get(int(checkin_id), {})
    return TogetherCheckin(
        id=int(checkin_id),
        day=dt.date.fromisoformat(day),
        owner=mine.get(OWNER, TogetherAnswers()),
        partner=mine.get(PARTNER, TogetherAnswers()),
        went_well=went_well,
        talk_about=talk_about,
        partner_consents=bool(consents),
        created_at=from_iso(created),
    )
