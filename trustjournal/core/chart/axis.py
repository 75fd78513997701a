"""The chart's time axis: how many days each zoom shows, the view window, and date ticks."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QLocale

ZOOMS: tuple[str, ...] = ("month", "quarter", "year", "all")
ZOOM_LABELS = {"month": "Month", "quarter": "Quarter", "year": "Year", "all": "All"}
ZOOM_DAYS = {"month": 31, "quarter": 92, "year": 366}
MIN_SPAN = 14.0


@dataclass(frozen=True)
class Window:
    """The days in view: `start` is a fractional day number (ordinal), `span` days wide.

    A day's centre sits at its ordinal + 0.5, so day d is in view when
    start <= d + 0.5 <= start + span."""

    start: float
    span: float

    @property
    def end(self) -> float:
        return self.start + self.span

    def first_day(self) -> int:
        return math.ceil(self.start - 0.5)

    def last_day(self) -> int:
        return math.floor(self.end - 0.5)

    def days(self) -> tuple[dt.date, dt.date]:
        first, last = self.first_day(), self.last_day()
        return dt.date.fromordinal(max(first, 1)), dt.date.fromordinal(max(last, first, 1))

    def moved(self, days: float) -> Window:
        return Window(self.start + days, self.span)

    def ending_on(self, day: dt.date, span: float) -> Window:
        return Window(day.toordinal() + 1 - span, span)


def zoom_window(zoom: str, current: Window, extent: tuple[dt.date, dt.date]) -> Window:
    """The window for `zoom`, keeping the current window's end (or showing all of `extent`)."""
    if zoom == "all":
        first, last = extent
        span = max(float((last - first).days + 1), MIN_SPAN)
        pad = span * 0.02
        return Window(first.toordinal() - pad, span + 2 * pad)
    span = float(ZOOM_DAYS[zoom])
    return Window(current.end - span, span)


def clamped(window: Window, extent: tuple[dt.date, dt.date]) -> Window:
    """Keep at least half the window over the history, so the person cannot get lost."""
    low = extent[0].toordinal() - window.span / 2
    high = extent[1].toordinal() + 1 + window.span / 2 - window.span
    if high < low:
        return window
    return Window(min(max(window.start, low), high), window.span)


def ticks(window: Window) -> list[tuple[dt.date, str]]:
    """Days to mark on the axis with their labels: weeks, months or years by span."""
    first, last = window.days()
    if window.span <= 45:
        return _weekly(first, last)
    if window.span <= 550:
        return _monthly(first, last, with_year=window.span > 200)
    step = max(1, math.ceil(window.span / 365 / 12))
    return [
        (dt.date(year, 1, 1), str(year))
        for year in range(first.year + 1, last.year + 1)
        if year % step == 0
    ]


def _weekly(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    day = first + dt.timedelta(days=(7 - first.weekday()) % 7)  # the first Monday
    marks: list[tuple[dt.date, str]] = []
    while day <= last:
        marks.append((day, f"{day.day} {_month(day.month, short=True)}"))
        day += dt.timedelta(days=7)
    return marks


def _monthly(first: dt.date, last: dt.date, with_year: bool) -> list[tuple[dt.date, str]]:
    year, month = first.year, first.month
    marks: list[tuple[dt.date, str]] = []
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        day = dt.date(year, month, 1)
        if day > last:
            return marks
        label = _month(month, short=with_year)
        marks.append((day, label if month != 1 else f"{label} {year}"))


def _month(month: int, short: bool) -> str:
    """The month's name in the locale of the moment (QLocale's default: the app's)."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind).rstrip(".")
