"""The chart as numbers: rows by day, and what the summary rests on."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.core.chart.data import CHECKIN, EVENT, MOOD_KIND, ChartItem
from trustjournal.core.chart.readout import day_rows, summarise

DAY = dt.date(2026, 5, 1)


def scores(name: str, values: list[float]) -> list[ChartItem]:
    return [
        ChartItem(CHECKIN, name, DAY + dt.timedelta(days=7 * n), v, n + 1)
        for n, v in enumerate(values)
    ]


@pytest.mark.parametrize(
    ("values", "direction", "before", "after"),
    [
        ([2, 4, 6, 8], 1, 3, 7),
        ([8, 6, 5], -1, 8, 5.5),
        ([5, 5.4, 5, 5.2], 0, 5.2, 5.1),
    ],
)
def test_the_trend_compares_the_first_half_with_the_second(
    values: list[float], direction: int, before: float, after: float
) -> None:
    summary = summarise(scores("overall", values))
    assert (summary.direction, summary.before, summary.after) == (direction, before, after)
    assert summary.trend_series == "overall" and summary.checkins == len(values)


def test_the_latest_check_in_gives_its_scores_overall_first() -> None:
    items = [*scores("safety", [3, 4]), *scores("overall", [5, 6])]
    summary = summarise(items)
    assert summary.latest == {"overall": 6, "safety": 4}
    assert summary.latest_day == DAY + dt.timedelta(days=7)


def test_without_overall_the_trend_follows_the_first_part_scored_twice() -> None:
    summary = summarise([*scores("honesty", [1]), *scores("safety", [2, 9])])
    assert summary.trend_series == "safety" and summary.direction == 1


def test_one_check_in_has_no_trend_and_moods_are_averaged() -> None:
    moods = [ChartItem(MOOD_KIND, "mood", DAY, m, None) for m in (1, 2, 4)]
    summary = summarise([*scores("overall", [7]), *moods])
    assert summary.trend_series is None and summary.direction == 0
    assert (summary.mood_days, summary.mood_average) == (3, 7 / 3)


def test_rows_are_days_in_order_with_each_value_and_event() -> None:
    event = ChartItem(EVENT, "therapy", DAY, None, 42)
    twice = ChartItem(CHECKIN, "overall", DAY, 9, 99)
    rows = day_rows([*scores("overall", [5, 6]), event, twice])
    assert [r.day for r in rows] == [DAY, DAY + dt.timedelta(days=7)]
    assert rows[0].values == {"overall": [5, 9]} and rows[0].events == [42]
