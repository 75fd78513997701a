"""The Today page shown as the person sees it, for the tests of what it says."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.trust.today.page import TodayPage


@contextmanager
def today_page_shown(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TodayPage]:
    """Today at a size its cards fit, on screen, emptied afterwards as a lock would."""
    shown = TodayPage(journal, clock=clock)
    qtbot.addWidget(shown)
    shown.resize(1070, 800)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.clear_for_lock()
