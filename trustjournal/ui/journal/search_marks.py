"""Where the words of a search are in a text, found the way the search finds them.

The search (core/vault/stores/search_query.py) folds every word (lower case, accents off
Latin letters) and matches whole words, the last one also as a prefix while it is
being typed. Highlighting folds and matches the same way, so what is marked is what
made the entry match: "cafe" marks "Café", "talk" being typed marks "talking".
"""

from __future__ import annotations

import re

from trustjournal.core.vault.stores.search_query import fold, parse_search
from trustjournal.ui.qt import QtGui

_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # a word as the search index splits words
MARKED_TEXT = QtGui.QColor("#1d1d1f")
EXCERPT_BEFORE = 24  # characters of context shown before a match in the list


def matching_spans(text: str, search: str) -> list[tuple[int, int]]:
    """(start, end) of every word of `text` that the search `search` matches."""
    words = parse_search(search)
    if words is None:
        return []
    whole = set(words.whole)
    prefix = words.typing
    spans = []
    for found in _WORD.finditer(text):
        word = fold(found.group())
        if word in whole or (prefix is not None and word.startswith(prefix)):
            spans.append((found.start(), found.end()))
    return spans


def excerpt(text: str, search: str) -> tuple[str, list[tuple[int, int]]]:
    """One line around the first match in `text`, and the matches within it; ("", [])
    when nothing matches."""
    spans = matching_spans(text, search)
    if not spans:
        return "", []
    first = spans[0][0]
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", first)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, first - EXCERPT_BEFORE)
    if start > line_start:  # begin at a word, not inside one
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else first
    end = min(line_end, start + 300)
    lead = "…" if start > line_start else ""
    shown = [
        (s - start + len(lead), e - start + len(lead)) for s, e in spans if start <= s and e <= end
    ]
    return lead + text[start:end], shown


def search_mark_colour() -> QtGui.QColor:
    """A soft amber, always under dark text (MARKED_TEXT)."""
    return QtGui.QColor(244, 196, 72, 235)


def mark_format() -> QtGui.QTextCharFormat:
    chars = QtGui.QTextCharFormat()
    chars.setBackground(search_mark_colour())
    chars.setForeground(MARKED_TEXT)  # dark on the amber in light and dark themes
    return chars
