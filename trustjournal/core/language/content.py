"""The stored content in the language of the moment: a prompt's text, a theme's label and
description, a together starter, an emotion, an emotion family, an activity.

The journal keeps the English (and the ids) in its database, and searches and exports
to JSON with them; only what a person reads goes through here. Each lookup follows the
chosen language and `speaking(...)` (an export in another language), and a word with no
translation, or one that is not the app's own (a person's own prompt, a free activity),
is said as it is: English for that word only.
"""

from __future__ import annotations

from trustjournal.core.language.content_catalogue import (
    ACTIVITY,
    EMOTION,
    EMOTION_FAMILY,
    PROMPT,
    STARTER,
    THEME,
    THEME_DESCRIPTION,
)
from trustjournal.core.language.speaking import current
from trustjournal.core.records.prompts import Prompt, Theme
from trustjournal.core.resources import load_json


def said(context: str, english: str) -> str:
    """`english`, as the content catalogue says it in `context`, in today's language."""
    return current().pgettext(context, english)


def prompt_text(prompt: Prompt) -> str:
    """A library prompt in the person's language; their own prompt as they wrote it."""
    return prompt.text if prompt.own else said(f"{PROMPT}{prompt.id}", prompt.text)


def theme_label(theme: Theme) -> str:
    return said(f"{THEME}{theme.id}", theme.label)


def theme_description(theme_id: str, english: str) -> str:
    return said(f"{THEME_DESCRIPTION}{theme_id}", english)


def starter(key: str, english: str) -> str:
    """A together starter for the dimension (or "needs_met", "general") `key`."""
    return said(f"{STARTER}{key}", english)


def emotion(word: str) -> str:
    return said(EMOTION, word)


def emotion_family(label: str) -> str:
    return said(EMOTION_FAMILY, label)


def activity(word: str) -> str:
    """A suggested activity in the person's language; a word of their own as it is."""
    return said(ACTIVITY, word)


def emotions(words: tuple[str, ...] | list[str]) -> list[str]:
    return [emotion(word) for word in words]


def activities(words: tuple[str, ...] | list[str]) -> list[str]:
    return [activity(word) for word in words]


def activity_kept(word: str) -> str:
    """What to keep for an activity the person typed or picked (in lower case, as free
    words are kept): the vocabulary's English when `word` is how a suggested activity is
    said in their language, so the journal, its search and its exports see one word in
    every language; any other word as it is."""
    for english in load_json("activities.json")["activities"]:
        if " ".join(activity(english).split()).lower() == word:
            return str(english)
    return word
