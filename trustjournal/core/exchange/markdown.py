"""The export as Markdown (CommonMark): entries keep their own Markdown.

It also carries marks for a machine, HTML comments that no reader shows (decision 0008),
so that our own importer can bring the export back whole (`importers/own_markdown.py`):
one at the top naming the format and version, one before each entry (its id, day and
created moment, the key an import remembers, and what is needed to give its title and
text back exactly), one before each picture or file (its kind, name and caption), and one
after the last entry counting them (a cut or edited export is told, never half-read).
Each mark carries a token made from the export's words, so a line in an entry that looks
like a mark (an earlier export pasted into it) is never taken for one.
"""

from __future__ import annotations

import hashlib
import json
import re
import string
from collections.abc import Iterator, Mapping, Sequence

from trustjournal.core.clock import to_iso
from trustjournal.core.exchange.model import ExportAttachment, ExportDocument
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary
from trustjournal.core.exchange.texts.attachments import file_line, picture_words
from trustjournal.core.journal.attachments.names import kept_name
from trustjournal.core.records.entries import Entry

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
# What a link keeps as it is; every other character is percent-encoded (RFC 3986), so a
# space, a bracket or a parenthesis in a name never ends or breaks the link.
_PLAIN_IN_LINK = frozenset(string.ascii_letters + string.digits + "-._~/")
# The marks' words name no app: a text export must not say where it came from
# (tests/core/exchange/test_export_metadata.py); the token makes them ours.
MARK_PREFIX = "journal-"
MARK_FORMAT = f"{MARK_PREFIX}export"  # the top mark's first word
MARK_VERSION = 1
MARK_KINDS = ("entry", "file", "end")
# Inside a mark's JSON: no "-", "<" or ">", so a caption never ends the comment (-->).
_MARK_UNSAFE = {"-": "\\u002d", "<": "\\u003c", ">": "\\u003e"}


def percent_encoded(path: str) -> str:
    """A relative path as a link: "notes files/a b.jpg" -> "notes%20files/a%20b.jpg"."""
    return "".join(
        char if char in _PLAIN_IN_LINK else "".join(f"%{b:02X}" for b in char.encode("utf-8"))
        for char in path
    )


def escape(text: str) -> str:
    """Text shown as it is, not read as Markdown (one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def keep_line_breaks(body: str) -> str:
    """The entry's Markdown with every single line break kept as a line break.

    A journal is not a Markdown document: one Enter means a new line. CommonMark
    joins such lines into one (a "soft break"); two spaces at a line's end make it a
    hard break that every reader keeps, and are ignored where no break can be (at a
    paragraph's or heading's end). Lines inside fenced code stay exactly as written.
    """
    lines = one_line_end(body).split("\n")
    for number in _breakable(lines):
        # Two more spaces even after two already (a break both ways), so that
        # `without_kept_breaks` can take exactly these away again.
        if not lines[number].endswith("\\"):
            lines[number] += "  "
    return "\n".join(lines)


def without_kept_breaks(text: str) -> str:
    """`keep_line_breaks` undone: the two spaces it added taken away again."""
    lines = text.split("\n")
    for number in _breakable(lines):
        if lines[number].endswith("  ") and not lines[number].endswith("\\"):
            lines[number] = lines[number][:-2]
    return "\n".join(lines)


def _breakable(lines: list[str]) -> Iterator[int]:
    """The lines whose line break a reader would join: a line with words followed by
    another, outside fenced code. Adding spaces at a line's end changes none of that."""
    fence = ""
    for number, line in enumerate(lines[:-1]):
        after = _fence_after(line, fence)
        if after is not None:
            fence = after
            continue
        if not fence and line.strip() and lines[number + 1].strip():
            yield number


def _fence_after(line: str, fence: str) -> str | None:
    """The fence open after `line` when the line opens or closes one (CommonMark: a run
    of three or more ` or ~, closed by a run as long of the same, with nothing after)."""
    marker = _FENCE.match(line)
    if marker is None:
        return None
    run, rest = marker.groups()
    if not fence:
        return None if run[0] == "`" and "`" in rest else run
    return "" if run[0] == fence[0] and len(run) >= len(fence) and not rest.strip() else None


def open_fence(text: str) -> str:
    """The fence `text` leaves open at its end, or "": the export closes it, so that the
    rest of the export (and its marks) is not read as code."""
    fence = ""
    for line in text.split("\n"):
        after = _fence_after(line, fence)
        fence = fence if after is None else after
    return fence


def one_line_end(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def nested_body(body: str) -> str:
    """An entry's Markdown with its headings moved under the entry's own heading."""
    return _HEADING.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + 3), body.strip())


def deep_headings(body: str) -> dict[int, int]:
    """The stripped body's headings that `nested_body` cannot move down by three whole
    (#### to ######, all written as ######): their level, by line."""
    found = (_HEADING.match(line) for line in body.strip().split("\n"))
    return {n: len(m.group(2)) for n, m in enumerate(found) if m and len(m.group(2)) > 3}


def unnested_body(text: str, deep: dict[int, int]) -> str:
    """`nested_body` undone: each heading three levels up again, or to its level in `deep`."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        heading = _HEADING.match(line)
        level = heading and deep.get(number, len(heading.group(2)) - 3)
        if heading and level and level > 0:
            lines[number] = heading.group(1) + "#" * level + line[heading.end() :]
    return "\n".join(lines)


def names_beside(attachments: Sequence[ExportAttachment]) -> list[str]:
    """Each attachment's file name in the folder beside the export, in order: one safe
    name each (no folder, no separator), never two alike even where case is ignored."""
    taken: set[str] = set()
    names: list[str] = []
    for attachment in attachments:
        name = kept_name(attachment.name)
        stem, dot, suffix = name.rpartition(".")
        if not dot:
            stem, suffix = name, ""
        number = 2
        while name.casefold() in taken:
            name = f"{stem} ({number}).{suffix}" if suffix else f"{stem} ({number})"
            number += 1
        taken.add(name.casefold())
        names.append(name)
    return names


def files_beside(document: ExportDocument) -> list[tuple[str, bytes]]:
    """What goes in the folder beside the export: each attachment's name there and bytes."""
    names = names_beside(document.attachments)
    return [(name, a.data) for name, a in zip(names, document.attachments, strict=True)]


