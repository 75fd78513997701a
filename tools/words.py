"""Extract the marked words into the templates and compile every language's catalogues
(docs/decisions/0005-translations.md, docs/translating.md).

    python tools/words.py extract    # locale/trustjournal.pot from the code, content.pot
                                     # from the prompts, starters and vocabularies
    python tools/words.py update de  # locale/de/LC_MESSAGES/*.po brought up to the
                                     # templates (new entries empty, gone ones dropped)
    python tools/words.py compile    # each locale/<code>/LC_MESSAGES/*.po -> .mo
    python tools/words.py check      # how finished each language is, and what is wrong
    python tools/words.py pseudo     # how `--lang pseudo` says each marked sentence

Run `extract` after changing a marked sentence or a resource file
(tests/house/test_catalogues.py fails until you do), and `compile` after changing a
translation.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# The catalogues written are those of this tree's package, not of whichever copy is
# installed: run from a second checkout (a git worktree) with the first one's virtual
# environment, an installed copy's catalogues were rewritten instead.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trustjournal.core.language.catalogue import HEADER, Message, extract
from trustjournal.core.language.checks import (
    TEMPLATE,
    TEMPLATES,
    catalogue_of,
    compiled_out_of_date,
    finished_share,
    languages,
    placeholder_mismatches,
    plural_count_mismatches,
    unfinished,
)
from trustjournal.core.language.content_catalogue import CONTENT_TEMPLATE, content_messages
from trustjournal.core.language.po_files import compile_po, po_text, read_po
from trustjournal.core.language.pseudo import pseudo_translated
from trustjournal.core.language.speaking import LOCALE_DIR, SHIPPED

ROOT = Path(__file__).resolve().parents[1]


def write_templates() -> None:
    (LOCALE_DIR / TEMPLATE).write_text(po_text(extract(ROOT), template=True), encoding="utf-8")
    content = po_text(content_messages(), template=True)
    (LOCALE_DIR / CONTENT_TEMPLATE).write_text(content, encoding="utf-8")


def template_messages(template: str) -> list[Message]:
    return read_po((LOCALE_DIR / template).read_text(encoding="utf-8"))[1]


def update(code: str) -> None:
    """The language's catalogues with every template entry, translations kept."""
    for template in TEMPLATES:
        po = catalogue_of(LOCALE_DIR, code, template)
        header, old = read_po(po.read_text(encoding="utf-8")) if po.exists() else ("", [])
        header = header or f"{HEADER}Language: {code}\n"
        kept = {m.key: m for m in old}
        merged = [kept.get(m.key, m) for m in template_messages(template)]
        for message, fresh in zip(merged, template_messages(template), strict=True):
            message.places, message.comments = fresh.places, fresh.comments
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_text(po_text(merged, header=header), encoding="utf-8")
        print(po.relative_to(ROOT))


def compile_all() -> None:
    for po in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po")):
        compile_po(po, po.with_suffix(".mo"))
        print(po.with_suffix(".mo").relative_to(ROOT))


def check() -> None:
    for code in languages(LOCALE_DIR):
        for template in TEMPLATES:
            po = catalogue_of(LOCALE_DIR, code, template)
            if not po.exists():
                print(f"{code} {template}: no catalogue")
                continue
            header, messages = read_po(po.read_text(encoding="utf-8"))
            share = finished_share(template_messages(template), messages)
            offered = "offered" if code in SHIPPED else "not offered yet"
            print(f"{code} {po.name}: {share:.1f} % finished ({offered})")
            problems = unfinished(template_messages(template), messages)
            problems += placeholder_mismatches(messages)
            problems += plural_count_mismatches(header, messages)
            if compiled_out_of_date(po, po.with_suffix(".mo")):
                problems.append("the .mo is out of date: run compile")
            for problem in problems:
                print(f"    {problem}")


def show_pseudo() -> None:
    for message in [*extract(ROOT), *content_messages()]:
        print(pseudo_translated(message.msgid))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("extract", "update", "compile", "check", "pseudo"))
    parser.add_argument("code", nargs="?", help="the language, for update")
    arguments = parser.parse_args()
    if arguments.step == "update":
        if not arguments.code:
            parser.error("update needs a language code, such as: update de")
        update(arguments.code)
        return
    steps = {"extract": write_templates, "compile": compile_all, "check": check}
    steps.get(arguments.step, show_pseudo)()


if __name__ == "__main__":
    main()
