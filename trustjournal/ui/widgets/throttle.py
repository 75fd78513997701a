"""A growing pause after repeated wrong passphrases, measured on an injected clock.

The first few tries are free (typos happen); after that each failure doubles
the wait, up to five minutes. Nothing is stored on disk: it only slows down
someone guessing at the keyboard, the key derivation slows down everyone else.
"""

from __future__ import annotations

import datetime as dt
import math

from trustjournal.core.clock import Clock
from trustjournal.core.texts import counted

FREE_TRIES = 3
FIRST_WAIT_SECONDS = 5
LONGEST_WAIT_SECONDS = 300


def wait_text(seconds: int) -> str:
    """What a wait says, wherever a passphrase is asked for."""
    return counted(
        seconds,
        "Take a breath. You can try again in {count} second.",
        "Take a breath. You can try again in {count} seconds.",
    )


def wait_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0
    doubled: int = FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES)  # int ** int is Any to mypy
    return min(doubled, LONGEST_WAIT_SECONDS)


class UnlockThrottle:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.failures = 0
        self._not_before: dt.datetime | None = None

    def record_failure(self) -> None:
        self.failures += 1
        wait = wait_after(self.failures)
        self._not_before = self._clock.now() + dt.timedelta(seconds=wait) if wait else None

    def record_success(self) -> None:
        self.failures = 0
        self._not_before = None

    def seconds_left(self) -> int:
        if self._not_before is None:
            return 0
        left = (self._not_before - self._clock.now()).total_seconds()
        return max(0, math.ceil(left))
