"""The words of the timeline chart's tooltips, over the chart's data (core/chart/data.py)."""

from __future__ import annotations

from trustjournal.core.chart import data as chart_data
from trustjournal.core.chart.data import (
    CHECKIN,
    EVENT,
    TOGETHER,
    TOGETHER_SERIES,
    ChartItem,
)
from trustjournal.core.exchange.texts.summary import trigger_details
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import mood_word
from trustjournal.core.records.together import PEOPLE, TogetherCheckin
from trustjournal.core.records.trust import (
    Checkin,
    Event,
    dimension_label,
    event_kind_label,
)
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.widgets.dates import number, short_date, weekday_and_date

__all__ = [
    "ChartData",
    "describe",
    "describe_event",
    "long_day",
    "short_day",
]


class ChartData(chart_data.ChartData):
    """The chart's data (shared with the PDF), with the words of the app's tooltips."""

    def describe(self, item: ChartItem) -> str:
        return describe(self, item)


def describe(data: chart_data.ChartData, item: ChartItem) -> str:
    """The words of a tooltip for `item`."""
    if item.kind == CHECKIN and item.ref is not None:
        return _describe_checkin(item, data.checkins[item.ref])
    if item.kind == EVENT and item.ref is not None:
        return describe_event(data.event_by_id[item.ref])
    if item.kind == TOGETHER and item.ref is not None:
        return _describe_together(item, data.together[item.ref])
    count = data.mood_entries.get(item.day, 1)
    mood = item.value or 0.0
    words = mood_word(round(mood))  # the in-sentence form, never a label lowered
    return trust_texts.mood_on_day(long_day(item.day), mood, words, count)


def _describe_checkin(item: ChartItem, checkin: Checkin) -> str:
    lines = [
        texts.TIP_CHECKIN_ON.format(day=long_day(checkin.day)),
        texts.TIP_SCORE.format(
            dimension=dimension_label(item.series), score=number(item.value or 0, 0)
        ),
    ]
    if checkin.needs_met:
        lines.append(_(texts.TIP_NEEDS[checkin.needs_met]))
    return "\n".join(lines)


def _describe_together(item: ChartItem, checkin: TogetherCheckin) -> str:
    answers = checkin.answers(PEOPLE[TOGETHER_SERIES.index(item.series)])
    count = len(answers.scores)
    lines = [
        texts.TIP_TOGETHER_ON.format(day=long_day(checkin.day)),
        trust_texts.together_average(
            _(texts.TOGETHER_WHOSE[item.series]), item.value or 0.0, count
        ),
    ]
    if answers.needs_met:
        lines.append(_(texts.TIP_NEEDS[answers.needs_met]))
    return "\n".join(lines)


def describe_event(event: Event) -> str:
    kind = event_kind_label(event.kind)
    lines = [texts.EVENT_ON_DAY.format(kind=kind, day=long_day(event.day)), event.title]
    details = trigger_details(event.intensity, event.minutes_to_calm)
    if details:
        lines.append(details.capitalize())
    return "\n".join(lines)


# One way to say a day in full and one short, on every screen, in the person's locale.
long_day = weekday_and_date
short_day = short_date
