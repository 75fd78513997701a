"""Guided prompts: the library in resources/prompts.json, read into plain dataclasses.

The library's format:
    {"version": 1,
     "themes": [{"id": "safety", "label": "Safety and security"}, ...],
     "prompts": [{"id": "safety-001", "theme": "safety", "for": "hurt",
                  "phase": "atone" | "attune" | "attach" | "safety" | "grief" |
                           "rebuilding" | null, "text": "..."}, ...]}

A prompt's phase is a phase of the recovery path (core/journal/path): atone, attune and
attach for either partner of a couple, safety, grief and rebuilding on one's own.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.records.path import PHASES_OF
from trustjournal.core.records.prompts import (
    Prompt,
    Theme,
)
from trustjournal.core.resources import load_json

LIBRARY_FILE = "prompts.json"
ROLES: tuple[str, ...] = ("hurt", "involved", "individual", "any")
PHASES: tuple[str, ...] = tuple(phase for phases in PHASES_OF.values() for phase in phases)
# Prompts for the weeks around a hard date are offered only then, beside its plan: the
# prompt of the day never brings such a date up on its own.
ANNIVERSARY_THEME = "anniversaries"


class PromptLibraryMissing(TrustJournalError):
    message = (
        "The guided prompts could not be read. Reinstalling TrustJournal brings them back; "
        "your journal and your own prompts are not affected."
    )


@dataclass(frozen=True)
class PromptLibrary:
    themes: tuple[Theme, ...]
    prompts: tuple[Prompt, ...]

    @property
    def theme_ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)


def parse_library(data: Any) -> PromptLibrary:
    """The library from its parsed JSON; anything malformed is PromptLibraryMissing."""
    try:
        themes = tuple(Theme(id=str(t["id"]), label=str(t["label"])) for t in data["themes"])
        prompts = tuple(_prompt(p) for p in data["prompts"])
    except (KeyError, TypeError, ValueError):
        raise PromptLibraryMissing() from None
    known = {theme.id for theme in themes}
    if any(p.theme not in known or p.own for p in prompts):
        raise PromptLibraryMissing()
    return PromptLibrary(themes=themes, prompts=prompts)


def _prompt(data: dict[str, Any]) -> Prompt:
    audience, phase = str(data["for"]), data.get("phase")
    if audience not in ROLES or (phase is not None and phase not in PHASES):
        raise ValueError(f"prompt {data.get('id')} has an unknown audience or phase")
    return Prompt(
        id=str(data["id"]),
        theme=str(data["theme"]),
        audience=audience,
        phase=phase,
        text=str(data["text"]),
    )


@functools.cache
def load_library() -> PromptLibrary:
    """The library shipped with the app, read once per process."""
    try:
        data = load_json(LIBRARY_FILE)
    except (OSError, ValueError):
        raise PromptLibraryMissing() from None
    return parse_library(data)


def for_role(prompts: Iterable[Prompt], role: str) -> list[Prompt]:
    """Prompts meant for this role: its own and those for anyone. With role "any" only
    the prompts for anyone, since a prompt for one partner can hurt the other."""
    return [p for p in prompts if p.audience in (role, "any")]


# Before a role is chosen, the daily prompt comes from prompts for anyone and those
# about one's own healing, which assume no partner and suit everyone; never from
# prompts written for one particular partner.
UNCHOSEN_ROLE_AUDIENCES = ("any", "individual")


def daily_pool(prompts: Iterable[Prompt], role: str, phase: str | None = None) -> list[Prompt]:
    """Prompts the prompt of the day may choose from for this role, and for this phase
    when one is given (prompts for no particular phase always fit)."""
    fitting = [
        p
        for p in prompts
        if p.theme != ANNIVERSARY_THEME and (phase is None or p.phase in (None, phase))
    ]
    if role == "any":
        return [p for p in fitting if p.audience in UNCHOSEN_ROLE_AUDIENCES]
    return for_role(fitting, role)
