"""Days cross between Python and Qt typed (ui/widgets/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from trustjournal.ui.qt import QtCore
from trustjournal.ui.widgets.dates import pydate, qdate


@pytest.mark.parametrize("day", [dt.date(2026, 3, 14), dt.date(2024, 2, 29), dt.date(1900, 1, 1)])
def test_a_day_crosses_to_qt_and_back_unchanged(day: dt.date) -> None:
    crossed = qdate(day)
    assert crossed == QtCore.QDate(day.year, day.month, day.day)
    assert pydate(crossed) == day
