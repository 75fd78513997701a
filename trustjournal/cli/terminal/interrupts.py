"""Ctrl+C and SIGTERM held back while a command is in a step it must not stop inside.

`rekey` switches the journal to a new key in one rename, and from that moment
the old recovery code opens nothing. Stopped there, the command used to say
"Nothing more was changed" and never show the new code. Inside the hold a
signal is only noted; the command finishes the step, then says what happened
and honours the signal.
"""

from __future__ import annotations

import signal
import types
from collections.abc import Callable

HELD_SIGNALS = (signal.SIGINT, signal.SIGTERM)

_Handler = Callable[[int, types.FrameType | None], object] | int | signal.Handlers | None


class HeldInterrupts:
    """Notes SIGINT and SIGTERM from `hold()` until `release()`, instead of acting on them."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._previous: dict[int, _Handler] = {}

    def hold(self) -> None:
        if self._previous:
            return
        for number in HELD_SIGNALS:
            self._previous[number] = signal.signal(number, self._note)

    def hold_from(self, step: str) -> Callable[[str], None]:
        """A step hook for the vault's swap steps that starts the hold at `step`."""

        def on_step(reached: str) -> None:
            if reached == step:
                self.hold()

        return on_step

    def release(self) -> int | None:
        """The handlers as they were; gives the signal noted meanwhile, if any."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        self._previous.clear()
        return self.received

    def _note(self, number: int, _frame: types.FrameType | None) -> None:
        if self.received is None:
            self.received = number


def honour(number: int) -> int:
    """Act on a held signal now: SIGTERM ends the process as it would have; SIGINT
    gives the exit status of a Ctrl+C (130), the command having said what it did."""
    if number == signal.SIGINT:
        return 128 + number
    signal.signal(number, signal.SIG_DFL)
    signal.raise_signal(number)
    return 128 + number  # only where the signal does not end the process
