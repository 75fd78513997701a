"""Export metadata is neutral: no format names the app or its toolkit, unless the person
asks for the app to be named."""

from __future__ import annotations

import io
import re

import pytest
from export_kit import POEM, pdf_lines, write
from pypdf import PdfReader

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal

pytestmark = pytest.mark.usefixtures("painting_application")


# -- metadata ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_text_exports_do_not_name_the_app(journal: Journal, fmt: str) -> None:
    write(journal, POEM)
    text = render(build_export(journal, ExportOptions(chart=True)), fmt).decode("utf-8")
    assert not re.search("trust ?journal", text, re.IGNORECASE)


def test_the_pdf_names_neither_the_app_nor_its_toolkit(journal: Journal) -> None:
    write(journal, POEM)
    data = render(build_export(journal, ExportOptions(chart=True)), "pdf")
    reader = PdfReader(io.BytesIO(data))
    metadata = reader.metadata or {}
    assert metadata.get("/Creator", "") == ""
    assert metadata.get("/Producer", "") == ""
    assert b"Qt " not in data and b"TrustJournal" not in data
    assert not re.search("trust ?journal", pdf_lines(data).__str__(), re.IGNORECASE)
    assert len(reader.pages) >= 1  # the byte offsets still hold: the file reads whole


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "pdf"])
def test_the_app_is_named_only_when_the_person_asks(journal: Journal, fmt: str) -> None:
    write(journal, POEM)
    data = render(build_export(journal, ExportOptions(name_app=True)), fmt)
    if fmt == "pdf":
        assert (PdfReader(io.BytesIO(data)).metadata or {}).get("/Creator") == "TrustJournal"
        text = " ".join(pdf_lines(data))
    else:
        text = data.decode("utf-8")
    assert "from TrustJournal" in text
