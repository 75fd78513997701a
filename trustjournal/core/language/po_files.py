"""Reading and writing gettext's `.po` files and compiling them to `.mo`, in plain Python,
for the messages `catalogue.extract` finds (the format: GNU gettext's manual, "PO Files"
and "MO Files"; the compiler follows CPython's Tools/i18n/msgfmt.py).
"""

from __future__ import annotations

import array
import ast
from collections.abc import Iterable
from pathlib import Path

from trustjournal.core.language.catalogue import HEADER, Message

_MO_MAGIC = 0x950412DE


def _quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = escaped.split("\n")
    pieces = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    if len(pieces) <= 1:
        return f'"{pieces[0] if pieces else ""}"'
    return '""\n' + "\n".join(f'"{piece}"' for piece in pieces)


def _entry(message: Message, template: bool) -> str:
    lines = [f"#. {comment}" for comment in message.comments]
    lines += [f"#: {place}" for place in message.places]
    if message.fuzzy:
        lines.append("#, fuzzy")
    if message.context is not None:
        lines.append(f"msgctxt {_quoted(message.context)}")
    lines.append(f"msgid {_quoted(message.msgid)}")
    if message.plural is None:
        said = "" if template or not message.translations else message.translations[0]
        lines.append(f"msgstr {_quoted(said)}")
        return "\n".join(lines)
    lines.append(f"msgid_plural {_quoted(message.plural)}")
    forms = ["", ""] if template or not message.translations else message.translations
    lines += [f"msgstr[{n}] {_quoted(form)}" for n, form in enumerate(forms)]
    return "\n".join(lines)


def po_text(messages: Iterable[Message], header: str = HEADER, template: bool = False) -> str:
    """A `.po` file (or, as `template`, the `.pot` every language starts from)."""
    head = f'msgid ""\nmsgstr {_quoted(header)}'
    return "\n\n".join([head, *(_entry(m, template) for m in messages)]) + "\n"


def read_po(text: str) -> tuple[str, list[Message]]:
    """The header and the messages of a `.po` file."""
    header, messages = "", []
    for block in text.strip().split("\n\n"):
        message = _block(block)
        if message.msgid == "" and message.plural is None and message.context is None:
            header = message.translations[0] if message.translations else ""
        else:
            messages.append(message)
    return header, messages


def _block(block: str) -> Message:
    message, last = Message(""), ""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if line.startswith("#:"):
            message.places.append(line[2:].strip())
        elif line.startswith("#."):
            message.comments.append(line[2:].strip())
        elif line.startswith("#,"):
            message.fuzzy = "fuzzy" in line
        elif line.startswith('"'):
            fields[last] += str(ast.literal_eval(line))
        elif line and not line.startswith("#"):
            last, _, rest = line.partition(" ")
            fields[last] = str(ast.literal_eval(rest))
    message.msgid = fields.get("msgid", "")
    message.context = fields.get("msgctxt")
    message.plural = fields.get("msgid_plural")
    if message.plural is None:
        message.translations = [fields["msgstr"]] if "msgstr" in fields else []
    else:
        forms = sorted(k for k in fields if k.startswith("msgstr["))
        message.translations = [fields[k] for k in forms]
    return message


def _mo_key(message: Message) -> str:
    """How gettext finds a message: "context\x04msgid", and "\0plural" after a plural's."""
    key = message.msgid if message.context is None else f"{message.context}\x04{message.msgid}"
    return key if message.plural is None else f"{key}\0{message.plural}"


def mo_bytes(header: str, messages: Iterable[Message]) -> bytes:
    """The compiled catalogue: finished translations only, so an unfinished one is English."""
    pairs = {"": header}
    for m in messages:
        if m.finished:
            pairs[_mo_key(m)] = "\0".join(m.translations)
    keys = sorted(pairs, key=lambda k: k.encode("utf-8"))
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    start = 7 * 4 + 16 * len(keys)
    id_offsets, str_offsets, id_blob, str_blob = [], [], b"", b""
    for raw in ids:
        id_offsets += [len(raw), start + len(id_blob)]
        id_blob += raw + b"\0"
    after_ids = start + len(id_blob)
    for raw in strs:
        str_offsets += [len(raw), after_ids + len(str_blob)]
        str_blob += raw + b"\0"
    head = array.array("I", [_MO_MAGIC, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0])
    table = array.array("I", id_offsets + str_offsets)
    return head.tobytes() + table.tobytes() + id_blob + str_blob


def compile_po(po: Path, mo: Path) -> None:
    header, messages = read_po(po.read_text(encoding="utf-8"))
    mo.parent.mkdir(parents=True, exist_ok=True)
    mo.write_bytes(mo_bytes(header, messages))
