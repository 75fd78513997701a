"""The disclosure workspace, letters and transparency arrangements as JSON, for the
`disclosure` and `agreement` commands, `timeline --json` and the JSON export; and their
names in the chosen language. Ids and keys stay English (names a script reads)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from trustjournal.core.journal.disclosure import texts
from trustjournal.core.records.disclosure import (
    ENDED,
    NOT_YET,
    PAUSED,
    RUNNING,
    Arrangement,
    ChecklistItem,
    LedgerLine,
    Letter,
    Meeting,
    NoDetailsTopic,
    Question,
)

DayWords = Callable[[dt.date], str]


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def question_json(question: Question) -> dict[str, Any]:
    return {"id": question.id, "text": question.text, "state": question.state}


def topic_json(topic: NoDetailsTopic) -> dict[str, Any]:
    return {"id": topic.id, "text": topic.text, "source": topic.source}


def meeting_json(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "planned": _day(meeting.planned),
        "held": _day(meeting.held),
        "note": meeting.note,
    }


def ledger_json(line: LedgerLine) -> dict[str, Any]:
    return {"id": line.id, "date": line.day.isoformat(), "told": line.told, "new": line.new}


def checklist_json(item: ChecklistItem) -> dict[str, Any]:
    return {"id": item.id, "text": item.text, "done": item.done}


def letter_json(letter: Letter) -> dict[str, Any]:
    return {
        "id": letter.id,
        "kind": letter.kind,
        "title": letter.title,
        "body": letter.body,
        "updated": letter.updated_at.isoformat(),
    }


def arrangement_json(arrangement: Arrangement, today: dt.date) -> dict[str, Any]:
    """One band on a timeline: its kind, its days, each yes, and where it stands."""
    return {
        "agreement_id": arrangement.agreement_id,
        "kind": arrangement.kind,
        "name": arrangement_name(arrangement.kind),
        "starts": arrangement.starts.isoformat(),
        "ends": arrangement.ends.isoformat(),
        "my_yes": _day(arrangement.my_yes),
        "partner_yes": _day(arrangement.partner_yes),
        "paused_on": _day(arrangement.paused_on),
        "ended_on": _day(arrangement.ended(today)),
        "state": arrangement.state(today),
        "said": arrangement_state_words(arrangement, today),
    }


def question_state_name(state: str) -> str:
    names = {
        "open": texts.QUESTION_OPEN,
        "partly": texts.QUESTION_PARTLY,
        "answered": texts.QUESTION_ANSWERED,
    }
    return names.get(state, state)


def letter_kind_name(kind: str) -> str:
    names = {
        "impact": texts.LETTER_IMPACT,
        "amends": texts.LETTER_AMENDS,
        "self": texts.LETTER_SELF,
        "disclosure": texts.LETTER_DISCLOSURE,
    }
    return names.get(kind, kind)


def arrangement_name(kind: str) -> str:
    names = {
        "location": texts.ARRANGEMENT_LOCATION,
        "phone": texts.ARRANGEMENT_PHONE,
        "calls": texts.ARRANGEMENT_CALLS,
        "passwords": texts.ARRANGEMENT_PASSWORDS,
    }
    return names.get(kind, kind)


def arrangement_state_words(
    arrangement: Arrangement, today: dt.date, say_day: DayWords = dt.date.isoformat
) -> str:
    """Where it stands, in a few words; an ended one says when. `say_day` writes a day
    as the reader reads it (the app passes its locale's; JSON and the terminal, ISO)."""
    state = arrangement.state(today)
    ended = arrangement.ended(today)
    if state == ENDED and ended is not None:
        return texts.STATE_ENDED.format(day=say_day(ended))
    if state == PAUSED and arrangement.paused_on is not None:
        return texts.STATE_PAUSED.format(day=say_day(arrangement.paused_on))
    if state == NOT_YET:
        return texts.STATE_NOT_YET.format(day=say_day(arrangement.starts))
    if state == RUNNING:
        return texts.STATE_RUNNING.format(day=say_day(arrangement.ends))
    return texts.STATE_WAITING


def arrangement_summary(
    arrangement: Arrangement | None, today: dt.date, say_day: DayWords = dt.date.isoformat
) -> str:
    """ "Location sharing: Runs until …" for an arrangement, "" for a plain agreement."""
    if arrangement is None:
        return ""
    return texts.ARRANGEMENT_SUMMARY.format(
        name=arrangement_name(arrangement.kind),
        state=arrangement_state_words(arrangement, today, say_day),
    )
