"""The journal and trust rooms' texts modules speak the chosen language (docs/words.md,
"Speaking another language"): each ends with `spoken(__name__)`, its functions say its
constants through `_()`, and the rooms read its constants through the module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import trustjournal
from trustjournal.core.language.catalogue import is_spoken

UI = Path(trustjournal.__file__).resolve().parent / "ui"
ROOMS = (UI / "journal", UI / "trust")
TEXTS = sorted(p for room in ROOMS for p in room.rglob("texts.py"))


def named(path: Path) -> str:
    return path.relative_to(UI).as_posix()


def string_constants(tree: ast.Module) -> set[str]:
    return {
        node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def read_bare(source: str) -> list[str]:
    """String constants a function of the module reads without `_()`: English always."""
    tree = ast.parse(source)
    constants = string_constants(tree)
    found = []
    for function in (n for n in tree.body if isinstance(n, ast.FunctionDef)):
        wrapped = {
            id(argument)
            for call in ast.walk(function)
            if isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == "_"
            for argument in call.args
        }
        found += [
            f"{function.name}: {node.id}"
            for node in ast.walk(function)
            if isinstance(node, ast.Name) and node.id in constants and id(node) not in wrapped
        ]
    return found


def taken_by_name(source: str) -> list[str]:
    """`from ...texts import CONSTANT`: a copy made at import, which stays English."""
    return [
        f"{node.module}.{alias.name}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "texts"
        for alias in node.names
        if alias.name.isupper()
    ]


def test_every_room_has_its_texts_modules() -> None:
    assert {named(p) for p in TEXTS} >= {
        "journal/texts.py",
        "trust/texts.py",
        "trust/agreements/texts.py",
        "trust/hard_days/texts.py",
        "trust/prompts/texts.py",
        "trust/timeline/texts.py",
        "trust/today/texts.py",
        "trust/together/texts.py",
    }


@pytest.mark.parametrize("path", TEXTS, ids=named)
def test_a_texts_module_is_spoken_and_its_functions_translate(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert is_spoken(ast.parse(source))
    assert read_bare(source) == []


def test_the_rooms_read_constants_through_their_texts_modules() -> None:
    sources = [p for room in ROOMS for p in room.rglob("*.py")]
    assert [name for p in sources for name in taken_by_name(p.read_text("utf-8"))] == []


def test_a_constant_read_bare_or_taken_by_name_is_found() -> None:
    assert read_bare('HI = "Hi."\ndef greet() -> str:\n    return HI\n') == ["greet: HI"]
    assert read_bare('HI = "Hi."\ndef greet() -> str:\n    return _(HI)\n') == []
    taken = "from trustjournal.ui.trust.texts import NOT_ANSWERED, scale_name\n"
    assert taken_by_name(taken) == ["trustjournal.ui.trust.texts.NOT_ANSWERED"]
