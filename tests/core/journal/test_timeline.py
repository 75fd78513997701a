"""The timeline query: a date range of check-ins, events, agreements, moods and trends."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.errors import InvalidInput
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.trends import SERIES
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import AgreementDraft, CheckinDraft, EventDraft

START = dt.date(2026, 2, 1)
END = dt.date(2026, 2, 28)


def d(month: int, day: int) -> dt.date:
    return dt.date(2026, month, day)


def test_the_range_holds_only_what_falls_inside_it_in_time_order(journal: Journal) -> None:
    journal.checkins.add(CheckinDraft(day=d(2, 20), scores={"safety": 5}))
    journal.checkins.add(CheckinDraft(day=d(2, 3), scores={"safety": 3}))
    journal.checkins.add(CheckinDraft(day=d(1, 31), scores={"safety": 1}))
    journal.events.add(EventDraft(day=d(2, 10), kind="therapy", title="Session"))
    journal.events.add(EventDraft(day=d(3, 1), kind="therapy", title="Next month"))
    journal.agreements.add(AgreementDraft(title="Check in weekly", made=d(2, 5)))
    journal.agreements.add(AgreementDraft(title="Old one", made=d(1, 5), review=d(2, 15)))
    journal.agreements.add(AgreementDraft(title="Far away", made=d(1, 5), review=d(4, 1)))

    timeline = journal.timeline(START, END)

    assert [c.day for c in timeline.checkins] == [d(2, 3), d(2, 20)]
    assert [(e.day, e.kind) for e in timeline.events] == [
        (d(2, 5), "agreement"),
        (d(2, 10), "therapy"),
    ]
    # Made in the range, or due for review in it.
    assert [a.title for a in timeline.agreements] == ["Old one", "Check in weekly"]


def test_each_days_mood_is_the_average_of_its_entries(journal: Journal) -> None:
    for day, mood in [(d(2, 2), 2), (d(2, 2), 5), (d(2, 2), None), (d(2, 9), 4), (d(1, 1), 1)]:
        journal.add_entry(EntryDraft(day=day, body="words", mood=mood))
    moods = journal.timeline(START, END).moods
    assert [(m.day, m.mood, m.entries) for m in moods] == [(d(2, 2), 3.5, 2), (d(2, 9), 4.0, 1)]


def test_trends_by_hand(journal: Journal) -> None:
    # Previous period of equal length: 4-31 January. Weekly cadence: 28-day check-in window.
    for day, score in [(d(1, 10), 2), (d(2, 1), 4), (d(2, 15), 8)]:
        journal.checkins.add(CheckinDraft(day=day, scores={"safety": score, "overall": 5}))
    for day, mood in [(d(1, 30), 1), (d(2, 1), 3), (d(2, 5), 5)]:
        journal.add_entry(EntryDraft(day=day, body="words", mood=mood))
    trends = journal.timeline(START, END).trends

    safety = [(p.day, p.value) for p in trends.moving_averages["safety"]]
    # 1 Feb: (2+4)/2 = 3, 10 Jan being inside 28 days; by 15 Feb it has left: (4+8)/2 = 6.
    assert safety == [(d(2, 1), 3.0), (d(2, 15), 6.0)]
    mood = [(p.day, p.value) for p in trends.moving_averages["mood"]]
    # Seven-day mood window: 1 Feb: (1+3)/2 = 2; 5 Feb: (1+3+5)/3 = 3.
    assert mood == [(d(2, 1), 2.0), (d(2, 5), 3.0)]
    # Safety this period (4+8)/2 = 6, before 2 -> +4; mood 4 vs 1 -> +3; overall flat.
    assert (trends.changes["safety"].current, trends.changes["safety"].previous) == (6.0, 2.0)
    assert trends.changes["safety"].change == 4.0
    assert trends.changes["mood"].change == 3.0
    assert trends.changes["overall"].change == 0.0
    assert trends.changes["honesty"].change is None
    assert set(trends.moving_averages) == set(SERIES) == set(trends.changes)


def test_the_checkin_window_follows_the_cadence(journal: Journal) -> None:
    journal.settings.set("checkin_cadence_days", 1)  # a four-day window
    journal.checkins.add(CheckinDraft(day=d(2, 1), scores={"safety": 2}))
    journal.checkins.add(CheckinDraft(day=d(2, 5), scores={"safety": 6}))
    safety = journal.timeline(START, END).trends.moving_averages["safety"]
    assert [p.value for p in safety] == [2.0, 6.0]


def test_days_since_the_latest_discovery_before_the_range_ends(journal: Journal) -> None:
    assert journal.timeline(START, END).trends.days_since_discovery is None
    journal.events.add(EventDraft(day=d(1, 1), kind="discovery", title="I found out"))
    journal.events.add(EventDraft(day=d(3, 10), kind="discovery", title="After the range"))
    assert journal.timeline(START, END).trends.days_since_discovery == 58
    journal.events.add(EventDraft(day=d(2, 14), kind="discovery", title="More came out"))
    assert journal.timeline(START, END).trends.days_since_discovery == 14


def test_trigger_statistics_per_month(journal: Journal) -> None:
    for day, intensity, calm in [(d(1, 3), 9, 120), (d(1, 20), 7, 60), (d(2, 2), 4, 20)]:
        journal.events.add(
            EventDraft(
                day=day, kind="trigger", title="t", intensity=intensity, minutes_to_calm=calm
            )
        )
    months = journal.timeline(d(1, 1), END).trends.triggers_by_month
    assert [(m.month, m.count, m.average_intensity, m.average_minutes_to_calm) for m in months] == [
        ("2026-01", 2, 8.0, 90.0),
        ("2026-02", 1, 4.0, 20.0),
    ]


def test_a_range_from_the_first_day_there_is(journal: Journal) -> None:
    journal.checkins.add(CheckinDraft(day=d(2, 3), scores={"safety": 3}))
    timeline = journal.timeline(dt.date.min, END)
    assert [c.day for c in timeline.checkins] == [d(2, 3)]
    assert timeline.trends.changes["safety"].previous is None


def test_a_range_that_ends_before_it_starts_is_refused(journal: Journal) -> None:
    with pytest.raises(InvalidInput, match="swap"):
        journal.timeline(END, START)


def test_every_timeline_query_uses_an_index(journal: Journal) -> None:
    """No query may read the whole of a table to answer for a range."""
    journal.add_entry(EntryDraft(day=d(2, 2), body="words", mood=3))
    journal.events.add(EventDraft(day=d(1, 1), kind="discovery", title="x"))
    journal.agreements.add(AgreementDraft(title="x", made=d(2, 5), review=d(3, 1)))
    connection = journal.vault.database.connection
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        journal.timeline(START, END)
    finally:
        connection.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 5
    for sql in selects:
        plan = " | ".join(str(row[3]) for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
        whole_scans = [
            part for part in plan.split(" | ") if part.startswith("SCAN") and "INDEX" not in part
        ]
        assert not whole_scans, f"{sql} -> {plan}"
