"""The catalogues stay whole (docs/decisions/0005-translations.md, docs/translating.md):
the templates hold every marked sentence as the code says it now and every word of the
resource files, every language's compiled files are what their sources compile to, with
the same placeholders as the English and as many plural forms as their header says, and
a shipped language has every entry finished and every prompt translated. Each check is
also run on a planted defect in tmp_path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from language_kit import in_context, plant, said

import trustjournal
from trustjournal.core.language import speaking
from trustjournal.core.language.catalogue import Message, extract, is_spoken
from trustjournal.core.language.checks import (
    TEMPLATES,
    catalogue_of,
    compiled_out_of_date,
    content_template_out_of_date,
    finished_share,
    languages,
    placeholder_mismatches,
    plural_count_mismatches,
    template_out_of_date,
    unfinished,
    untranslated_prompts,
)
from trustjournal.core.language.content_catalogue import CONTENT_TEMPLATE, content_messages
from trustjournal.core.language.po_files import po_text, read_po
from trustjournal.core.resources import load_json

ROOT = Path(trustjournal.__file__).resolve().parents[1]
SPOKEN_TEXTS = (
    "trustjournal/core/texts.py",
    "trustjournal/core/vault/texts.py",
    "trustjournal/core/exchange/texts/export.py",
    "trustjournal/core/exchange/texts/importing.py",
    "trustjournal/core/exchange/texts/sources.py",
    "trustjournal/cli/texts.py",
)


def shipped_catalogues() -> list[tuple[Path, str]]:
    """Each shipped language's catalogue of each domain, with its template's name."""
    return [
        (catalogue_of(speaking.LOCALE_DIR, code, name), name)
        for code in speaking.SHIPPED
        for name in TEMPLATES
    ]


def every_catalogue() -> list[Path]:
    """Every language's catalogues, offered or not (a language on its way is checked too)."""
    folders = [
        speaking.LOCALE_DIR / code / "LC_MESSAGES" for code in languages(speaking.LOCALE_DIR)
    ]
    return [po for folder in folders for po in sorted(folder.glob("*.po"))]


def template(name: str = "trustjournal.pot") -> list[Message]:
    return read_po((speaking.LOCALE_DIR / name).read_text(encoding="utf-8"))[1]


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


def test_the_content_template_holds_every_word_of_the_resource_files() -> None:
    assert not content_template_out_of_date(speaking.LOCALE_DIR), (
        "run: python tools/words.py extract"
    )


def test_a_changed_prompt_makes_the_content_template_out_of_date(tmp_path: Path) -> None:
    files = {name: load_json(name) for name in ("together_starters.json", "activities.json")}
    files["emotions.json"] = {"families": [{"label": "Calm", "emotions": ["calm"]}]}
    files["prompts.json"] = {"themes": [], "prompts": [{"id": "p-1", "text": "Breathe."}]}
    assert content_template_out_of_date(tmp_path, files.__getitem__)  # none written yet
    written = po_text(content_messages(files.__getitem__), template=True)
    (tmp_path / CONTENT_TEMPLATE).write_text(written, encoding="utf-8")
    assert not content_template_out_of_date(tmp_path, files.__getitem__)
    files["prompts.json"]["prompts"][0]["text"] = "Breathe out."
    assert content_template_out_of_date(tmp_path, files.__getitem__)


def test_every_catalogue_is_compiled_from_its_source() -> None:
    stale = [p for p in every_catalogue() if compiled_out_of_date(p, p.with_suffix(".mo"))]
    assert not stale, "run: python tools/words.py compile"


def test_every_catalogue_keeps_the_placeholders_and_its_plural_forms() -> None:
    for po in every_catalogue():
        header, messages = read_po(po.read_text(encoding="utf-8"))
        assert not placeholder_mismatches(messages), po
        assert not plural_count_mismatches(header, messages), po


def test_a_plural_with_another_number_of_forms_than_the_header_is_found() -> None:
    two = Message("{count} day", "{count} days", translations=["{count} Tag", "{count} Tage"])
    three = Message("{count} x", "{count} xs", translations=["{count} a", "{count} b", "c"])
    header = "Plural-Forms: nplurals=2; plural=(n != 1);\n"
    assert not plural_count_mismatches(header, [two, Message("{count} y", "{count} ys")])
    assert plural_count_mismatches(header, [two, three]) == [
        "'{count} x': 3 forms, the header says 2"
    ]
    assert plural_count_mismatches("Language: de\n", [two])


def test_a_prompt_with_no_finished_translation_is_found() -> None:
    wanted = [
        Message("Breathe.", context="prompt:calm-001"),
        Message("Rest.", context="prompt:calm-002"),
        Message("Rest.", context="prompt:calm-003"),
        Message("calm", context="emotion"),
    ]
    fuzzy = in_context("prompt:calm-002", "Rest.", "Ruh dich aus.")
    fuzzy.fuzzy = True
    language = [in_context("prompt:calm-001", "Breathe.", "Atme."), fuzzy]
    assert untranslated_prompts(wanted, language) == ["calm-002", "calm-003"]
    assert finished_share(wanted, language) == 25.0


def test_every_shipped_language_translates_every_prompt() -> None:
    for code in speaking.SHIPPED:
        po = catalogue_of(speaking.LOCALE_DIR, code, CONTENT_TEMPLATE)
        messages = read_po(po.read_text(encoding="utf-8"))[1]
        assert not untranslated_prompts(template(CONTENT_TEMPLATE), messages), code


def test_a_changed_source_makes_its_compiled_catalogue_out_of_date(tmp_path: Path) -> None:
    po = plant(tmp_path, "de", [said("Hello.", "Hallo.")])
    assert not compiled_out_of_date(po, po.with_suffix(".mo"))
    po.write_text(po.read_text(encoding="utf-8").replace("Hallo.", "Guten Tag."))
    assert compiled_out_of_date(po, po.with_suffix(".mo"))
    po.with_suffix(".mo").unlink()
    assert compiled_out_of_date(po, po.with_suffix(".mo"))


def test_every_shipped_language_is_finished_with_the_same_placeholders() -> None:
    for po, name in shipped_catalogues():
        messages = read_po(po.read_text(encoding="utf-8"))[1]
        assert not unfinished(template(name), messages), po
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
