"""The Markdown export's marks for a machine (decision 0008): no reader sees them, and
any title and text read back through them is the title and text written."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from round_trip_kit import attach, everything, png

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.importers import own_markdown
from trustjournal.core.exchange.markdown import (
    keep_line_breaks,
    nested_body,
    one_line_end,
    write_markdown,
)
from trustjournal.core.exchange.model import ExportDocument
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

_RAW_HTML = re.compile(r"^ {0,3}<", re.MULTILINE)
_MARK_HTML = re.compile(r"^<!-- journal-[^\n]* -->\n", re.MULTILINE)
# Markdown's own characters, line ends, spaces and fences, more often than chance gives.
_MARKDOWN_BITS = st.sampled_from(
    ["#", "#### ", "\n", "\n\n", "  ", "\\", "```", "~~~", "---", "<!--", "-->", "*", "`", "\t"]
)
# Any text but NUL (a file holding one reads as binary) and lone surrogates (not UTF-8).
_TEXT = st.lists(st.one_of(st.text(st.characters(exclude_characters="\x00")), _MARKDOWN_BITS)).map(
    "".join
)


@pytest.fixture
def document(journal: Journal) -> ExportDocument:
    """One entry with a picture; the tests put any words in it."""
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="t", body="b"))
    attach(journal, entry.id, png(20), "sea.png", caption="By the sea")
    return build_export(journal, everything())


def with_words(document: ExportDocument, title: str, body: str) -> ExportDocument:
    (entry,) = document.entries
    return dataclasses.replace(
        document, entries=(dataclasses.replace(entry, title=title, body=body),)
    )


def read_back(text: str) -> tuple[str, str]:
    (entry,) = own_markdown.parsed(text, "the file notes.md").entries
    return entry.title, entry.body


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_TEXT, body=_TEXT)
def test_any_title_and_text_come_back_as_written(
    document: ExportDocument, title: str, body: str
) -> None:
    text = write_markdown(with_words(document, title, body), "notes files")
    assert read_back(text) == (title, one_line_end(body))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_TEXT)
def test_no_reader_sees_a_mark(document: ExportDocument, body: str) -> None:
    """Rendered, the export is the export without its marks: each is an HTML comment of
    its own (never swallowed by the entry's code, which the export closes).

    Not for a text that opens raw HTML (a line starting "<!--", "<pre" and the like)
    and never closes it: that hides the rest of the export from a reader with or without
    marks, and a mark's "-->" may end it sooner. The text still comes back as written."""
    assume(not _RAW_HTML.search(body))
    text = write_markdown(with_words(document, "A day", body), "notes files")
    without = "\n".join(line for line in text.split("\n") if not line.startswith("<!-- journal-"))
    render = MarkdownIt("commonmark").render
    assert _MARK_HTML.sub("", render(text)) == render(without)
    assert render(text).count("<!-- journal-") == 4  # top, entry, picture, end


def test_the_text_as_written_is_the_text_as_it_was_before_marks(
    document: ExportDocument,
) -> None:
    """What a reader of the file sees of an entry is what the export wrote before it had
    marks; only a run of two spaces before a kept break now has two more (a break either
    way), and a fence the entry leaves open is closed."""
    body = "# Up\nline  \nnext\n```\ncode"
    text = write_markdown(with_words(document, "A day", body), "notes files")
    assert keep_line_breaks(nested_body(body)).replace("next\n", "next  \n") in text
    assert "#### Up  \nline    \nnext  \n```\ncode\n```\n\n" in text
    assert text.startswith("<!-- journal-export 1 ")
    assert read_back(text) == ("A day", body)


def test_a_line_that_looks_like_a_mark_is_the_entry_s_own(
    document: ExportDocument, tmp_path: Path
) -> None:
    """An earlier export pasted into an entry: its marks are words, not this export's."""
    earlier = write_markdown(with_words(document, "Before", "Old words."), "old files")
    text = write_markdown(with_words(document, "Now", earlier), "notes files")
    assert read_back(text) == ("Now", one_line_end(earlier))
