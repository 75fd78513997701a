"""The timeline's axis names its months in the locale of the moment (issue 22, item 5):
the app's, which QLocale's default follows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from trustjournal.core.chart.axis import Window, ticks


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def window(first: dt.date, days: int) -> Window:
    return Window(float(first.toordinal()), float(days))


@pytest.mark.usefixtures("german")
def test_the_axis_names_months_in_the_locale() -> None:
    months = [label for _day, label in ticks(window(dt.date(2025, 12, 15), 120))]
    assert months[:4] == ["Januar 2026", "Februar", "März", "April"]
    weeks = [label for _day, label in ticks(window(dt.date(2026, 3, 1), 30))]
    assert weeks[0] == "2 Mär"
