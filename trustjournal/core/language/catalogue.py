"""The catalogues' files: extracting the marked words into a template (`.pot`), reading and
writing `.po` files, compiling `.mo` files, and the checks that keep a language whole.

Plain Python with no tool to install (gettext's `msgfmt` and `msginit` work on the same
files). `tools/words.py` runs it; tests/house/test_catalogues.py holds the checks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HEADER = (
    "Project-Id-Version: TrustJournal\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "Plural-Forms: nplurals=2; plural=(n != 1);\n"
)


@dataclass
class Message:
    msgid: str
    plural: str | None = None
    translations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    fuzzy: bool = False
    # What the words are (gettext's msgctxt): "prompt:safety-001", "emotion"; the same
    # English in two contexts is two entries, each translated in its own place.
    context: str | None = None
    # What the code says to translators about it (gettext's `#.` lines): the comment
    # block above the marked words that starts "# Translators:".
    comments: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str, str | None]:
        return (self.context, self.msgid, self.plural)

    @property
    def named(self) -> str:
        """How a check names this entry to a person: its context, then its English."""
        return f"{self.context}: {self.msgid!r}" if self.context else repr(self.msgid)

    @property
    def finished(self) -> bool:
        return bool(self.translations) and all(self.translations) and not self.fuzzy


# Extraction: what is marked, and where.


def is_spoken(tree: ast.Module) -> bool:
    """The module ends its texts with `spoken(__name__)`."""
    return any(
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id == "spoken"
        for node in tree.body
    )


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants(tree: ast.Module) -> Iterator[tuple[int, str, str]]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, text = node.targets[0], _literal(node.value)
            if isinstance(target, ast.Name) and not target.id.startswith("_") and text:
                yield node.lineno, target.id, text


def _calls(tree: ast.Module, place: str) -> Iterator[tuple[int, Message]]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        texts = [_literal(a) for a in node.args]
        if node.func.id in ("_", "N_") and texts and texts[0]:
            yield node.lineno, Message(texts[0], places=[place])
        elif node.func.id == "counted" and len(texts) >= 3 and texts[1] and texts[2]:
            yield node.lineno, Message(texts[1], texts[2], places=[place])
        elif node.func.id == "pgettext" and len(texts) >= 2 and texts[0] and texts[1]:
            yield node.lineno, Message(texts[1], places=[place], context=texts[0])


TRANSLATORS = "# Translators:"


def translator_comments(lines: list[str], lineno: int) -> list[str]:
    """The "# Translators:" comment right above line `lineno` (counted from 1), without
    its hashes: the block of comment lines that ends there, from its Translators line."""
    block: list[str] = []
    for line in reversed(lines[: lineno - 1]):
        if not line.lstrip().startswith("#"):
            break
        block.insert(0, line.strip())
    starts = [i for i, line in enumerate(block) if line.startswith(TRANSLATORS)]
    if not starts:
        return []
    said = [line.lstrip("#").strip() for line in block[starts[-1] :]]
    return [said[0].removeprefix(TRANSLATORS.lstrip("# ")).strip(), *said[1:]]


def extract_from(source: str, place: str) -> list[Message]:
    tree, lines = ast.parse(source), source.splitlines()
    found = [
        Message(text, places=[f"{place} {name}"], comments=translator_comments(lines, lineno))
        for lineno, name, text in _constants(tree)
    ]
    if not is_spoken(tree):
        found = []
    for lineno, message in _calls(tree, place):
        message.comments = translator_comments(lines, lineno)
        found.append(message)
    return found


def extract(root: Path, package: str = "trustjournal") -> list[Message]:
    """Every marked message under `root/package`, each once, in the order first met."""
    merged: dict[tuple[str | None, str, str | None], Message] = {}
    for path in sorted((root / package).rglob("*.py")):
        place = path.relative_to(root).as_posix()
        for message in extract_from(path.read_text(encoding="utf-8"), place):
            kept = merged.setdefault(message.key, message)
            if kept is not message:
                kept.places += [p for p in message.places if p not in kept.places]
                kept.comments += [c for c in message.comments if c not in kept.comments]
    return list(merged.values())
