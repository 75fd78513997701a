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

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trustjournal.core.errors import InvalidInput, TrustJournalError
from trustjournal.core.exchange.build import build_export, choose_period
from trustjournal.core.exchange.html import write_html
from trustjournal.core.exchange.json_format import read_json, write_json
from trustjournal.core.exchange.markdown import files_beside, write_markdown
from trustjournal.core.exchange.model import ExportDocument, ExportOptions, reads_files
from trustjournal.core.exchange.plain import write_plain_text
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault import unfinished_writes
from trustjournal.core.vault.files import write_atomically, write_folder_atomically

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
    folder: str = "",
) -> bytes:
    """The export in one format, as bytes in memory. Only PDF takes a password; Markdown
    links its pictures and files in `folder`, the folder beside it (`folder_beside`)."""
    if fmt not in FORMATS:
        raise InvalidInput(texts.FORMAT_ONE_OF.format(formats=", ".join(FORMATS)))
    if password is not None and fmt != "pdf":
        raise InvalidInput(texts.LOCK_FOR_PDF_ONLY)
    if fmt == "pdf":
        from trustjournal.core.exchange.pdf import write_pdf  # Qt only when painting

        return write_pdf(document, page_size=page_size, password=password)
    if fmt == "md":
        return write_markdown(document, folder).encode("utf-8")
    return _TEXT_WRITERS[fmt](document).encode("utf-8")


def folder_beside(path: Path) -> Path:
    """Where a Markdown export keeps its pictures and files: "notes files" beside "notes.md"."""
    return path.with_name(texts.FILES_FOLDER.format(stem=path.stem))


@dataclass(frozen=True)
class FilesBeside:
    """The files an export writes into a folder beside its own (Markdown's pictures and
    files), each by its safe name. The folder's name is found once, in the export's
    language, and the same name is in the export's links and on disk."""

    folder: Path
    files: tuple[tuple[str, bytes], ...]


def files_beside_export(document: ExportDocument, fmt: str, path: Path) -> FilesBeside | None:
    if fmt != "md" or not document.attachments:
        return None
    return FilesBeside(folder_beside(path), tuple(files_beside(document)))


def rendered(
    document: ExportDocument,
    fmt: str,
    path: Path,
    page_size: str = "a4",
    password: str | None = None,
) -> tuple[bytes, FilesBeside | None]:
    """The export's bytes for `path`, and the files it keeps beside it (Markdown's), the
    folder named once in the language of the moment, in its links and on disk alike."""
    beside = files_beside_export(document, fmt, path)
    folder = "" if beside is None else beside.folder.name
    return render(document, fmt, page_size, password, folder), beside


def _reason(error: OSError) -> str:
    return (error.strerror or texts.IT_COULD_NOT_BE_WRITTEN).lower()


def write_export(path: Path, data: bytes, beside: FilesBeside | None = None) -> None:
    """Write the bytes to `path` atomically (readable by its owner only), and the files
    `beside` it, when there are any, whole into their folder first (so the export never
    links to a file not yet there); a failure leaves neither."""
    if path.is_dir():
        raise ExportNotWritten(texts.PATH_IS_FOLDER.format(path=path))
    if not path.parent.is_dir():
        raise ExportNotWritten(texts.NO_SUCH_FOLDER.format(folder=path.parent))
    if beside is not None:
        write_files_beside(beside)
    try:
        write_atomically(path, data)
    except OSError as error:
        if beside is not None:
            shutil.rmtree(beside.folder, ignore_errors=True)
        raise ExportNotWritten(texts.NOT_WRITTEN.format(path=path, reason=_reason(error))) from None


def write_files_beside(beside: FilesBeside) -> None:
    folder = beside.folder
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise ExportNotWritten(texts.FOLDER_IN_THE_WAY.format(path=folder))
    try:
        write_folder_atomically(folder, beside.files)
    except OSError as error:
        message = texts.FILES_NOT_WRITTEN.format(folder=folder, reason=_reason(error))
        raise ExportNotWritten(message) from None


def save_export(
    journal: Journal, path: Path, data: bytes, beside: FilesBeside | None = None
) -> None:
    """`write_export`, with the targets remembered in the journal while they are written:
    a kill in the middle leaves temporary files (or a folder) that the next unlock removes."""
    database = journal.vault.database
    with contextlib.ExitStack() as remembering:
        remembering.enter_context(unfinished_writes.remembered(database, path))
        if beside is not None:
            remembering.enter_context(unfinished_writes.remembered(database, beside.folder))
        write_export(path, data, beside)


def export_to_file(
    journal: Journal,
    options: ExportOptions,
    fmt: str,
    path: Path,
    page_size: str = "a4",
    password: str | None = None,
) -> ExportDocument:
    """Build, render and write an export; returns what was exported."""
    document = build_export(journal, options, read_files=reads_files(fmt))
    save_export(journal, path, *rendered(document, fmt, path, page_size, password))
    return document


__all__ = [
    "FORMATS",
    "SUFFIXES",
    "ExportDocument",
    "ExportNotWritten",
    "ExportOptions",
    "FilesBeside",
    "build_export",
    "choose_period",
    "export_to_file",
    "files_beside_export",
    "folder_beside",
    "read_json",
    "reads_files",
    "render",
    "rendered",
    "save_export",
    "write_export",
]
