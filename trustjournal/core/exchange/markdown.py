"""The export as Markdown (CommonMark): entries keep their own Markdown."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from trustjournal.core.exchange.model import ExportAttachment, ExportDocument
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary
from trustjournal.core.exchange.texts.attachments import file_line, picture_words
from trustjournal.core.journal.attachments.names import kept_name

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# What a link keeps as it is; every other character is percent-encoded (RFC 3986), so a
# space, a bracket or a parenthesis in a name never ends or breaks the link.
_PLAIN_IN_LINK = frozenset(string.ascii_letters + string.digits + "-._~/")


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
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fence = ""
    for number, line in enumerate(lines[:-1]):
        marker = _FENCE.match(line)
        if marker and (not fence or marker.group(1).startswith(fence)):
            fence = "" if fence else marker.group(1)[:3]
            continue
        if fence or not line.strip() or not lines[number + 1].strip():
            continue
        if not line.endswith(("  ", "\\")):
            lines[number] = line + "  "
    return "\n".join(lines)


def nested_body(body: str) -> str:
    """An entry's Markdown with its headings moved under the entry's own heading."""
    return _HEADING.sub(lambda m: m.group(1) + "#" * min(6, len(m.group(2)) + 3), body.strip())


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
    out: list[str] = [
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
        out += [f"## {texts.CHART_HEADING}", "", "*The chart is drawn in the PDF export.*", ""]
    out += [f"## {texts.ENTRIES_HEADING}", ""]
    if not document.entries:
        out += [escape(texts.NO_ENTRIES), ""]
    for entry in document.entries:
        out += [f"### {escape(summary.entry_heading(entry))}", ""]
        details = summary.entry_details(entry)
        if details:
            out += [escape(" · ".join(details)), ""]
        if entry.body.strip():
            out += [keep_line_breaks(nested_body(entry.body)), ""]
        for index, attachment in enumerate(document.attachments):
            if attachment.entry_id == entry.id:
                out += attachment_lines(attachment, links[index])
        out += ["---", ""]
    out += [f"*{escape(summary.generated_line(document))}*", ""]
    return "\n".join(out)
