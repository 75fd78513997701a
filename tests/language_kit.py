"""Catalogues planted in tmp_path for the language tests: a `.po` written from pairs and
compiled with TrustJournal's own compiler."""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.language.catalogue import HEADER, Message
from trustjournal.core.language.po_files import compile_po, po_text

POLISH_PLURALS = (
    "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);\n"
)


def plant(locale_dir: Path, code: str, messages: list[Message], header: str = HEADER) -> Path:
    """locale_dir/code/LC_MESSAGES/trustjournal.po and its compiled .mo; the .po's path."""
    po = locale_dir / code / "LC_MESSAGES" / "trustjournal.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(po_text(messages, header=header), encoding="utf-8")
    compile_po(po, po.with_suffix(".mo"))
    return po


def said(msgid: str, translation: str) -> Message:
    return Message(msgid, translations=[translation])


def plant_content(locale_dir: Path, code: str, messages: list[Message]) -> Path:
    """locale_dir/code/LC_MESSAGES/content.po and its compiled .mo; the .po's path."""
    po = locale_dir / code / "LC_MESSAGES" / "content.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(po_text(messages), encoding="utf-8")
    compile_po(po, po.with_suffix(".mo"))
    return po


def in_context(context: str, msgid: str, translation: str) -> Message:
    return Message(msgid, translations=[translation], context=context)
