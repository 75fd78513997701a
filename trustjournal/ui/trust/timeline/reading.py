"""The chart without sight: the same points as a table, and the period in one sentence.

The Timeline's "Table" button shows `ChartTable` where the chart was; the chart's
accessible description starts with `summary_words`. Both are read from what the chart
draws in its view (`TimelineChart.visible_points`), so they hold the chart's numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from trustjournal.core.chart.data import ArrangementSpan, ChartData, PhaseSpan
from trustjournal.core.chart.painter import TOGETHER_LEGEND, together_label
from trustjournal.core.chart.readout import DayRow, Summary, day_rows, summarise
from trustjournal.core.chart.scene import EVENTS
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import (
    DIMENSIONS,
    dimension_label,
    event_kind_label,
)
from trustjournal.core.texts import counted
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.timeline.chart import TimelineChart

__all__ = ["ChartTable", "ChartTableModel", "summary_words"]

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
DAY = "day"
# The table's columns after the day, in the order of the chart's toggles.
COLUMN_ORDER = ("overall", *(n for n in DIMENSIONS if n != "overall"), MOOD, *TOGETHER_LEGEND)


def series_words(name: str) -> str:
    if name == MOOD:
        return _("Mood (1 to 5)")
    if name in TOGETHER_LEGEND:
        return together_label(name)
    return dimension_label(name)


def number(value: float) -> str:
    """A score as the person's locale writes it: whole when it is, else to one place."""
    locale = QtCore.QLocale()
    if value == round(value):
        return locale.toString(round(value))
    return locale.toString(value, "f", 1)


def day_words(day: dt.date, form: QtCore.QLocale.FormatType) -> str:
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), form)


# -- the sentence ----------------------------------------------------------------------------


def summary_words(summary: Summary, first: dt.date, last: dt.date) -> str:
    """The period in view in a sentence about trust, and one about mood when there is any.
    (`counted` translates its sentences itself: they are not wrapped in `_`.)"""
    period = {
        "first": day_words(first, QtCore.QLocale.FormatType.LongFormat),
        "last": day_words(last, QtCore.QLocale.FormatType.LongFormat),
    }
    said = [_trust_words(summary, period)]
    if summary.mood_average is not None:
        said.append(
            counted(
                summary.mood_days,
                "Mood was noted on {count} day and averaged {average} of 5.",
                "Mood was noted on {count} days and averaged {average} of 5.",
                average=number(summary.mood_average),
            )
        )
    return " ".join(said)


def _trust_words(summary: Summary, period: dict[str, str]) -> str:
    if summary.latest_day is None:
        return _("From {first} to {last}, there were no trust check-ins.").format(**period)
    latest = {
        "day": day_words(summary.latest_day, QtCore.QLocale.FormatType.LongFormat),
        "scores": ", ".join(
            _("{series} {score} of 10").format(series=series_words(n), score=number(v))
            for n, v in summary.latest.items()
        ),
    }
    if summary.trend_series is None or summary.before is None or summary.after is None:
        return counted(
            summary.checkins,
            "From {first} to {last}, there was {count} check-in; on {day} it gave {scores}.",
            "From {first} to {last}, there were {count} check-ins; the latest, on {day}, "
            "gave {scores}.",
            **period,
            **latest,
        )
    trend = {
        "series": series_words(summary.trend_series),
        "before": number(summary.before),
        "after": number(summary.after),
    }
    sentence = {
        1: _(
            "From {first} to {last}, {series} rose from an average of {before} to {after} "
            "of 10; the latest check-in, on {day}, gave {scores}."
        ),
        -1: _(
            "From {first} to {last}, {series} fell from an average of {before} to {after} "
            "of 10; the latest check-in, on {day}, gave {scores}."
        ),
        0: _(
            "From {first} to {last}, {series} held steady at about {after} of 10; "
            "the latest check-in, on {day}, gave {scores}."
        ),
    }[summary.direction]
    return sentence.format(**period, **latest, **trend)


def chart_summary(chart: TimelineChart) -> str:
    """What the chart shows in its view, in words, with the phases of the recovery path
    its bands show."""
    first, last = chart.view_range()
    said = summary_words(summarise(chart.visible_points()), first, last)
    phases = phases_words(chart.data.phases, first, last)
    arrangements = arrangements_words(chart.data.arrangements, first, last)
    return " ".join(words for words in (said, phases, arrangements) if words)


def phases_words(spans: Sequence[PhaseSpan], first: dt.date, last: dt.date) -> str:
    """The bands behind the chart in a sentence: each phase in view and the day it began."""
    shown = [s for s in spans if s.start <= last and (s.end is None or s.end > first)]
    if not shown:
        return ""
    each = ", ".join(
        _("{phase} from {day}").format(
            phase=span.name, day=day_words(span.start, QtCore.QLocale.FormatType.LongFormat)
        )
        for span in shown
    )
    return _("The phases of your path in this view: {phases}.").format(phases=each)


def arrangements_words(spans: Sequence[ArrangementSpan], first: dt.date, last: dt.date) -> str:
    """The arrangements' strips in a sentence: each one in view, from its first day to
    its last."""
    shown = [s for s in spans if s.start <= last and s.last >= first]
    if not shown:
        return ""
    long = QtCore.QLocale.FormatType.LongFormat
    each = ", ".join(
        _("{arrangement} from {start} to {last}").format(
            arrangement=span.name,
            start=day_words(span.start, long),
            last=day_words(span.last, long),
        )
        for span in shown
    )
    return _("Transparency arrangements in this view: {arrangements}.").format(arrangements=each)


# -- the table -------------------------------------------------------------------------------


class ChartTableModel(QtCore.QAbstractTableModel):
    """A row for each day in the chart's view; a column for each shown series, and one for
    the moments."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._data = ChartData()
        self.rows: list[DayRow] = []
        self.columns: list[str] = [DAY]

    def read(self, chart: TimelineChart) -> None:
        """Take the points the chart draws in its view."""
        self.beginResetModel()
        self._data = chart.data
        self.rows = day_rows(chart.visible_points())
        shown = [n for n in COLUMN_ORDER if chart.is_series_visible(n)]
        self.columns = [DAY, *shown, *((EVENTS,) if chart.is_series_visible(EVENTS) else ())]
        self.endResetModel()

    def rowCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column == DAY:
            return day_words(row.day, QtCore.QLocale.FormatType.ShortFormat)
        if column == EVENTS:
            return "; ".join(self._moment_words(ref) for ref in row.events)
        return ", ".join(number(v) for v in row.values.get(column, []))

    def _moment_words(self, ref: int) -> str:
        event = self._data.event_by_id.get(ref)
        if event is None:
            return ""
        kind = event_kind_label(event.kind)
        return _("{kind}: {title}").format(kind=kind, title=event.title)

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if column == DAY:
            return _("Day")
        if column == EVENTS:
            return _("Moments")
        return series_words(column)


class ChartTable(QtWidgets.QTableView):
    """The chart's points as a table, for reading instead of looking."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTable")
        self.setAccessibleName(_("Trust and mood over time, as a table"))
        self.model_of_chart = ChartTableModel(self)
        self.setModel(self.model_of_chart)
        self.verticalHeader().hide()
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setWordWrap(False)

    def read(self, chart: TimelineChart) -> None:
        self.model_of_chart.read(chart)
        self.setAccessibleDescription(chart_summary(chart))
        self.resizeColumnsToContents()
