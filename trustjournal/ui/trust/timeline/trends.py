"""The trends beside the timeline: averages, change since the period before, and triggers."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.trends import MOOD, SERIES, MonthTriggers, PeriodChange, Trends
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import dimension_short_label
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.widgets.controls import label
from trustjournal.ui.widgets.dates import month_and_year, number
from trustjournal.ui.widgets.sizing import table_width


def short_label(name: str) -> str:
    """A row's name: a part of trust, or the mood."""
    return texts.MOOD_ONE_TO_FIVE if name == MOOD else dimension_short_label(name)


def change_words(change: PeriodChange) -> str:
    if change.change is None:
        return texts.CHANGE_FIRST
    if abs(change.change) < 0.05:
        return texts.CHANGE_SAME
    words = texts.CHANGE_UP if change.change > 0 else texts.CHANGE_DOWN
    return words.format(change=number(abs(change.change)))


def _number(value: float | None) -> str:
    return "-" if value is None else number(value)


def _month(text: str) -> str:
    year, month = (int(part) for part in text.split("-"))
    return month_and_year(dt.date(year, month, 1))


def table(name: str, accessible: str, headers: tuple[str, ...]) -> QtWidgets.QTableWidget:
    view = QtWidgets.QTableWidget(0, len(headers))
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setHorizontalHeaderLabels(list(headers))
    view.verticalHeader().hide()
    view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Every column as wide as its words; the first (the names) takes what room is left.
    # A stretched last column would never be narrower than Qt's default 100 px, and
    # would take that from the names.
    header = view.horizontalHeader()
    header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
    return view


def fill(view: QtWidgets.QTableWidget, rows: list[tuple[str, ...]]) -> None:
    view.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QtWidgets.QTableWidgetItem(text)
            if column > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            view.setItem(row, column, item)


class TrendsPanel(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTrends")
        self.setAccessibleName(_("Trends in this view"))
        columns, trigger_columns = (
            texts.trend_columns(),
            texts.said(texts.TRIGGER_COLUMNS),
        )
        self.averages = table("timelineAverages", _("Averages and changes"), tuple(columns))
        self.triggers = table("timelineTriggers", _("Triggers by month"), tuple(trigger_columns))
        tips = ((self.averages, texts.TREND_TIPS), (self.triggers, texts.TRIGGER_TIPS))
        for view, words in tips:
            for column, tip in enumerate(texts.said(words)):
                header = view.horizontalHeaderItem(column)
                assert header is not None  # table() set a label on every column
                header.setToolTip(tip)
        self.empty = label(texts.TRENDS_NOTHING_YET, "muted", "timelineTrendsEmpty")
        self.no_triggers = label(texts.NO_TRIGGERS, "muted", "timelineNoTriggers")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(_("Trends in this view"), "subheading"))
        layout.addWidget(self.empty)
        layout.addWidget(self.averages, 3)
        layout.addWidget(label(_("Triggers by month"), "subheading"))
        layout.addWidget(self.no_triggers)
        layout.addWidget(self.triggers, 2)

    def show_trends(self, trends: Trends | None) -> None:
        rows = [] if trends is None else _average_rows(trends)
        fill(self.averages, rows)
        self.averages.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        months = [] if trends is None else [_trigger_row(m) for m in trends.triggers_by_month]
        fill(self.triggers, months[::-1])
        self.triggers.setVisible(bool(months))
        self.no_triggers.setVisible(not months)
        self.updateGeometry()  # its width follows the longest month and change

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        """As wide as both tables need to show every word whole: the Timeline puts the
        trends beside the moments only where there is room for that (page.py)."""
        hint = super().sizeHint()
        widest = max(table_width(self.averages), table_width(self.triggers))
        return QtCore.QSize(max(hint.width(), widest), hint.height())


def _average_rows(trends: Trends) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for name in ("overall", MOOD, *(s for s in SERIES if s not in ("overall", MOOD))):
        change = trends.changes.get(name)
        if change is None or change.current is None:
            continue
        recent = trends.moving_averages.get(name, ())
        rows.append(
            (
                short_label(name),
                _number(change.current),
                change_words(change),
                _number(recent[-1].value if recent else None),
            )
        )
    return rows


def _trigger_row(month: MonthTriggers) -> tuple[str, ...]:
    return (
        _month(month.month),
        str(month.count),
        _number(month.average_intensity),
        _number(month.average_minutes_to_calm),
    )
