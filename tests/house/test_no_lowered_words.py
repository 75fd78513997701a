"""A translated word is never lowered to fit inside a sentence (issue 22): German writes
its nouns with a capital ("Angst"), and a language may say a word otherwise inside a
sentence than alone. The core gives in-sentence forms (`mood_word`, `dimension_word`,
`event_kind_word`); a label keeps its case. The lint reads what shows words (the app, the
command line, the exports) and fails on `.lower()` or `.upper()` called on what a function
returns or on a name that holds a label or word; each failure says `path:line`. Matching
and keys (tags, search, vocabularies) fold case in the core, unread here; `casefold()` is
the way to match."""

from __future__ import annotations

import ast
from pathlib import Path

import trustjournal

PACKAGE = Path(trustjournal.__file__).resolve().parent
SHOWING_WORDS = ("ui", "cli", "core/exchange")
NOT_SHOWING = ("core/exchange/importers",)  # reads other apps' files: tags are keys
CASE_CHANGES = ("lower", "upper", "capitalize", "title")


def lowered_words(source: str) -> list[int]:
    """The lines where a call's answer, or a name ending in `label`, has its case changed."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in CASE_CHANGES:
            continue
        receiver = node.func.value
        said = isinstance(receiver, ast.Call) and not _is_plain_text_call(receiver)
        named = isinstance(receiver, ast.Name) and receiver.id.endswith(("label", "word"))
        if said or named:
            lines.append(node.lineno)
    return lines


def _is_plain_text_call(call: ast.Call) -> bool:
    """`text.strip().lower()`, `str(x).lower()`: text the person typed or a key, not words."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "str"
    return isinstance(func, ast.Attribute) and func.attr in ("strip", "split", "name", "text")


def showing_words() -> list[Path]:
    paths = [path for room in SHOWING_WORDS for path in (PACKAGE / room).rglob("*.py")]
    skipped = tuple(str(PACKAGE / room) for room in NOT_SHOWING)
    return sorted(path for path in paths if not str(path).startswith(skipped))


def test_no_translated_word_is_lowered() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in showing_words()
        for line in lowered_words(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_lint_finds_a_lowered_label_and_leaves_matching_alone() -> None:
    source = (
        "shown = mood_label(mood).lower()\n"
        "family = kind_label.lower()\n"
        "needle = text.strip().lower()\n"
        "folded = content.emotion(name).casefold()\n"
        "key = str(value).lower()\n"
    )
    assert lowered_words(source) == [1, 2]
