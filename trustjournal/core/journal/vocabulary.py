"""The emotion and activity vocabularies, and how free words are tidied."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from trustjournal.core import texts
from trustjournal.core.errors import InvalidInput
from trustjournal.core.resources import load_json


@dataclass(frozen=True)
class EmotionFamily:
    name: str
    label: str
    emotions: tuple[str, ...]


@functools.cache
def emotion_families() -> tuple[EmotionFamily, ...]:
    data = load_json("emotions.json")
    return tuple(
        EmotionFamily(name=f["name"], label=f["label"], emotions=tuple(f["emotions"]))
        for f in data["families"]
    )


@functools.cache
def emotions() -> frozenset[str]:
    return frozenset(name for family in emotion_families() for name in family.emotions)


def family_of(emotion: str) -> str:
    for family in emotion_families():
        if emotion in family.emotions:
            return family.name
    raise InvalidInput(texts.NOT_AN_EMOTION.format(emotion=emotion))


@functools.cache
def suggested_activities() -> tuple[str, ...]:
    return tuple(load_json("activities.json")["activities"])


def tidy_word(word: str) -> str:
    """Free words (tags, activities) are compared in lower case with single spaces."""
    return " ".join(word.split()).lower()


def tidy_words(words: Iterable[str]) -> tuple[str, ...]:
    """Tidied, without blanks or repeats, in the order first given."""
    seen: dict[str, None] = {}
    for word in words:
        tidy = tidy_word(word)
        if tidy:
            seen.setdefault(tidy, None)
    return tuple(seen)


def checked_emotions(names: Iterable[str]) -> tuple[str, ...]:
    """The names tidied; any name outside the vocabulary is InvalidInput."""
    tidy = tidy_words(names)
    unknown = [name for name in tidy if name not in emotions()]
    if unknown:
        raise InvalidInput(
            texts.NOT_AN_EMOTION_CHOOSE.format(
                emotion=unknown[0], allowed=", ".join(sorted(emotions()))
            )
        )
    return tidy
