"""Choosing the prompt of the day: pure, so the rules can be checked day by day.

The rules: never a prompt already answered, or shown in the last 30 days, while
others remain; when none remain, the one left alone the longest. The choice
among those that fit is deterministic from the date, so it is the same all day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from trustjournal.core.records.prompts import Prompt

RECENT_DAYS = 30


@dataclass(frozen=True)
class PromptHistory:
    """The last day each prompt was answered (by a linked entry) or shown."""

    answered: Mapping[str, dt.date] = field(default_factory=dict)
    shown: Mapping[str, dt.date] = field(default_factory=dict)

    def last_touched(self, prompt_id: str) -> dt.date:
        days = [d for d in (self.answered.get(prompt_id), self.shown.get(prompt_id)) if d]
        return max(days, default=dt.date.min)


def is_fresh(prompt: Prompt, history: PromptHistory, today: dt.date) -> bool:
    if prompt.id in history.answered:
        return False
    shown = history.shown.get(prompt.id)
    return shown is None or (today - shown).days > RECENT_DAYS


def choose(pool: Sequence[Prompt], history: PromptHistory, today: dt.date) -> Prompt | None:
    """Today's prompt from `pool`, or None when the pool is empty."""
    fresh = [p for p in pool if is_fresh(p, history, today)]
    if fresh:
        return _pick(fresh, today)
    if not pool:
        return None
    oldest = min(history.last_touched(p.id) for p in pool)
    return _pick([p for p in pool if history.last_touched(p.id) == oldest], today)


def _pick(candidates: Sequence[Prompt], today: dt.date) -> Prompt:
    # A hash of the date, not random(): the same day always gives the same index.
    digest = hashlib.sha256(today.isoformat().encode()).digest()
    ordered = sorted(candidates, key=lambda p: p.id)
    return ordered[int.from_bytes(digest[:8], "big") % len(ordered)]
