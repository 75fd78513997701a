"""Exports from issue 10: single line breaks kept in every format, a very long paragraph
laid out in linear time, and neutral metadata that does not name the app."""

from __future__ import annotations

import io
import re
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pypdf import PdfReader

from trustjournal.core.exchange import pdf
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.markdown import keep_line_breaks
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.qt_gui import ensure_gui
from trustjournal.core.records.entries import EntryDraft

POEM = "I am tired\nbut I am here\nand I stayed\n\nNew paragraph\nsecond line"


@pytest.fixture(autouse=True)
def painting_application(qapp: object) -> None:
    """The app's kind of Qt application (see test_export_formats)."""


def write(journal: Journal, body: str, title: str = "Lines") -> None:
    journal.add_entry(EntryDraft(day=journal.clock.today(), title=title, body=body))


def pdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return [" ".join(line.split()) for line in text.splitlines()]  # pypdf spaces with tabs


# -- one Enter is one new line ------------------------------------------------------------


def test_single_line_breaks_become_hard_breaks() -> None:
    html = MarkdownIt("commonmark").render(keep_line_breaks(POEM))
    assert html == (
        "<p>I am tired<br />\nbut I am here<br />\nand I stayed</p>\n"
        "<p>New paragraph<br />\nsecond line</p>\n"
    )


def test_lists_headings_and_code_are_left_as_they_were() -> None:
    text = "# Heading\nafter\n- one\n- two\n\n```\ncode  x\nmore\n```\nend"
    html = MarkdownIt("commonmark").render(keep_line_breaks(text))
    assert "<h1>Heading</h1>" in html
    assert "<li>one</li>\n<li>two</li>" in html
    assert "<pre><code>code  x\nmore\n</code></pre>" in html


lines_of_words = st.lists(
    st.text(alphabet=string.ascii_letters + " ", min_size=1, max_size=30).filter(str.strip),
    min_size=1,
    max_size=12,
)


@given(lines_of_words)
def test_every_single_line_break_is_kept(lines: list[str]) -> None:
    html = MarkdownIt("commonmark").render(keep_line_breaks("\n".join(lines)))
    assert html.count("<br />") == len(lines) - 1


@given(st.text(max_size=200))
def test_only_spaces_are_added(text: str) -> None:
    kept = keep_line_breaks(text)
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    assert kept.replace("  \n", "\n") == normal or kept.replace(" ", "") == normal.replace(" ", "")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_markdown_and_html_exports_keep_line_breaks(journal: Journal, fmt: str) -> None:
    write(journal, POEM)
    text = render(build_export(journal, ExportOptions()), fmt).decode("utf-8")
    html = MarkdownIt("commonmark").render(text) if fmt == "md" else text
    assert "I am tired<br />\nbut I am here<br />\nand I stayed" in html


def test_the_pdf_keeps_line_breaks(journal: Journal) -> None:
    write(journal, POEM)
    lines = pdf_lines(render(build_export(journal, ExportOptions()), "pdf"))
    start = lines.index("I am tired")
    assert lines[start : start + 3] == ["I am tired", "but I am here", "and I stayed"]


# -- a very long paragraph ----------------------------------------------------------------


def long_paragraph(words: int) -> str:
    return " ".join(f"word{n}" for n in range(words))


def test_a_long_paragraph_is_cut_where_lines_start_and_reads_the_same(journal: Journal) -> None:
    body = long_paragraph(6000)
    write(journal, body, title="Long")
    lines = pdf_lines(render(build_export(journal, ExportOptions()), "pdf"))
    words = [word for word in " ".join(lines).split() if re.fullmatch(r"word\d+", word)]
    # Every word, in order, none lost at a cut or a page, none read twice.
    assert words == body.split()


def test_cutting_long_blocks_keeps_every_line_where_it_was() -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextCursor, QTextDocument

    ensure_gui()
    document = QTextDocument()
    QTextCursor(document).insertText(long_paragraph(3000) + "\u2028" + long_paragraph(900))
    document.setPageSize(QSizeF(400, 600))
    document.pageCount()
    before = _line_texts(document)
    pdf.split_long_blocks(document, lines=25)
    document.pageCount()
    after = _line_texts(document)
    assert [t.rstrip("\u2028") for t in after] == [t.rstrip("\u2028") for t in before]
    assert document.blockCount() > 10
    assert all(block_lines <= 25 for block_lines in _lines_per_block(document))


def _line_texts(document: object) -> list[str]:
    texts = []
    block = document.begin()  # type: ignore[attr-defined]
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            texts.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return texts


def _lines_per_block(document: object) -> list[int]:
    counts = []
    block = document.begin()  # type: ignore[attr-defined]
    while block.isValid():
        counts.append(block.layout().lineCount())
        block = block.next()
    return counts


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


# -- the password of a protected PDF -------------------------------------------------------


@pytest.mark.parametrize("weak", ["a", "secret", "tide7", "password1"])
def test_the_weakest_pdf_passwords_are_refused_with_the_passphrase_hint(
    journal: Journal, weak: str
) -> None:
    from trustjournal.core.exchange.pdf_password import WeakPdfPassword
    from trustjournal.core.vault.keys.strength import strength

    write(journal, POEM)
    with pytest.raises(WeakPdfPassword) as refused:
        render(build_export(journal, ExportOptions()), "pdf", password=weak)
    assert strength(weak).hint.rstrip(".") in str(refused.value)


def test_a_fair_pdf_password_is_enough(journal: Journal) -> None:
    write(journal, POEM)
    data = render(build_export(journal, ExportOptions()), "pdf", password="amber tide")
    assert PdfReader(io.BytesIO(data)).is_encrypted


# -- withhold markers, for showing the text without them ---------------------------------

marked_text = st.lists(
    st.sampled_from(["a", " b", "\n", "[[withhold]]", "[[/withhold]]", "[[WITHHOLD]]", "é"]),
    max_size=25,
).map("".join)


@given(marked_text)
def test_without_markers_never_shows_a_marker(text: str) -> None:
    from trustjournal.core.exchange.redaction import without_markers

    assert "withhold" not in without_markers(text).lower()


@given(marked_text)
def test_passages_round_trip_and_withhold_the_same_words(text: str) -> None:
    from trustjournal.core.exchange.redaction import passages, pieces, with_markers

    def shared(stored: str) -> str:  # what an export shows of the words
        return "".join(piece.text for piece in pieces(stored) if not piece.withheld)

    again = with_markers(passages(text))
    assert passages(again) == passages(text)
    assert shared(again) == shared(text)
    assert with_markers(passages(again)) == again


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
