"""Anniversary prompts: enough of them, for every role, and never the prompt of the day."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.prompts.library import ANNIVERSARY_THEME, ROLES, daily_pool


def test_hard_days_anniversary_prompts_serve_every_role(journal: Journal) -> None:
    anniversary = journal.prompts.listed(theme=ANNIVERSARY_THEME)
    assert len(anniversary) >= 12
    for role in ROLES:
        assert journal.prompts.listed(theme=ANNIVERSARY_THEME, role=role), role


def test_hard_days_anniversary_prompts_are_never_the_prompt_of_the_day(
    journal: Journal, clock: ManualClock
) -> None:
    library = journal.prompts.library.prompts
    for role in ROLES:
        assert all(p.theme != ANNIVERSARY_THEME for p in daily_pool(library, role))
    for _day in range(120):
        prompt = journal.prompts.of_the_day()
        assert prompt is not None and prompt.theme != ANNIVERSARY_THEME
        clock.advance(days=1)
    assert clock.today() > dt.date(2026, 7, 1)
