"""Exporting for therapy: the one entry point for the app and the command line.

    options = ExportOptions(chart=True, flagged_only=True)
    document = build_export(journal, options)          # the model, built once
    preview = render(document, "html")                 # what will leave, as text
    export_to_file(journal, options, "pdf", path, password="...")

The content is built, and encrypted when asked, in memory; then it is written to
a private temporary file in the chosen folder and renamed into place, so a failed
or cancelled export leaves nothing behind, and no plaintext copy exists anywhere
else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trustjournal.core.errors import InvalidInput, TrustJournalError
from trustjournal.core.exchange.build import build_export, choose_period
from trustjournal.core.exchange.html import write_html
from trustjournal.core.exchange.json_format import read_json, write_json
from trustjournal.core.exchange.markdown import write_markdown
from trustjournal.core.exchange.model import ExportDocument, ExportOptions
from trustjournal.core.exchange.plain import write_plain_text
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import unfinished_writes
from trustjournal.core.vault.files import write_atomically

FORMATS: dict[str, str] = {
    "pdf": "PDF",
    "md": "Markdown",
    "html": "HTML (one file)",
    "txt": "Plain text",
    "json": "JSON (every field, for other apps)",
}
SUFFIXES = {"pdf": ".pdf", "md": ".md", "html": ".html", "txt": ".txt", "json": ".json"}
_TEXT_WRITERS: dict[str, Callable[[ExportDocument], str]] = {
    "md": write_markdown,
    "html": write_html,
    "txt": write_plain_text,
    "json": write_json,
}


class ExportNotWritten(TrustJournalError):
    message = "The export could not be written. Nothing was saved; check the folder and try again."


def render(
    document: ExportDocument,
    fmt: str,
    page_size: str = "a4",
    password: str | None = None,
) -> bytes:
    """The export in one format, as bytes in memory. Only PDF takes a password."""
    if fmt not in FORMATS:
        raise InvalidInput(texts.FORMAT_ONE_OF.format(formats=", ".join(FORMATS)))
    if password is not None and fmt != "pdf":
        raise InvalidInput(texts.LOCK_FOR_PDF_ONLY)
    if fmt == "pdf":
        from trustjournal.core.exchange.pdf import write_pdf  # Qt only when painting

        return write_pdf(document, page_size=page_size, password=password)
    return _TEXT_WRITERS[fmt](document).encode("utf-8")


def write_export(path: Path, data: bytes) -> None:
    """Write the bytes to `path` atomically (readable by its owner only)."""
    if path.is_dir():
        raise ExportNotWritten(texts.PATH_IS_FOLDER.format(path=path))
    if not path.parent.is_dir():
        raise ExportNotWritten(texts.NO_SUCH_FOLDER.format(folder=path.parent))
    try:
        write_atomically(path, data)
    except OSError as error:
        reason = error.strerror or texts.IT_COULD_NOT_BE_WRITTEN
        raise ExportNotWritten(texts.NOT_WRITTEN.format(path=path, reason=reason.lower())) from None


def save_export(journal: Journal, path: Path, data: bytes) -> None:
    """`write_export`, with the target remembered in the journal while it is written: a
    kill in the middle leaves a temporary file that the next unlock removes."""
    with unfinished_writes.remembered(journal.vault.database, path):
        write_export(path, data)


def export_to_file(
    journal: Journal,
    options: ExportOptions,
    fmt: str,
    path: Path,
    page_size: str = "a4",
    password: str | None = None,
) -> ExportDocument:
    """Build, render and write an export; returns what was exported."""
    document = build_export(journal, options)
    save_export(journal, path, render(document, fmt, page_size=page_size, password=password))
    return document


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ExportDocument",
    "ExportNotWritten",
    "ExportOptions",
    "build_export",
    "choose_period",
    "export_to_file",
    "read_json",
    "render",
    "save_export",
    "write_export",
]
