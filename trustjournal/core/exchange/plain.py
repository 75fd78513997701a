"""The export as plain text, for any editor or e-mail."""

from __future__ import annotations

from trustjournal.core.exchange.model import ExportDocument
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * len(text), ""]


def write_plain_text(document: ExportDocument) -> str:
    out = _heading(texts.TITLE, "=")
    out += [summary.period_text(document.period), texts.CONFIDENTIAL, ""]
    sections = summary.summary_sections(document)
    if sections:
        out += _heading(texts.SUMMARY_HEADING, "=")
        for section in sections:
            out += _heading(section.heading, "-")
            out += [f"  * {line}" for line in section.lines]
            out.append("")
    if document.chart is not None:
        out += _heading(texts.CHART_HEADING, "=")
        out += [texts.CHART_IN_PDF_ONLY, ""]
    out += _heading(texts.ENTRIES_HEADING, "=")
    if not document.entries:
        out += [texts.NO_ENTRIES, ""]
    for entry in document.entries:
        out += _heading(summary.entry_heading(entry), "-")
        out += list(summary.entry_details(entry))
        if summary.entry_details(entry):
            out.append("")
        if entry.body.strip():
            out += [entry.body.strip(), ""]
        out.append("")
    out += [summary.generated_line(document), ""]
    return "\n".join(out)
