"""The pseudo right-to-left language is taken for right-to-left text, as Arabic or Hebrew
is: a label's words then start on the right of a mirrored window. Qt (and the Unicode
bidi algorithm) judge a text's direction by its first strong letter; the reversing
control character before it counts for nothing, so every pseudo-rtl label was still
aligned left, and the pseudo-rtl screenshots could not show where real right-to-left
words would sit (looked at by hand, issue 22: Today's and the reminders' words)."""

from __future__ import annotations

import unicodedata

from trustjournal.core.language import speaking

STRONG = {"L", "R", "AL"}


def first_strong_direction(text: str) -> str:
    return next(kind for c in text if (kind := unicodedata.bidirectional(c)) in STRONG)


def test_pseudo_rtl_words_start_with_a_right_to_left_letter() -> None:
    speaking.choose("pseudo-rtl", {})
    try:
        for message in ("Today", "{count} entries", "Reminders only say “A moment?”"):
            assert first_strong_direction(speaking._(message)) == "R", message
    finally:
        speaking.choose(None, {})


def test_pseudo_words_stay_left_to_right() -> None:
    speaking.choose("pseudo", {})
    try:
        assert first_strong_direction(speaking._("Today")) == "L"
    finally:
        speaking.choose(None, {})
