"""The export as plain text, for any editor or e-mail."""

from __future__ import annotations

from trustjournal.core.exchange.model import ExportAttachment, ExportDocument
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary
from trustjournal.core.exchange.texts.attachments import file_line, picture_line
from trustjournal.core.records.entries import Entry


def _heading(text: str, underline: str) -> list[str]:
    return [text, underline * len(text), ""]


def _attachment_lines(attachment: ExportAttachment) -> list[str]:
    """A picture or file by name (plain text shows none, and reads no bytes: see
    model.reads_files), a picture's caption under it."""
    if not attachment.is_picture:
        return [file_line(attachment)]
    caption = [f"  {attachment.caption}"] if attachment.caption else []
    return [picture_line(attachment), *caption]


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
        out += _entry_lines(document, entry)
    out += [summary.generated_line(document), ""]
    return "\n".join(out)


def _entry_lines(document: ExportDocument, entry: Entry) -> list[str]:
    out = _heading(summary.entry_heading(entry), "-")
    details = summary.entry_details(entry)
    out += [*details, ""] if details else []
    if entry.body.strip():
        out += [entry.body.strip(), ""]
    attachments = document.attachments_of(entry.id)
    out += [line for attachment in attachments for line in _attachment_lines(attachment)]
    out += ["", ""] if attachments else [""]
    return out