def attachment_lines(attachment: ExportAttachment, link: str) -> list[str]:
    """A picture as an image with its caption under it; any other file as a link."""
    if not attachment.is_picture:
        return [f"[{escape(file_line(attachment))}]({link})", ""]
    lines = [f"![{escape(picture_words(attachment))}]({link})", ""]
    if attachment.caption:
        lines += [f"*{escape(attachment.caption)}*", ""]
    return lines


def write_markdown(document: ExportDocument, folder: str = "") -> str:
    """The export as Markdown; its pictures and files are linked in `folder`, the folder
    beside it (relative links, percent-encoded), where save_export writes them."""
    folder = folder or texts.FILES_FOLDER.format(stem="export")
    names = names_beside(document.attachments)
    links = {index: percent_encoded(f"{folder}/{name}") for index, name in enumerate(names)}
    token = marks_token(document)
    out: list[str] = [
        mark(MARK_FORMAT, str(MARK_VERSION), token),
        "",
        f"# {texts.TITLE}",
        "",
        f"**{escape(summary.period_text(document.period))}**",
        "",
    ]
    out += [f"*{escape(texts.CONFIDENTIAL)}*", ""]
    sections = summary.summary_sections(document)
    if sections:
        out += [f"## {texts.SUMMARY_HEADING}", ""]
        for section in sections:
            out += [f"### {escape(section.heading)}", ""]
            out += [f"- {escape(line)}" for line in section.lines]
            out.append("")
    if document.chart is not None:
        out += [f"## {texts.CHART_HEADING}", "", f"*{escape(texts.CHART_IN_PDF_ONLY)}*", ""]
    out += [f"## {texts.ENTRIES_HEADING}", ""]
    if not document.entries:
        out += [escape(texts.NO_ENTRIES), ""]
    files = 0
    for entry in document.entries:
        own = [(a, links[i]) for i, a in enumerate(document.attachments) if a.entry_id == entry.id]
        out += entry_lines(entry, own, token)
        files += len(own)
    out += [mark(f"{MARK_PREFIX}end", token, str(len(document.entries)), str(files)), ""]
    out += [f"*{escape(summary.generated_line(document))}*", ""]
    return "\n".join(out)


def entry_lines(entry: Entry, files: list[tuple[ExportAttachment, str]], token: str) -> list[str]:
    """One entry: its mark, heading, details, text, and pictures and files (each with its
    mark), then a rule."""
    details = summary.entry_details(entry)
    body = one_line_end(entry.body)
    core = body.strip()
    fields: dict[str, object] = {"title": entry.title}
    fields.update(_whitespace_around(body))
    fields.update(private=entry.private, details=bool(details), files=len(files))
    fields["deep"] = sorted(deep_headings(core).items())
    fields["fence"] = open_fence(core)
    out = [entry_mark(entry, token, fields), "", f"### {escape(summary.entry_heading(entry))}", ""]
    if details:
        out += [escape(" · ".join(details)), ""]
    if core:
        out += [keep_line_breaks(nested_body(core)), ""]
        if fields.get("fence"):
            out[-1:] = [str(fields["fence"]), ""]
    for attachment, link in files:
        kind = "picture" if attachment.is_picture else "file"
        said = {"name": attachment.name, "caption": attachment.caption}
        out += [mark(f"{MARK_PREFIX}file", token, kind, mark_fields(said)), ""]
        out += attachment_lines(attachment, link)
    return [*out, "---", ""]


def _whitespace_around(body: str) -> dict[str, str]:
    """What `nested_body` strips from the text's ends, kept in the mark to give it back."""
    core = body.strip()
    before = body[: len(body) - len(body.lstrip())] if core else body
    after = body[len(body.rstrip()) :] if core else ""
    return {key: value for key, value in (("before", before), ("after", after)) if value}


def entry_mark(entry: Entry, token: str, fields: dict[str, object]) -> str:
    """The mark before an entry: its id, day and created moment (the key our importers
    remember), then the rest as JSON (without the fields that say nothing)."""
    said = {key: value for key, value in fields.items() if value or key == "title"}
    moment = to_iso(entry.created_at)
    return mark(
        f"{MARK_PREFIX}entry",
        token,
        str(entry.id),
        entry.day.isoformat(),
        moment,
        mark_fields(said),
    )


def mark(*words: str) -> str:
    return f"<!-- {' '.join(words)} -->"


def mark_fields(fields: Mapping[str, object]) -> str:
    """Fields as one line of JSON that cannot end an HTML comment."""
    text = json.dumps(fields, ensure_ascii=True, separators=(",", ":"))
    return "".join(_MARK_UNSAFE.get(char, char) for char in text)


def marks_token(document: ExportDocument) -> str:
    """A token that none of the export's own words hold: a digest of them (never of
    anything outside the export), made again in the rare case it is found in them."""
    words = [text for e in document.entries for text in (e.title, e.body)]
    words += [text for a in document.attachments for text in (a.name, a.caption)]
    digest = hashlib.sha256("\x00".join(words).encode("utf-8", "surrogatepass"))
    token = digest.hexdigest()[:16]
    while any(token in text for text in words):
        digest.update(b"\x00")
        token = digest.hexdigest()[:16]
    return token
