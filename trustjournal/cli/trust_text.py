"""How check-ins, events, agreements, prompts and timelines read in a terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from trustjournal.core.journal.timeline import Timeline
from trustjournal.core.journal.trends import PeriodChange, Trends
from trustjournal.core.records.prompts import Prompt
from trustjournal.core.records.trust import (
    EVENT_KIND_LABELS,
    Agreement,
    Checkin,
    Event,
)


def checkin_line(checkin: Checkin) -> str:
    scores = ", ".join(f"{name} {score}" for name, score in checkin.scores.items())
    parts = ["check-in", scores or "no scores"]
    if checkin.needs_met:
        parts.append(f"needs met: {checkin.needs_met}")
    if checkin.note:
        parts.append(checkin.note)
    return "  ".join(parts)


def event_line(event: Event) -> str:
    parts = [EVENT_KIND_LABELS[event.kind].lower(), event.title]
    if event.intensity is not None:
        parts.append(f"intensity {event.intensity}")
    if event.minutes_to_calm is not None:
        parts.append(f"calm again after {event.minutes_to_calm} min")
    if event.note:
        parts.append(event.note)
    return "  ".join(parts)


def agreement_line(agreement: Agreement) -> str:
    review = f"review {agreement.review.isoformat()}" if agreement.review else "no review date"
    return (
        f"#{agreement.id}  {agreement.status:<7}  made {agreement.made.isoformat()}"
        f"  {review}  {agreement.title}"
    )


def prompt_line(prompt: Prompt) -> str:
    return f"{prompt.id}  [{prompt.theme or 'own'}] (for {prompt.audience})  {prompt.text}"


def timeline_lines(timeline: Timeline, show_days_since_discovery: bool = False) -> Iterator[str]:
    yield f"Your timeline from {timeline.start.isoformat()} to {timeline.end.isoformat()}"
    dated: list[tuple[dt.date, int, str]] = []
    dated += [(c.day, 0, checkin_line(c)) for c in timeline.checkins]
    dated += [(e.day, 1, event_line(e)) for e in timeline.events]
    dated += [
        (m.day, 2, f"mood {m.mood:.1f} ({m.entries} {'entry' if m.entries == 1 else 'entries'})")
        for m in timeline.moods
    ]
    dated += [
        (t.day, 3, "together  a check-in done together (--json shows it)")
        for t in timeline.together
    ]
    for day, _order, text in sorted(dated, key=lambda item: (item[0], item[1])):
        yield f"  {day.isoformat()}  {text}"
    if not dated:
        yield "  Nothing recorded in these days yet."
    yield from trends_lines(timeline.trends, show_days_since_discovery)


def trends_lines(trends: Trends, show_days_since_discovery: bool = False) -> Iterator[str]:
    if show_days_since_discovery and trends.days_since_discovery is not None:
        yield f"Days since discovery: {trends.days_since_discovery}"
    changes = [
        f"{name} {_change(change)}"
        for name, change in trends.changes.items()
        if change.current is not None
    ]
    if changes:
        yield "Compared with the period before: " + ", ".join(changes)
    for month in trends.triggers_by_month:
        parts = [f"{month.count} trigger{'s' if month.count != 1 else ''}"]
        if month.average_intensity is not None:
            parts.append(f"average intensity {month.average_intensity:.1f}")
        if month.average_minutes_to_calm is not None:
            parts.append(f"calm again after {month.average_minutes_to_calm:.0f} min on average")
        yield f"Triggers in {month.month}: " + ", ".join(parts)


def _change(change: PeriodChange) -> str:
    now = f"{change.current:.1f}" if change.current is not None else "-"
    if change.change is None:
        return f"{now} (nothing to compare with)"
    return f"{now} ({change.change:+.1f})"
