"""The export as Markdown (CommonMark): entries keep their own Markdown."""

from __future__ import annotations

import re

from trustjournal.core.exchange.model import ExportDocument
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
_HEADING = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


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


def write_markdown(document: ExportDocument) -> str:
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
        out += ["---", ""]
    out += [f"*{escape(summary.generated_line(document))}*", ""]
    return "\n".join(out)
