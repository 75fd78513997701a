"""The export as plain text, for any editor or e-mail."""

from __future__ import annotations

from trustjournal.core.exchange import wording
from trustjournal.core.exchange.model import ExportDocument


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * len(text), ""]


def write_plain_text(document: ExportDocument) -> str:
    out = _heading(wording.TITLE, "=")
    out += [wording.period_text(document.period), wording.CONFIDENTIAL, ""]
    sections = wording.summary_sections(document)
    if sections:
        out += _heading(wording.SUMMARY_HEADING, "=")
        for section in sections:
            out += _heading(section.heading, "-")
            out += [f"  * {line}" for line in section.lines]
            out.append("")
    if document.chart is not None:
        out += _heading(wording.CHART_HEADING, "=")
        out += ["The chart is drawn in the PDF export.", ""]
    out += _heading(wording.ENTRIES_HEADING, "=")
    if not document.entries:
        out += [wording.NO_ENTRIES, ""]
    for entry in document.entries:
        out += _heading(wording.entry_heading(entry), "-")
        out += list(wording.entry_details(entry))
        if wording.entry_details(entry):
            out.append("")
        if entry.body.strip():
            out += [entry.body.strip(), ""]
        out.append("")
    out += [wording.generated_line(document), ""]
    return "\n".join(out)
