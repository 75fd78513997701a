"""The content catalogue: the words stored in `resources/` that no code marks (the guided
prompts and their themes, the together starters, the emotion and activity vocabularies),
as the messages of a second gettext domain, `content` (docs/translating.md).

Each message names what it is in its context (`prompt:safety-001`, `theme:safety`,
`theme-description:safety`, `starter:honesty`, `emotion`, `emotion-family`, `activity`)
and its msgid is the English exactly as the resource file says it, in the files' order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from trustjournal.core.language.catalogue import Message
from trustjournal.core.language.speaking import CONTENT_DOMAIN
from trustjournal.core.resources import load_json

CONTENT_TEMPLATE = f"{CONTENT_DOMAIN}.pot"
PROMPT = "prompt:"
THEME = "theme:"
THEME_DESCRIPTION = "theme-description:"
STARTER = "starter:"
EMOTION = "emotion"
EMOTION_FAMILY = "emotion-family"
ACTIVITY = "activity"

Reader = Callable[[str], Any]


def _prompt_library(read: Reader) -> Iterator[tuple[str, str, str]]:
    data = read("prompts.json")
    for theme in data["themes"]:
        yield f"{THEME}{theme['id']}", theme["label"], "resources/prompts.json themes"
        if theme.get("description"):
            place = "resources/prompts.json themes"
            yield f"{THEME_DESCRIPTION}{theme['id']}", theme["description"], place
    for prompt in data["prompts"]:
        yield f"{PROMPT}{prompt['id']}", prompt["text"], "resources/prompts.json prompts"


def _starters(read: Reader) -> Iterator[tuple[str, str, str]]:
    for key, sentences in read("together_starters.json")["starters"].items():
        for sentence in sentences:
            yield f"{STARTER}{key}", sentence, "resources/together_starters.json"


def _vocabularies(read: Reader) -> Iterator[tuple[str, str, str]]:
    for family in read("emotions.json")["families"]:
        yield EMOTION_FAMILY, family["label"], "resources/emotions.json"
        for word in family["emotions"]:
            yield EMOTION, word, "resources/emotions.json"
    for word in read("activities.json")["activities"]:
        yield ACTIVITY, word, "resources/activities.json"


def content_messages(read: Reader = load_json) -> list[Message]:
    """Every message of the content domain, each once, in the order of the resource files."""
    merged: dict[tuple[str | None, str, str | None], Message] = {}
    for source in (_prompt_library, _starters, _vocabularies):
        for context, english, place in source(read):
            message = Message(str(english), places=[place], context=context)
            merged.setdefault(message.key, message)
    return list(merged.values())
