"""The catalogues stay whole (docs/decisions/0005-translations.md): the template holds
every marked sentence as the code says it now, each shipped language's compiled file is
what its source compiles to, and a shipped language has every entry finished, with the
same placeholders as the English. Each check is also run on a planted defect in tmp_path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from language_kit import plant, said

import trustjournal
from trustjournal.core.language import speaking
from trustjournal.core.language.catalogue import Message, extract, is_spoken
from trustjournal.core.language.checks import (
    compiled_out_of_date,
    placeholder_mismatches,
    template_out_of_date,
    unfinished,
)
from trustjournal.core.language.po_files import po_text, read_po

ROOT = Path(trustjournal.__file__).resolve().parents[1]
SPOKEN_TEXTS = (
    "trustjournal/core/texts.py",
    "trustjournal/core/vault/texts.py",
    "trustjournal/core/exchange/texts/export.py",
    "trustjournal/core/exchange/texts/importing.py",
    "trustjournal/core/exchange/texts/sources.py",
    "trustjournal/cli/texts.py",
)


def shipped_catalogues() -> list[Path]:
    return [speaking.LOCALE_DIR / c / "LC_MESSAGES" / "trustjournal.po" for c in speaking.SHIPPED]


def template() -> list[Message]:
    return read_po((speaking.LOCALE_DIR / "trustjournal.pot").read_text(encoding="utf-8"))[1]


def test_the_template_holds_what_the_code_says_now() -> None:
    assert not template_out_of_date(ROOT, speaking.LOCALE_DIR), "run: python tools/words.py extract"


def test_a_sentence_changed_in_the_code_makes_the_template_out_of_date(tmp_path: Path) -> None:
    texts = tmp_path / "trustjournal" / "texts.py"
    texts.parent.mkdir()
    texts.write_text('HELLO = "Hello."\nspoken(__name__)\n', encoding="utf-8")
    (tmp_path / "trustjournal.pot").write_text(po_text(extract(tmp_path), template=True))
    assert not template_out_of_date(tmp_path, tmp_path)
    texts.write_text('HELLO = "Hello there."\nspoken(__name__)\n', encoding="utf-8")
    assert template_out_of_date(tmp_path, tmp_path)


@pytest.mark.parametrize("path", SPOKEN_TEXTS)
def test_the_core_and_command_line_texts_are_spoken(path: str) -> None:
    assert is_spoken(ast.parse((ROOT / path).read_text(encoding="utf-8")))


def test_every_shipped_catalogue_is_compiled_from_its_source() -> None:
    stale = [p for p in shipped_catalogues() if compiled_out_of_date(p, p.with_suffix(".mo"))]
    assert not stale, "run: python tools/words.py compile"


def test_a_changed_source_makes_its_compiled_catalogue_out_of_date(tmp_path: Path) -> None:
    po = plant(tmp_path, "de", [said("Hello.", "Hallo.")])
    assert not compiled_out_of_date(po, po.with_suffix(".mo"))
    po.write_text(po.read_text(encoding="utf-8").replace("Hallo.", "Guten Tag."))
    assert compiled_out_of_date(po, po.with_suffix(".mo"))
    po.with_suffix(".mo").unlink()
    assert compiled_out_of_date(po, po.with_suffix(".mo"))


def test_every_shipped_language_is_finished_with_the_same_placeholders() -> None:
    for po in shipped_catalogues():
        messages = read_po(po.read_text(encoding="utf-8"))[1]
        assert not unfinished(template(), messages), po
        assert not placeholder_mismatches(messages), po


def test_a_dropped_or_renamed_placeholder_is_found() -> None:
    sound = said("Removed {name}.", "{name} entfernt.")
    dropped = said("Removed {name}.", "Entfernt.")
    renamed = said("Moved to {path}.", "Nach {pfad} verschoben.")
    broken = said("Moved to {path}.", "Nach {path verschoben.")
    plural = Message("{count} day", "{count} days", translations=["ein Tag", "{count} Tage"])
    assert not placeholder_mismatches([sound, plural])
    assert len(placeholder_mismatches([dropped, renamed, broken])) == 3


def test_an_unfinished_missing_fuzzy_or_obsolete_entry_is_found() -> None:
    wanted = [
        Message("One."),
        Message("Two."),
        Message("Three."),
        Message("{count} x", "{count} xs"),
    ]
    language = [
        said("One.", "Eins."),
        Message("Two.", translations=["Zwei."], fuzzy=True),
        Message("{count} x", "{count} xs", translations=["{count} X", ""]),
        said("Gone.", "Weg."),
    ]
    problems = unfinished(wanted, language)
    assert sorted(p.split(":")[0] for p in problems) == [
        "missing",
        "obsolete",
        "unfinished",
        "unfinished",
    ]
    assert not unfinished(wanted[:1], language[:1])


def test_a_po_file_reads_back_as_written() -> None:
    messages = [
        Message('Say "hi"\\\nthen\tgo.', translations=['Sag "hallo"\\\ndann\tgeh.']),
        Message("{count} day", "{count} days", translations=["{count} Tag", "{count} Tage"]),
    ]
    header, back = read_po(po_text(messages))
    assert [(m.msgid, m.plural, m.translations) for m in back] == [
        (m.msgid, m.plural, m.translations) for m in messages
    ]
    assert "Plural-Forms" in header


def bare_constants(source: str) -> list[str]:
    """Module constants a texts module's functions read without `_()`: English always."""
    tree = ast.parse(source)
    constants = {name for name, _ in _constants_of(tree)}
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
            f"{function.name}: {n.id}"
            for n in ast.walk(function)
            if isinstance(n, ast.Name) and n.id in constants and id(n) not in wrapped
        ]
    return found


def _constants_of(tree: ast.Module) -> list[tuple[str, str]]:
    return [
        (node.targets[0].id, node.value.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]


def names_taken_from_texts(source: str) -> list[str]:
    """`from ...texts import CONSTANT`: a copy made at import, which stays English."""
    return [
        f"{node.module}.{alias.name}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "texts"
        for alias in node.names
        if alias.name.isupper()
    ]


@pytest.mark.parametrize("path", SPOKEN_TEXTS)
def test_the_texts_functions_say_their_constants_through_gettext(path: str) -> None:
    assert not bare_constants((ROOT / path).read_text(encoding="utf-8"))


def test_a_constant_read_bare_in_a_function_is_found() -> None:
    source = (
        'HI = "Hi."\ndef greet() -> str:\n    return HI\ndef fine() -> str:\n    return _(HI)\n'
    )
    assert bare_constants(source) == ["greet: HI"]


def test_core_and_the_command_line_read_spoken_constants_through_their_module() -> None:
    sources = [
        *(ROOT / "trustjournal" / "core").rglob("*.py"),
        *(ROOT / "trustjournal" / "cli").rglob("*.py"),
    ]
    taken = [n for p in sources for n in names_taken_from_texts(p.read_text(encoding="utf-8"))]
    assert not taken


def test_a_constant_imported_by_name_is_found() -> None:
    source = "from trustjournal.cli.texts import FROM_STDIN, exported\nfrom x import Y\n"
    assert names_taken_from_texts(source) == ["trustjournal.cli.texts.FROM_STDIN"]
