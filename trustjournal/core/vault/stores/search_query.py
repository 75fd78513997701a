"""Turn what a person types into a safe, fast FTS5 query.

People type words, quotes, stars and dashes; FTS5 would read some of those as
syntax and fail. Here every word becomes a quoted term and all must match.
The last word, while still being typed, also matches as a prefix. FTS5 answers
short prefixes from its prefix indexes; a longer prefix would make it merge the
whole list of matching entries, so it is expanded instead into the few words
the journal actually holds that start with it ("counsel" -> "counsellor" OR
"counselling"), which FTS5 walks lazily, newest first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# ASCII text's words without the regular expression: everything but letters and digits
# becomes a space, then split (the same words as _WORD, three times as fast; imports
# fold every word of every entry).
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
INDEXED_PREFIX_LENGTH = 4  # matches prefix = '2 3 4' in the schema
MIN_PREFIX_LENGTH = 2
MAX_EXPANSION = 64


@dataclass(frozen=True)
class SearchWords:
    whole: tuple[str, ...]
    typing: str | None  # the last word, when the person may still be typing it


def fold(word: str) -> str:
    """A word as FTS5's unicode61 tokenizer indexes it (remove_diacritics 2).

    Lower case, and accents taken off Latin letters only (é -> e); other scripts,
    ß and ligatures stay as they are, as they do in the index, so the word list
    used for prefixes never holds a word the index does not.
    """
    if word.isascii():
        return word.lower()  # nothing to take off: the common case, kept cheap for imports
    folded: list[str] = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(ch) and folded and folded[-1].isascii():
            continue
        folded.append(ch)
    return unicodedata.normalize("NFC", "".join(folded))


def words_of(text: str) -> set[str]:
    """The distinct folded words of a text, as the search index sees them."""
    if text.isascii():  # nothing to take off but case: one pass over the whole text
        return set(text.translate(_ASCII_SEPARATORS).lower().split())
    return {fold(word) for word in set(_WORD.findall(text))}  # each distinct word once


def parse_search(typed: str) -> SearchWords | None:
    words = [fold(word) for word in _WORD.findall(typed)]
    words = [word for word in words if word]
    if not words:
        return None
    still_typing = typed.rstrip() == typed and typed[-1:].isalnum()
    # A lone first letter would match as a prefix nearly every word the journal holds,
    # and FTS5 would merge all of them first; it matches as a word until the next key.
    if still_typing and len(words[-1]) >= MIN_PREFIX_LENGTH:
        return SearchWords(whole=tuple(words[:-1]), typing=words[-1])
    return SearchWords(whole=tuple(words), typing=None)


def needs_expansion(words: SearchWords) -> bool:
    return words.typing is not None and len(words.typing) > INDEXED_PREFIX_LENGTH


def match_expression(words: SearchWords, expansion: Sequence[str] | None = None) -> str:
    """The MATCH string; `expansion` lists the known words the typed prefix stands for."""
    terms = [f'"{word}"' for word in words.whole]
    if words.typing is not None:
        if expansion and len(expansion) <= MAX_EXPANSION:
            terms.append("(" + " OR ".join(f'"{word}"' for word in expansion) + ")")
        else:
            terms.append(f'"{words.typing}"*')
    return " AND ".join(terms)


def fts_query(typed: str) -> str | None:
    """The MATCH string for `typed` without expansion, or None when there is nothing to find."""
    words = parse_search(typed)
    return match_expression(words) if words else None
