"""Breathing rhythms for the pacer: where in a breath a moment falls. No Qt, no clock of
its own: the app asks with the seconds since the pacer started, from the injected clock."""

from __future__ import annotations

from dataclasses import dataclass

IN, HOLD, OUT = "Breathe in", "Hold", "Breathe out"


@dataclass(frozen=True)
class Rhythm:
    key: str
    label: str
    steps: tuple[tuple[str, float], ...]  # (what to do, seconds)

    @property
    def cycle_seconds(self) -> float:
        return sum(seconds for _what, seconds in self.steps)


RHYTHMS: tuple[Rhythm, ...] = (
    Rhythm("even", "Even and slow: in 4, out 4", ((IN, 4.0), (OUT, 4.0))),
    Rhythm("long_out", "A longer breath out: in 4, out 6", ((IN, 4.0), (OUT, 6.0))),
    Rhythm(
        "box",
        "Square: in 4, hold 4, out 4, hold 4",
        ((IN, 4.0), (HOLD, 4.0), (OUT, 4.0), (HOLD, 4.0)),
    ),
)


@dataclass(frozen=True)
class BreathMoment:
    what: str  # IN, HOLD or OUT
    size: float  # 0.0 (empty lungs) to 1.0 (full), for the shape to follow
    seconds_left: int  # whole seconds left in this step, for a count shown beside it


def moment(rhythm: Rhythm, seconds: float) -> BreathMoment:
    """Where `seconds` after the start falls in the rhythm (it repeats for ever)."""
    into = max(seconds, 0.0) % rhythm.cycle_seconds
    size = 0.0
    for what, length in rhythm.steps:
        if into < length:
            done = into / length
            if what == IN:
                size = _ease(done)
            elif what == OUT:
                size = 1.0 - _ease(done)
            left = int(length - into + 0.999)
            return BreathMoment(what, size, max(left, 1))
        into -= length
        size = 1.0 if what == IN else 0.0 if what == OUT else size
    return BreathMoment(rhythm.steps[0][0], 0.0, int(rhythm.steps[0][1]))  # pragma: no cover


def _ease(fraction: float) -> float:
    """Slow at both ends, like a breath (a smoothstep)."""
    return fraction * fraction * (3.0 - 2.0 * fraction)
