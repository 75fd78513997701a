"""What a mutation changed, so every view can refresh from one place.

Each core mutation returns a `Change` and hands it to the journal's listeners;
the app subscribes once and refreshes only what the change touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    ENTRIES = "entries"
    CHECKINS = "checkins"
    EVENTS = "events"
    AGREEMENTS = "agreements"
    PROMPTS = "prompts"
    SETTINGS = "settings"
    SUPPORT_CONTACTS = "support_contacts"
    HARD_DATES = "hard_dates"
    TOGETHER = "together"
    PATH = "path"
    DISCLOSURE = "disclosure"
    LETTERS = "letters"
    ARRANGEMENTS = "arrangements"
    SCORES = "scores"


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    DELETED = "deleted"


@dataclass(frozen=True)
class Change:
    topic: Topic
    action: Action
    ids: tuple[int, ...] = ()
    keys: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class ChangeHub:
    """Listeners registered once; every change goes to each of them in order."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; the function returned removes it (calling it twice is harmless)."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change
