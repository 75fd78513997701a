"""Trend arithmetic, checked against values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trustjournal.core.journal.trends import (
    PeriodChange,
    Point,
    days_since,
    moving_average,
    period_change,
    previous_period,
    triggers_by_month,
)
from trustjournal.core.records.trust import Event

D0 = dt.date(2026, 1, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def points(*pairs: tuple[int, float]) -> list[Point]:
    return [Point(day(n), v) for n, v in pairs]


def event(
    on: dt.date, kind: str = "trigger", intensity: int | None = None, calm: int | None = None
) -> Event:
    return Event(
        id=0,
        day=on,
        kind=kind,
        title="t",
        note="",
        entry_id=None,
        intensity=intensity,
        minutes_to_calm=calm,
        agreement_id=None,
        created_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )


def test_moving_average_by_hand() -> None:
    # Window of 7 days: day 0 -> 4; day 3 -> (4+6)/2 = 5; day 7 drops day 0 -> (6+8)/2 = 7;
    # day 20 stands alone -> 2.
    series = points((0, 4), (3, 6), (7, 8), (20, 2))
    assert moving_average(series, 7) == points((0, 4.0), (3, 5.0), (7, 7.0), (20, 2.0))


def test_moving_average_takes_every_point_of_a_day() -> None:
    # Two points on day 1 (3 and 5) with day 0 (1): (1+3+5)/3 = 3, reported once for day 1.
    series = points((1, 3), (0, 1), (1, 5))
    assert moving_average(series, 2) == points((0, 1.0), (1, 3.0))


def test_moving_average_counts_points_before_the_range() -> None:
    # Only days from day 10 are reported, but day 5 still fills day 10's window of 7 days:
    # day 10 -> (2+8)/2 = 5; day 12's window (days 6-12) has lost day 5 -> (8+5)/2 = 6.5.
    series = points((5, 2), (10, 8), (12, 5))
    assert moving_average(series, 7, since=day(10)) == points((10, 5.0), (12, 6.5))


def test_a_window_of_one_day_is_each_days_mean() -> None:
    assert moving_average(points((0, 2), (0, 3), (1, 9)), 1) == points((0, 2.5), (1, 9.0))


def test_a_window_needs_a_day() -> None:
    with pytest.raises(ValueError):
        moving_average(points((0, 1)), 0)


series_strategy = st.lists(
    st.tuples(st.integers(0, 120), st.floats(0, 10, allow_nan=False)), max_size=60
)


@given(series_strategy, st.integers(1, 40))
def test_a_moving_average_stays_within_its_window(
    pairs: list[tuple[int, float]], window: int
) -> None:
    series = points(*pairs)
    for average in moving_average(series, window):
        inside = [
            p.value for p in series if average.day - dt.timedelta(window) < p.day <= average.day
        ]
        assert min(inside) - 1e-9 <= average.value <= max(inside) + 1e-9


@given(
    st.lists(st.integers(0, 120), max_size=40, unique=True), st.floats(0, 10), st.integers(1, 40)
)
def test_a_steady_series_averages_to_itself(days: list[int], value: float, window: int) -> None:
    averages = moving_average([Point(day(n), value) for n in days], window)
    assert [a.day for a in averages] == sorted(day(n) for n in days)
    assert all(a.value == pytest.approx(value) for a in averages)


def test_the_previous_period_has_equal_length() -> None:
    # 1-31 March (31 days) follows 29 January - 28 February (31 days).
    assert previous_period(dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == (
        dt.date(2026, 1, 29),
        dt.date(2026, 2, 28),
    )
    assert previous_period(day(5), day(5)) == (day(4), day(4))
    # Near the first day the calendar has, the period before is cut short, or absent.
    first = dt.date.min
    assert previous_period(first + dt.timedelta(days=2), first + dt.timedelta(days=9)) == (
        first,
        first + dt.timedelta(days=1),
    )
    assert previous_period(first, first + dt.timedelta(days=9)) is None


def test_a_window_reaching_before_the_first_day_the_calendar_has() -> None:
    early = [Point(dt.date.min, 2.0), Point(dt.date.min + dt.timedelta(days=1), 4.0)]
    assert [p.value for p in moving_average(early, 7)] == [2.0, 3.0]


def test_change_since_the_previous_period_by_hand() -> None:
    # Range days 10-19; previous period days 0-9. Current: (6+8)/2 = 7; previous:
    # (2+3+4)/3 = 3; change +4. Day 20 is outside both.
    series = points((0, 2), (5, 3), (9, 4), (10, 6), (19, 8), (20, 100))
    change = period_change(series, day(10), day(19))
    assert change == PeriodChange(current=7.0, previous=3.0)
    assert change.change == 4.0


def test_no_change_without_both_periods() -> None:
    change = period_change(points((10, 6)), day(10), day(19))
    assert (change.current, change.previous, change.change) == (6.0, None, None)


def test_days_since_discovery() -> None:
    assert days_since(dt.date(2025, 12, 25), dt.date(2026, 1, 1)) == 7
    assert days_since(None, dt.date(2026, 1, 1)) is None


def test_triggers_per_month_by_hand() -> None:
    events = [
        event(dt.date(2026, 1, 3), intensity=8, calm=60),
        event(dt.date(2026, 1, 20), intensity=6, calm=None),
        event(dt.date(2026, 1, 28), intensity=None, calm=30),
        event(dt.date(2026, 3, 2), intensity=3, calm=10),
        event(dt.date(2026, 2, 1), kind="therapy"),  # not a trigger: left out
    ]
    months = triggers_by_month(events)
    assert [(m.month, m.count, m.average_intensity, m.average_minutes_to_calm) for m in months] == [
        ("2026-01", 3, 7.0, 45.0),  # intensity (8+6)/2, calm (60+30)/2
        ("2026-03", 1, 3.0, 10.0),
    ]
