"""Argument types for the trust commands: a bad value is a usage error (exit 2) whose
one line lists the values that fit."""

from __future__ import annotations

import argparse

from trustjournal.cli import texts
from trustjournal.core.language.speaking import _
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
        said = texts.NOT_A_NUMBER_FROM_TO if high is not None else texts.NOT_A_NUMBER_OR_MORE
        raise argparse.ArgumentTypeError(said.format(text=text, what=what, low=low, high=high))
    return value


def score_argument(text: str) -> tuple[str, int]:
    """DIMENSION=0-10, for example safety=6."""
    name, equals, number = text.partition("=")
    name = name.strip().lower()
    if not equals:
        dimensions = ", ".join(DIMENSIONS)
        raise argparse.ArgumentTypeError(texts.NOT_A_SCORE.format(text=text, dimensions=dimensions))
    if name not in DIMENSIONS:
        dimensions = ", ".join(DIMENSIONS)
        raise argparse.ArgumentTypeError(
            texts.NOT_A_DIMENSION.format(name=name, dimensions=dimensions)
        )
    return name, whole_number(
        number.strip(), SCORE_MIN, SCORE_MAX, _("a score for {name}").format(name=name)
    )


def intensity_argument(text: str) -> int:
    return whole_number(text, INTENSITY_MIN, INTENSITY_MAX, _("an intensity"))


def minutes_argument(text: str) -> int:
    return whole_number(text, 0, None, _("a number of minutes"))


def id_argument(text: str) -> int:
    return whole_number(text, 1, None, _("an id"))
