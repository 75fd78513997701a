"""Check-ins, events, agreements, prompts and timelines as plain JSON-ready values.

One shape for every client that writes JSON (the command line, exports), so
the fields stay the same wherever the person reads them.
"""

from __future__ import annotations

from typing import Any

from trustjournal.core.journal.timeline import Timeline
from trustjournal.core.journal.trends import MonthTriggers, PeriodChange, Point, Trends
from trustjournal.core.records.entries import DayMood
from trustjournal.core.records.prompts import Prompt, PromptAnswer
from trustjournal.core.records.together import TogetherAnswers, TogetherCheckin
from trustjournal.core.records.trust import Agreement, Checkin, Event, StatusChange

# Averages are shown to two places: enough to see a trend, without false precision.
PLACES = 2


def rounded(value: float | None) -> float | None:
    return round(value, PLACES) if value is not None else None


def checkin_json(checkin: Checkin) -> dict[str, Any]:
    return {
        "id": checkin.id,
        "date": checkin.day.isoformat(),
        "scores": dict(checkin.scores),
        "needs_met": checkin.needs_met,
        "note": checkin.note,
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.day.isoformat(),
        "kind": event.kind,
        "title": event.title,
        "note": event.note,
        "entry_id": event.entry_id,
        "agreement_id": event.agreement_id,
        "intensity": event.intensity,
        "minutes_to_calm": event.minutes_to_calm,
    }


def agreement_json(
    agreement: Agreement, history: list[StatusChange] | None = None
) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "id": agreement.id,
        "title": agreement.title,
        "details": agreement.details,
        "status": agreement.status,
        "made": agreement.made.isoformat(),
        "review": agreement.review.isoformat() if agreement.review else None,
    }
    if history is not None:
        shown["history"] = [
            {"status": change.status, "at": change.changed_at.isoformat()} for change in history
        ]
    return shown


def prompt_json(prompt: Prompt) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "theme": prompt.theme,
        "for": prompt.audience,
        "phase": prompt.phase,
        "text": prompt.text,
        "own": prompt.own,
    }


def answer_json(answer: PromptAnswer) -> dict[str, Any]:
    return {
        "prompt_id": answer.prompt_id,
        "entry_id": answer.entry_id,
        "date": answer.day.isoformat(),
    }


def timeline_json(timeline: Timeline) -> dict[str, Any]:
    return {
        "from": timeline.start.isoformat(),
        "to": timeline.end.isoformat(),
        "checkins": [checkin_json(c) for c in timeline.checkins],
        "events": [event_json(e) for e in timeline.events],
        "agreements": [agreement_json(a) for a in timeline.agreements],
        "moods": [_mood_json(m) for m in timeline.moods],
        "trends": trends_json(timeline.trends),
        "together": [together_json(t) for t in timeline.together],
    }


def together_json(checkin: TogetherCheckin) -> dict[str, Any]:
    """A check-in done together, each person's answers their own (for the owner's eyes:
    therapy exports decide separately whether the partner's answers go along)."""
    return {
        "id": checkin.id,
        "date": checkin.day.isoformat(),
        "owner": together_answers_json(checkin.owner),
        "partner": together_answers_json(checkin.partner),
        "went_well": checkin.went_well,
        "talk_about": checkin.talk_about,
        "partner_consents_to_exports": checkin.partner_consents,
    }


def together_answers_json(answers: TogetherAnswers) -> dict[str, Any]:
    return {
        "needs_met": answers.needs_met,
        "scores": dict(answers.scores),
        "helped": answers.helped,
        "need_more": answers.need_more,
        "appreciations": answers.appreciations,
        "try": answers.try_this,
        "closing": answers.closing,
    }


def trends_json(trends: Trends) -> dict[str, Any]:
    return {
        "moving_averages": {
            name: [_point_json(p) for p in points]
            for name, points in trends.moving_averages.items()
        },
        "change_since_previous_period": {
            name: _change_json(change) for name, change in trends.changes.items()
        },
        "days_since_discovery": trends.days_since_discovery,
        "triggers_by_month": [_month_json(m) for m in trends.triggers_by_month],
    }


def _mood_json(mood: DayMood) -> dict[str, Any]:
    return {"date": mood.day.isoformat(), "mood": rounded(mood.mood), "entries": mood.entries}


def _point_json(point: Point) -> dict[str, Any]:
    return {"date": point.day.isoformat(), "value": rounded(point.value)}


def _change_json(change: PeriodChange) -> dict[str, Any]:
    return {
        "current": rounded(change.current),
        "previous": rounded(change.previous),
        "change": rounded(change.change),
    }


def _month_json(month: MonthTriggers) -> dict[str, Any]:
    return {
        "month": month.month,
        "count": month.count,
        "average_intensity": rounded(month.average_intensity),
        "average_minutes_to_calm": rounded(month.average_minutes_to_calm),
    }
