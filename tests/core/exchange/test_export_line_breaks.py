"""Exports keep the person's lines: one Enter is one new line in every format, and a very
long paragraph is laid out in linear time, every word once and in order."""

from __future__ import annotations

import re
import string

import pytest
from export_kit import POEM, pdf_lines, write
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from trustjournal.core.exchange import pdf
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.markdown import keep_line_breaks
from trustjournal.core.exchange.model import ExportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.qt_gui import ensure_gui

pytestmark = pytest.mark.usefixtures("painting_application")


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


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
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
