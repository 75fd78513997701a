"""The checks that keep a language whole, as lists of what is wrong (empty when sound):
tests/house/test_catalogues.py runs them over the template and every shipped language.
"""

from __future__ import annotations

import string
from pathlib import Path

from trustjournal.core.language.catalogue import Message, extract
from trustjournal.core.language.po_files import mo_bytes, po_text, read_po

TEMPLATE = "trustjournal.pot"


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
                wrong.append(f"{m.msgid!r}: {sorted(want or ())} but {said!r}")
    return wrong


def unfinished(template: list[Message], language: list[Message]) -> list[str]:
    """Entries not translated yet, marked fuzzy, missing, or no longer in the template."""
    have = {m.key: m for m in language}
    wanted = {m.key for m in template}
    problems = [f"missing: {k[0]!r}" for k in wanted if k not in have]
    problems += [f"obsolete: {k[0]!r}" for k in have if k not in wanted]
    problems += [f"unfinished: {m.msgid!r}" for m in language if not m.finished]
    return problems


def template_out_of_date(root: Path, locale_dir: Path) -> bool:
    written = (locale_dir / TEMPLATE).read_text(encoding="utf-8")
    return written != po_text(extract(root), template=True)


def compiled_out_of_date(po: Path, mo: Path) -> bool:
    """`mo` is missing or is not what `po` compiles to now."""
    header, messages = read_po(po.read_text(encoding="utf-8"))
    return not mo.exists() or mo.read_bytes() != mo_bytes(header, messages)
