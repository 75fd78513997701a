"""Private words given as `-` are read from standard input; text must be UTF-8.

Words typed as arguments stay in the shell's history and can be read by other users
of the computer in the process list, so every option that can hold private text
(titles, notes, details, searches, names to redact, an entry's text) takes `-` to
read it from standard input instead.
"""

from __future__ import annotations

import argparse
import sys

from trustjournal.core.errors import InvalidInput, TrustJournalError

STDIN = "-"
FROM_STDIN = "; - reads it from standard input, out of your shell's history"
LINES_FROM_STDIN = "; - reads them from standard input, one a line, out of your shell's history"
# The namespace names that may hold private words. One-line values lose their line end.
ONE_LINE = ("title", "search")
MANY_LINES = ("text", "note", "details")
# One name a line, added to those typed: --tag work --tag - takes "work" and every line.
LISTS = ("redact", "tag", "emotion", "activity")
# Paths may rightly hold bytes that are not UTF-8; every other argument is text.
NOT_TEXT = ("data_dir", "output", "path")


class StdinNotText(TrustJournalError):
    message = (
        "What came on standard input is not UTF-8 text. Send it as UTF-8 (most editors "
        "offer it under Save As) and try again; nothing was changed."
    )


class ArgumentNotText(TrustJournalError):
    message = (
        "Something typed on the command line is not UTF-8 text, so it was not used. Check "
        "the terminal's language settings, or send the words as UTF-8 through standard "
        "input with -; nothing was changed."
    )


def read_stdin() -> str:
    data = sys.stdin.buffer.read() if sys.stdin is not None else b""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise StdinNotText() from None


def resolve(arguments: argparse.Namespace) -> None:
    """Check every argument is text, and read the one given as `-` from standard input."""
    for name, value in vars(arguments).items():
        if name not in NOT_TEXT and _has_undecodable(value):
            raise ArgumentNotText()
    wanting = [
        name
        for name in (*ONE_LINE, *MANY_LINES, *LISTS)
        if (value := getattr(arguments, name, None)) == STDIN
        or (isinstance(value, list) and STDIN in value)
    ]
    if getattr(arguments, "text", STDIN) is None:  # add without TEXT reads it from stdin
        wanting.append("text")
    if len(wanting) > 1:
        raise InvalidInput(
            "Only one option can be read from standard input at a time; give the others "
            "as words, or run the command once for each."
        )
    if not wanting:
        return
    name = wanting[0]
    text = read_stdin()
    if name in ONE_LINE:
        setattr(arguments, name, text.strip())
    elif name in LISTS:
        values = [v for v in getattr(arguments, name) if v != STDIN]
        setattr(arguments, name, values + [line.strip() for line in text.splitlines() if line])
    else:
        setattr(arguments, name, text)


def _has_undecodable(value: object) -> bool:
    """Python keeps bytes that are not UTF-8 as lone surrogates (surrogateescape)."""
    if isinstance(value, str):
        return any("\udc80" <= ch <= "\udcff" for ch in value)
    if isinstance(value, list):
        return any(_has_undecodable(v) for v in value)
    return False
