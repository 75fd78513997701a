"""Helpers for the export tests: an entry written in one call, a PDF's lines and its chart
page read back."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader

from trustjournal.core.exchange.texts.export import CHART_HEADING
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

POEM = "I am tired\nbut I am here\nand I stayed\n\nNew paragraph\nsecond line"


def write(journal: Journal, body: str, title: str = "Lines") -> None:
    journal.add_entry(EntryDraft(day=journal.clock.today(), title=title, body=body))


def pdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return [" ".join(line.split()) for line in text.splitlines()]  # pypdf spaces with tabs


def chart_page_text(pdf: bytes) -> str:
    """The words on the PDF's chart page, in one line."""
    reader = PdfReader(io.BytesIO(pdf))
    # pypdf spaces words with tabs; NFKC reads the fonts' ligatures as letters again.
    pages = [
        " ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages
    ]
    return next(p for p in pages if CHART_HEADING in p)
