"""Argument types for the trust commands: a bad value is a usage error (exit 2) whose
one line lists the values that fit."""

from __future__ import annotations

import argparse

from trustjournal.core.records.trust import (
    DIMENSIONS,
    INTENSITY_MAX,
    INTENSITY_MIN,
    SCORE_MAX,
    SCORE_MIN,
)


def whole_number(text: str, low: int, high: int | None, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < low or (high is not None and value > high):
        span = f"from {low} to {high}" if high is not None else f"of {low} or more"
        raise argparse.ArgumentTypeError(f"'{text}' is not {what}; use a whole number {span}")
    return value


def score_argument(text: str) -> tuple[str, int]:
    """DIMENSION=0-10, for example safety=6."""
    name, equals, number = text.partition("=")
    name = name.strip().lower()
    if not equals:
        raise argparse.ArgumentTypeError(
            f"'{text}' needs the form DIMENSION=0-10, like safety=6; "
            f"the dimensions are {', '.join(DIMENSIONS)}"
        )
    if name not in DIMENSIONS:
        raise argparse.ArgumentTypeError(
            f"'{name}' is not a check-in dimension; choose from {', '.join(DIMENSIONS)}"
        )
    return name, whole_number(number.strip(), SCORE_MIN, SCORE_MAX, f"a score for {name}")


def intensity_argument(text: str) -> int:
    return whole_number(text, INTENSITY_MIN, INTENSITY_MAX, "an intensity")


def minutes_argument(text: str) -> int:
    return whole_number(text, 0, None, "a number of minutes")


def id_argument(text: str) -> int:
    return whole_number(text, 1, None, "an id")
