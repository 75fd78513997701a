"""Plain dataclasses for what a journal holds. No storage, no Qt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from trustjournal.core.language.speaking import N_, _

MOOD_MIN = 1
MOOD_MAX = 5
MOOD_LABELS = {
    1: N_("Very low"),
    2: N_("Low"),
    3: N_("Okay"),
    4: N_("Good"),
    5: N_("Very good"),
}


# The same words inside a sentence ("mood 2 (low)"): their own entries, since a language
# may write them otherwise there than alone (never `.lower()` a translated label).
MOOD_WORDS = {
    1: N_("very low"),
    2: N_("low"),
    3: N_("okay"),
    4: N_("good"),
    5: N_("very good"),
}


def mood_label(mood: int) -> str:
    """A mood's word in the chosen language ("" for a mood off the scale)."""
    return _(MOOD_LABELS[mood]) if mood in MOOD_LABELS else ""


def mood_word(mood: int) -> str:
    """A mood's word as it is said inside a sentence ("" for a mood off the scale)."""
    return _(MOOD_WORDS[mood]) if mood in MOOD_WORDS else ""


@dataclass(frozen=True)
class EntryDraft:
    """What the person writes: everything an entry has except what the journal assigns."""

    day: dt.date
    title: str = ""
    body: str = ""
    mood: int | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    private: bool = False
    prompt_id: str | None = None
    discuss: bool = False  # "to discuss in therapy"


@dataclass(frozen=True)
class Entry:
    id: int
    day: dt.date
    created_at: dt.datetime
    updated_at: dt.datetime
    title: str
    body: str
    mood: int | None
    emotions: tuple[str, ...]
    tags: tuple[str, ...]
    activities: tuple[str, ...]
    private: bool
    prompt_id: str | None = None
    discuss: bool = False  # "to discuss in therapy"

    @property
    def headline(self) -> str:
        """The title, or else the first line of the body, for lists."""
        if self.title.strip():
            return self.title.strip()
        for line in self.body.splitlines():
            if line.strip():
                return line.strip().lstrip("#").strip()
        return ""

    def draft(self) -> EntryDraft:
        return EntryDraft(
            day=self.day,
            title=self.title,
            body=self.body,
            mood=self.mood,
            emotions=self.emotions,
            tags=self.tags,
            activities=self.activities,
            private=self.private,
            prompt_id=self.prompt_id,
            discuss=self.discuss,
        )


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list shows; every field narrows, none set means all entries."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    mood_min: int | None = None
    mood_max: int | None = None
    search: str = ""
    include_private: bool = True
    discuss_only: bool = False  # only entries flagged "to discuss in therapy"
    ids: tuple[int, ...] | None = field(default=None)


class DayMood(NamedTuple):
    """A day's mood: the average of the moods of that day's entries (a named tuple, like
    Point, since a long timeline holds thousands)."""

    day: dt.date
    mood: float
    entries: int
