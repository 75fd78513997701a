"""The journal room's words (docs/words.md): sentences that count something, one function
per message taking the count, so the translation work (issue 22) marks each once. Short
labels that belong to one widget stay beside it.
"""

from __future__ import annotations

from trustjournal.core.texts import counted


def word_count(words: int) -> str:
    """Under the editor: how long the entry is."""
    return counted(words, "1 word", "{count} words")


def entries_deleted(count: int) -> str:
    """The undo bar after deleting entries."""
    return counted(count, "Entry deleted.", "{count} entries deleted.")
