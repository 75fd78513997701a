"""Private words given as `-` are read from standard input; text must be UTF-8.

Words typed as arguments stay in the shell's history and can be read by other users
of the computer in the process list, so every option that can hold private text
(titles, notes, details, searches, names to redact, an entry's text) takes `-` to
read it from standard input instead.
"""

from __future__ import annotations

import argparse
import sys

from trustjournal.cli import texts
from trustjournal.core.errors import InvalidInput, TrustJournalError

STDIN = "-"
# The namespace names that may hold private words. One-line values lose their line end.
ONE_LINE = ("title", "search")
MANY_LINES = ("text", "note", "details")
# One name a line, added to those typed: --tag work --tag - takes "work" and every line.
LISTS = ("redact", "tag", "emotion", "activity")
# Paths may rightly hold bytes that are not UTF-8; every other argument is text.
NOT_TEXT = ("data_dir", "output", "path")


class StdinNotText(TrustJournalError):
    message = texts.STDIN_NOT_TEXT


class ArgumentNotText(TrustJournalError):
    message = texts.ARGUMENT_NOT_TEXT


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
        raise InvalidInput(texts.ONE_FROM_STDIN)
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


def add_names(parser: argparse.ArgumentParser, flag: str, help_text: str) -> None:
    """A repeatable option of names (tags, feelings, activities), private like the rest:
    `-` reads them from standard input, one a line, added to any typed."""
    parser.add_argument(
        flag,
        action="append",
        default=[],
        metavar="NAME",
        help=texts.LINES_FROM_STDIN.format(what=help_text),
    )
