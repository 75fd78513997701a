"""PDFs' author fields removed where pypdf can: the document information (author,
creator, producer, title, dates) and the XMP record. Anything else is kept as it came."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

_PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip()[:5] == _PDF_MAGIC


def pdf_without_author(data: bytes) -> bytes | None:
    """The PDF written again without its information and XMP, or None when pypdf cannot
    (a locked or damaged PDF, kept as it came, and the person is told)."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        if "/Metadata" in writer.root_object:
            del writer.root_object["/Metadata"]
        out = io.BytesIO()
        writer.write(out)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError):
        return None
    return out.getvalue()
