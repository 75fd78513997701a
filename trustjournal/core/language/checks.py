"""The checks that keep a language whole, as lists of what is wrong (empty when sound):
tests/house/test_catalogues.py runs them over both templates and every language that has
a catalogue folder, and `tools/words.py check` prints them with how finished each is.
"""

from __future__ import annotations

import re
import string
from pathlib import Path

from trustjournal.core.language.catalogue import Message, extract
from trustjournal.core.language.content_catalogue import (
    CONTENT_TEMPLATE,
    PROMPT,
    Reader,
    content_messages,
)
from trustjournal.core.language.po_files import mo_bytes, po_text, read_po
from trustjournal.core.resources import load_json

TEMPLATE = "trustjournal.pot"
TEMPLATES = (TEMPLATE, CONTENT_TEMPLATE)
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")


def languages(locale_dir: Path) -> list[str]:
    """Every language with a catalogue folder, offered or not."""
    return sorted(p.parent.name for p in locale_dir.glob("*/LC_MESSAGES"))


def catalogue_of(locale_dir: Path, code: str, template: str) -> Path:
    """The `.po` of language `code` for the domain whose template is `template`."""
    return locale_dir / code / "LC_MESSAGES" / template.replace(".pot", ".po")


def fields(text: str) -> set[str] | None:
    """The names of `text`'s format fields; None when its braces do not parse."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def placeholder_mismatches(messages: list[Message]) -> list[str]:
    """Translations whose fields differ from the English (a form may leave out {count})."""
    wrong = []
    for m in messages:
        for n, said in enumerate(m.translations):
            english = m.msgid if m.plural is None or n == 0 else m.plural
            want, got = fields(english), fields(said)
            if said and (got is None or want is None or not got <= want or want - got - {"count"}):
                wrong.append(f"{m.named}: {sorted(want or ())} but {said!r}")
    return wrong


def plural_forms(header: str) -> int | None:
    """How many forms the header's `Plural-Forms` says this language has."""
    found = _NPLURALS.search(header)
    return int(found.group(1)) if found else None


def plural_count_mismatches(header: str, messages: list[Message]) -> list[str]:
    """Counted sentences translated with another number of forms than the header says."""
    forms = plural_forms(header)
    if forms is None:
        return ["the header has no Plural-Forms: nplurals=N"]
    return [
        f"{m.named}: {len(m.translations)} forms, the header says {forms}"
        for m in messages
        if m.plural is not None and m.translations and len(m.translations) != forms
    ]


def unfinished(template: list[Message], language: list[Message]) -> list[str]:
    """Entries not translated yet, marked fuzzy, missing, or no longer in the template."""
    have = {m.key: m for m in language}
    wanted = {m.key: m for m in template}
    problems = [f"missing: {m.named}" for k, m in wanted.items() if k not in have]
    problems += [f"obsolete: {m.named}" for k, m in have.items() if k not in wanted]
    problems += [f"unfinished: {m.named}" for m in language if not m.finished]
    return problems


def finished_share(template: list[Message], language: list[Message]) -> float:
    """How much of the template this language has finished, in percent."""
    done = {m.key for m in language if m.finished}
    return 100.0 * sum(m.key in done for m in template) / len(template) if template else 100.0


def untranslated_prompts(template: list[Message], language: list[Message]) -> list[str]:
    """The library prompts' ids this language's content catalogue has no finished text for."""
    done = {m.key for m in language if m.finished}
    return [
        (m.context or "").removeprefix(PROMPT)
        for m in template
        if (m.context or "").startswith(PROMPT) and m.key not in done
    ]


def template_out_of_date(root: Path, locale_dir: Path) -> bool:
    written = (locale_dir / TEMPLATE).read_text(encoding="utf-8")
    return written != po_text(extract(root), template=True)


def content_template_out_of_date(locale_dir: Path, read: Reader = load_json) -> bool:
    """content.pot is not what the resource files hold now."""
    path = locale_dir / CONTENT_TEMPLATE
    written = path.read_text(encoding="utf-8") if path.exists() else ""
    return written != po_text(content_messages(read), template=True)


def compiled_out_of_date(po: Path, mo: Path) -> bool:
    """`mo` is missing or is not what `po` compiles to now."""
    header, messages = read_po(po.read_text(encoding="utf-8"))
    return not mo.exists() or mo.read_bytes() != mo_bytes(header, messages)
