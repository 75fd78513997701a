"""Fixtures for the Journal page tests: every test module in this folder gets them."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from uikit import show_page

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry, EntryDraft
from trustjournal.ui.journal.page import JournalPage

FAST_AUTOSAVE_MS = 30


Writer = Callable[..., Entry]


def write_to(journal: Journal, day: dt.date, title: str = "", body: str = "", **more: Any) -> Entry:
    """Add an entry straight through the core, as another part of the app would."""
    return journal.add_entry(EntryDraft(day=day, title=title, body=body, **more))


def days_ago(clock: ManualClock, days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


@pytest.fixture
def write(journal: Journal) -> Writer:
    """`write(day, title, body, mood=…)`: add an entry through the core."""
    return functools.partial(write_to, journal)


@pytest.fixture
def ago(clock: ManualClock) -> Callable[[int], dt.date]:
    """`ago(n)`: the day n days before the clock's today."""
    return functools.partial(days_ago, clock)


def open_page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> JournalPage:
    page = JournalPage(journal, clock=clock)
    page.editor.autosave_timer.setInterval(FAST_AUTOSAVE_MS)
    return show_page(qtbot, page, 1280, 800)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[JournalPage]:
    """The page on the journal; emptied as on lock before the journal closes."""
    shown = open_page(qtbot, journal, clock)
    yield shown
    shown.clear_for_lock()
    shown.close()


@pytest.fixture
def three_entries(journal: Journal, clock: ManualClock) -> list[Entry]:
    """Three entries on three days, oldest first."""
    return [
        write_to(
            journal,
            days_ago(clock, 2),
            "First talk",
            "We talked about the garden.",
            mood=2,
            emotions=("hurt",),
            tags=("therapy",),
        ),
        write_to(
            journal,
            days_ago(clock, 1),
            "",
            "A quiet walk by the river.",
            mood=4,
            emotions=("hopeful", "calm"),
        ),
        write_to(
            journal,
            clock.today(),
            "Today",
            "Coffee and honest words.",
            mood=3,
            tags=("family",),
            private=True,
        ),
    ]
