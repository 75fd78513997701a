"""The pseudo-locale: every marked sentence accented, about 40% longer and in brackets.

Run with `--lang pseudo` (or TRUSTJOURNAL_LANG=pseudo): English left on screen was never
marked, a sentence cut short has lost its closing bracket, and a layout too tight for
German shows here first. It is made from the English as each sentence is looked up, so
it always covers exactly the marked words and is never out of date.
"""

from __future__ import annotations

import gettext
import math
import re

PSEUDO = "pseudo"
# The same, read right to left: the app lays itself out mirrored (`--lang pseudo-rtl`).
PSEUDO_RTL = "pseudo-rtl"
_RIGHT_TO_LEFT, _POP = "\u202e", "\u202c"  # shown reversed, as a right-to-left language
# A text's direction is judged by its first strong letter (Qt aligns a label by it), and the
# reversing character above counts for none: this invisible right-to-left mark makes the
# words right-to-left text, aligned on the right of a mirrored window as Arabic would be.
_RIGHT_MARK = "\u200f"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļḿñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻḾÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as they are: format fields ({count:,}), argparse's %(prog)s and %s, line breaks.
_KEPT = re.compile(r"(\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdr]|%%|\n)")
_LONGER = 0.4
_PAD = "·"
# The padding is broken into runs no longer than a long German word, with a zero-width
# space between them: one unbroken run of 80 dots (a long sentence's 40 %) asked for a
# line wider than any real language's longest word would.
_PAD_RUN = 12
_BREAK = "\u200b"


def pseudo_translated(message: str) -> str:
    """`message` accented, padded by 40% of its letters and put in brackets."""
    if not message:
        return message
    parts = _KEPT.split(message)
    text = "".join(p if i % 2 else p.translate(_ACCENTED) for i, p in enumerate(parts))
    letters = sum(len(p) for p in parts[::2])
    return f"[{text}{_padding(math.ceil(letters * _LONGER))}]"


def _padding(length: int) -> str:
    runs = [_PAD * min(_PAD_RUN, length - start) for start in range(0, length, _PAD_RUN)]
    return _BREAK.join(runs)


class PseudoTranslations(gettext.NullTranslations):
    def __init__(self, right_to_left: bool = False) -> None:
        super().__init__()
        self.right_to_left = right_to_left

    def gettext(self, message: str) -> str:
        said = pseudo_translated(message)
        if not (self.right_to_left and said):
            return said
        return f"{_RIGHT_TO_LEFT}[{_RIGHT_MARK}{said.removeprefix('[')}{_POP}"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return self.gettext(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)
