"""A guided prompt, a theme, and an entry written from a prompt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

OWN_PREFIX = "own-"


@dataclass(frozen=True)
class Theme:
    id: str
    label: str


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: str | None
    audience: str  # whom it is for: one of ROLES ("for" in the library file)
    phase: str | None
    text: str

    @property
    def own(self) -> bool:
        """Written by the person, kept encrypted in the vault, not shipped with the app."""
        return self.id.startswith(OWN_PREFIX)


@dataclass(frozen=True)
class PromptAnswer:
    """An entry written from a prompt, and the day that entry is about."""

    prompt_id: str
    entry_id: int
    day: dt.date


def own_id(number: int) -> str:
    return f"{OWN_PREFIX}{number}"


def own_number(prompt_id: str) -> int | None:
    """The vault row of an own prompt's id, or None when it is not one."""
    digits = prompt_id.removeprefix(OWN_PREFIX)
    if prompt_id.startswith(OWN_PREFIX) and digits.isdigit():
        return int(digits)
    return None
