"""The PDF's pages: every line of the text is drawn once, on the page where it is seen.

Qt draws each paragraph a page touches, clipped to the page; a line just across the
page's edge went into the text layer of both pages, so a reader (a screen reader,
copy and paste, pdftotext) met it twice."""

from __future__ import annotations

import io
import re
from collections import Counter

import pytest
from pypdf import PdfReader

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

pytestmark = pytest.mark.usefixtures("painting_application")


def page_words(data: bytes, pattern: str) -> list[list[str]]:
    reader = PdfReader(io.BytesIO(data))
    return [re.findall(pattern, page.extract_text()) for page in reader.pages]


def exported(journal: Journal, body: str) -> bytes:
    journal.add_entry(EntryDraft(day=journal.clock.today(), title="Long", body=body))
    return render(build_export(journal, ExportOptions()), "pdf")


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_each_line_of_a_long_entry_is_on_one_page_once(journal: Journal) -> None:
    body = "\n".join(f"line{n:04d} of what I wanted to say" for n in range(600))
    pages = page_words(exported(journal, body), r"line\d{4}")
    assert len(pages) > 5
    seen = Counter(word for page in pages for word in page)
    assert [word for word, count in seen.items() if count > 1] == []
    assert sorted(seen) == [f"line{n:04d}" for n in range(600)]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_each_line_of_a_long_paragraph_is_on_one_page_once(journal: Journal) -> None:
    body = " ".join(f"word{n:05d}" for n in range(9000))
    pages = page_words(exported(journal, body), r"word\d{5}")
    assert len(pages) > 5
    every = [word for page in pages for word in page]
    assert every == body.split()  # in order, none twice, none lost
