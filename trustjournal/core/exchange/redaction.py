"""Keeping chosen words and passages out of exports. Pure functions over text.

A passage the person wants to keep to themselves is wrapped in markers they can
also type by hand (the editor can wrap a selection in them):

    [[withhold]] what I am not ready to share [[/withhold]]

In every export such a passage becomes a visible "[passage withheld]", so the
reader knows something was left out and nothing of it leaks. Markers may span
lines and nest; a closing marker without an opening one is dropped; an opening
marker that is never closed withholds everything after it. The markers are
matched in any case.

Names and words from the redaction list become "[name]": whole words only, in
any case, never inside the "[passage withheld]" marker itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

OPEN_MARKER = "[[withhold]]"
CLOSE_MARKER = "[[/withhold]]"
WITHHELD = "[passage withheld]"
REDACTED = "[name]"

_MARKER = re.compile(r"\[\[(/?)withhold\]\]", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """A run of text that may be shared, or the marker for a passage withheld."""

    text: str
    withheld: bool = False


def wrap_withheld(selection: str) -> str:
    """The selection wrapped in markers, as the editor will do it."""
    return f"{OPEN_MARKER}{selection}{CLOSE_MARKER}"


def pieces(text: str) -> list[Piece]:
    """The text split into what may be shared and a marker for each passage withheld."""
    found: list[Piece] = []

    def share(part: str) -> None:
        # Text on both sides of a dropped stray marker is one run, so a name split
        # by it is still seen as the whole word it is.
        if found and not found[-1].withheld:
            found[-1] = Piece(found[-1].text + part)
        elif part:
            found.append(Piece(part))

    depth = 0
    position = 0
    for marker in _MARKER.finditer(text):
        if depth == 0:
            share(text[position : marker.start()])
        closing = marker.group(1) == "/"
        if not closing:
            if depth == 0:
                found.append(Piece(WITHHELD, withheld=True))
            depth += 1
        elif depth > 0:
            depth -= 1
        position = marker.end()
    if depth == 0:
        share(text[position:])
    return found


def passages(text: str) -> list[Piece]:
    """The text as it reads, in runs marked withheld or not, without any marker: what the
    editor shows (styled) and the list and the command line show (plain). Nested markers
    become one run; a stray closing marker is dropped; an unclosed one runs to the end."""
    found: list[Piece] = []

    def add(part: str, withheld: bool) -> None:
        if not part:
            return
        if found and found[-1].withheld == withheld:
            found[-1] = Piece(found[-1].text + part, withheld)
        else:
            found.append(Piece(part, withheld))

    depth = 0
    position = 0
    for marker in _MARKER.finditer(text):
        add(text[position : marker.start()], depth > 0)
        if marker.group(1) != "/":
            depth += 1
        elif depth > 0:
            depth -= 1
        position = marker.end()
    add(text[position:], depth > 0)
    return found


def without_markers(text: str) -> str:
    """The text as the person wrote it, with every withhold marker taken out."""
    return "".join(piece.text for piece in passages(text))


def with_markers(runs: Iterable[Piece]) -> str:
    """Runs (as `passages` gives them) back as stored text: each withheld run wrapped,
    neighbours of the same kind joined into one."""
    out: list[str] = []
    for withheld, group in itertools.groupby(runs, key=lambda run: run.withheld):
        text = "".join(run.text for run in group)
        out.append(wrap_withheld(text) if withheld and text else text)
    return "".join(out)


def withhold_passages(text: str) -> str:
    """The text with every withheld passage replaced by "[passage withheld]"."""
    return "".join(piece.text for piece in pieces(text))


def count_withheld(text: str) -> int:
    return sum(1 for piece in pieces(text) if piece.withheld)


def word_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern for any of the words as a whole word, in any case (None for no words)."""
    tidy = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not tidy:
        return None
    alternatives = "|".join(re.escape(w) for w in tidy)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def redact_words(text: str, words: Iterable[str]) -> str:
    """The text with each of the words, as a whole word in any case, replaced by "[name]"."""
    pattern = word_pattern(words)
    return text if pattern is None else pattern.sub(REDACTED, text)


@dataclass
class Redactor:
    """Cleans every text of one export and counts what it kept out, for the summary."""

    words: tuple[str, ...] = ()
    passages_withheld: int = 0
    names_redacted: int = 0

    def __post_init__(self) -> None:
        self._pattern = word_pattern(self.words)

    def clean(self, text: str) -> str:
        """Withheld passages become their marker; names become "[name]"."""
        out: list[str] = []
        for piece in pieces(text):
            if piece.withheld:
                self.passages_withheld += 1
                out.append(piece.text)
            elif self._pattern is None:
                out.append(piece.text)
            else:
                cleaned, count = self._pattern.subn(REDACTED, piece.text)
                self.names_redacted += count
                out.append(cleaned)
        return "".join(out)

    def clean_all(self, texts: Iterable[str]) -> tuple[str, ...]:
        return tuple(self.clean(text) for text in texts)
