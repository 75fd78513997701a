"""Turn what a person types into a safe FTS5 query.

People type words, quotes, stars and dashes; FTS5 would read some of those as
syntax and fail. Here every word becomes a quoted term, all must match, and the
last word also matches as a prefix while it is still being typed.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(typed: str) -> str | None:
    """The FTS5 MATCH expression for `typed`, or None when there is nothing to search."""
    words = _WORD.findall(typed)
    if not words:
        return None
    terms = [f'"{word}"' for word in words]
    still_typing = not typed[-1:].isspace() and typed.rstrip()[-1:].isalnum()
    if still_typing:
        terms[-1] += "*"
    return " ".join(terms)
