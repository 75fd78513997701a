"""Every format read back with a real reader: what was chosen is there, nothing else is."""

from __future__ import annotations

import dataclasses
import errno
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import html5lib
import pytest
from markdown_it import MarkdownIt
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from test_export_choosing import d, fill

from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import (
    ExportNotWritten,
    export_to_file,
    read_json,
    render,
    write_export,
)
from trustjournal.core.exchange.json_format import write_json
from trustjournal.core.exchange.model import ExportDocument, ExportOptions, Filters
from trustjournal.core.exchange.pdf_documents import entries_document
from trustjournal.core.exchange.redaction import REDACTED, WITHHELD
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry, EntryDraft

SHARED = ("After dinner", "A quieter day", "Sunday", "Phones stay face up", "Summary")
NEVER = (
    "PRIVATE-CANARY",
    "Only for me",
    "WITHHELD-CANARY",
    "ACTIVITY-CANARY",  # withheld in an activity
    "DETAILS-CANARY",  # withheld in an agreement's details
    "Jordan",
    "jordan",
    "Old rule",
)
MM_PER_POINT = 25.4 / 72


pytestmark = pytest.mark.usefixtures("painting_application")


@pytest.fixture
def document(journal: Journal) -> ExportDocument:
    fill(journal)
    return build_export(journal, ExportOptions(chart=True))


def assert_shared_and_nothing_else(text: str) -> None:
    flat = " ".join(text.split())
    for words in SHARED:
        assert words in flat, words
    for secret in NEVER:
        assert secret not in flat, secret
    assert WITHHELD in flat and REDACTED in flat


def pdf_documents(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def test_markdown_parses_as_commonmark(document: ExportDocument) -> None:
    text = render(document, "md").decode("utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "Journal notes for therapy"
    assert "Monday 9 March 2026" not in headings
    assert any(h.startswith("Thursday 5 March 2026") for h in headings)
    html_out = MarkdownIt("commonmark").render(text)
    assert_shared_and_nothing_else(html_out)
    assert "[passage withheld]" in html_out  # shown as text, not read as a link


def test_html_is_one_valid_self_contained_file(document: ExportDocument) -> None:
    text = render(document, "html").decode("utf-8")
    parser = html5lib.HTMLParser(strict=True)
    tree = parser.parse(text)
    assert parser.errors == []
    assert tree is not None
    for outside in ("<script", "src=", "href=", "@import", "url("):
        assert outside not in text
    assert_shared_and_nothing_else(text)


def test_html_escapes_what_a_person_wrote(journal: Journal) -> None:
    journal.add_entry(
        EntryDraft(day=journal.clock.today(), title="<b>bold</b>", body="<script>x</script> & more")
    )
    text = render(build_export(journal, ExportOptions()), "html").decode("utf-8")
    assert "<script>x" not in text and "&lt;script&gt;x&lt;/script&gt; &amp; more" in text
    assert "&lt;b&gt;bold&lt;/b&gt;" in text
    html5lib.HTMLParser(strict=True).parse(text)


def test_plain_text(document: ExportDocument) -> None:
    assert_shared_and_nothing_else(render(document, "txt").decode("utf-8"))


def test_json_round_trips_every_field(journal: Journal) -> None:
    fill(journal)
    document = build_export(
        journal, ExportOptions(chart=True, filters=Filters(include_private=True))
    )
    text = write_json(document)
    assert text.startswith('{\n  "format": "trustjournal-export",\n  "version": 1,')
    again = read_json(text)
    assert again == document
    # Every field an entry has is in the file, under its own name.
    names = {f.name for f in dataclasses.fields(Entry)}
    for written, entry in zip(json.loads(text)["entries"], document.entries, strict=True):
        assert set(written) == names
        assert read_json(text).entries[document.entries.index(entry)] == entry
    private = next(e for e in again.entries if e.private)
    assert private.body == "PRIVATE-CANARY"  # chosen, so shared, as it was
    assert any(e.discuss for e in again.entries)


@pytest.mark.parametrize("kind", ["md", "html", "txt", "json", "pdf"])
def test_no_format_carries_a_name_or_a_withheld_passage(
    document: ExportDocument, kind: str
) -> None:
    data = render(document, kind)
    readers = {"pdf": pdf_documents, "md": lambda md: MarkdownIt("commonmark").render(md.decode())}
    text = readers.get(kind, bytes.decode)(data)
    flat = " ".join(text.split())
    for secret in NEVER:
        assert secret not in flat, secret
    # The activity and the agreement's details are there, cleaned, not dropped.
    assert f"walk with {REDACTED}" in flat
    assert f"{REDACTED} asked for it." in flat


def test_json_reader_refuses_other_files_plainly() -> None:
    for text in ("not json", "[]", '{"format": "other"}'):
        with pytest.raises(InvalidInput, match="not a TrustJournal export"):
            read_json(text)
    with pytest.raises(InvalidInput, match="version 2"):
        read_json('{"format": "trustjournal-export", "version": 2}')
    with pytest.raises(InvalidInput, match="damaged"):
        read_json('{"format": "trustjournal-export", "version": 1, "period": 3}')


def test_the_pdf_holds_the_summary_and_chosen_entries_only(document: ExportDocument) -> None:
    data = render(document, "pdf")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(pdf_documents(data).split())
    assert_shared_and_nothing_else(text)
    assert "Page 1 of" in text and f"Page {len(reader.pages)} of {len(reader.pages)}" in text
    assert "3 March 2026 \u2013 14 March 2026" in text  # the header names the period
    assert "Trust and mood over this period" in text  # the chart page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdftotext_reads_the_same(document: ExportDocument, tmp_path: Path) -> None:
    path = tmp_path / "export.pdf"
    path.write_bytes(render(document, "pdf"))
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    assert_shared_and_nothing_else(result.stdout)


@pytest.mark.parametrize(
    ("page_size", "width_mm", "height_mm"), [("a4", 210, 297), ("letter", 216, 279)]
)
def test_page_sizes(
    document: ExportDocument, page_size: str, width_mm: int, height_mm: int
) -> None:
    reader = PdfReader(io.BytesIO(render(document, "pdf", page_size=page_size)))
    for page in reader.pages:
        box = page.mediabox
        assert round(float(box.width) * MM_PER_POINT) == width_mm
        assert round(float(box.height) * MM_PER_POINT) == height_mm


def test_many_entries_break_across_pages_without_losing_a_line(journal: Journal) -> None:
    today = journal.clock.today()
    for n in range(40):
        body = "\n\n".join(f"Entry {n} paragraph {p} ends here." for p in range(6))
        journal.add_entry(EntryDraft(day=today, title=f"Long {n}", body=body))
    data = render(build_export(journal, ExportOptions()), "pdf")
    text = " ".join(pdf_documents(data).split())
    for n in range(40):
        for p in range(6):
            assert f"Entry {n} paragraph {p} ends here." in text


def test_a_protected_pdf_opens_only_with_its_password(document: ExportDocument) -> None:
    data = render(document, "pdf", password="amber tide")
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("wrong password") == 0
    with pytest.raises(FileNotDecryptedError):
        PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert_shared_and_nothing_else(pdf_documents(data, password="amber tide"))
    assert b"After dinner" not in data and b"Summary" not in data
    assert PdfReader(io.BytesIO(data)).decrypt("amber tide") != 0
    encryption = reader.trailer["/Encrypt"]
    assert encryption["/V"] == 5 and encryption["/R"] == 6  # AES-256


def test_only_a_pdf_takes_a_password(document: ExportDocument) -> None:
    with pytest.raises(InvalidInput, match="Only a PDF"):
        render(document, "md", password="secret")
    with pytest.raises(InvalidInput, match="empty password"):
        render(document, "pdf", password="")
    with pytest.raises(InvalidInput, match="format"):
        render(document, "docx")


def test_written_atomically_and_privately(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    target = tmp_path / "out" / "export.md"
    target.parent.mkdir()
    export_to_file(journal, ExportOptions(), "md", target)
    assert "After dinner" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.md"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_a_failed_export_writes_nothing(journal: Journal, tmp_path: Path) -> None:
    fill(journal)
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with pytest.raises(ExportNotWritten, match="does not exist"):
        export_to_file(journal, ExportOptions(), "md", tmp_path / "missing" / "x.md")
    with pytest.raises(ExportNotWritten, match="folder"):
        write_export(tmp_path, b"x")
    with pytest.raises(InvalidInput):
        dates = ExportOptions(date_from=journal.clock.today(), date_to=d(3, 1))
        export_to_file(journal, dates, "md", tmp_path / "y.md")
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_export(tmp_path / "export.pdf", b"%PDF- private words")
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder this user may not write to, as the system reports it (a real read-only
    folder proves nothing when the tests run as root, who may write anywhere)."""
    real_open = os.open

    def refused(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: int) -> int:
        if Path(path).parent == tmp_path and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(ExportNotWritten, match=r"\(permission denied\)\. Nothing was saved"):
        write_export(tmp_path / "export.txt", b"words")
    assert list(tmp_path.iterdir()) == []


def test_a_word_too_long_for_the_line_is_broken_not_cut_off(journal: Journal) -> None:
    long_word = "reassurance" * 30
    journal.add_entry(EntryDraft(day=journal.clock.today(), title="Long", body=long_word))
    document = build_export(journal, ExportOptions())
    text = "".join(pdf_documents(render(document, "pdf")).split())
    assert long_word in text
    laid_out = entries_document(document)  # as the PDF lays it out, at a page's width
    laid_out.setTextWidth(400)
    assert laid_out.idealWidth() <= 400


def test_html_shows_markdown_formatted_and_fetches_nothing() -> None:
    from trustjournal.core.exchange.html import body_html

    shown = body_html(
        "We **talked**.\n\n- one\n- two\n\n![x](https://example.invalid/pixel.png) "
        "<https://example.invalid> [a](https://example.invalid)"
    )
    assert "<strong>talked</strong>" in shown
    assert "<li>one</li>" in shown
    assert "<img" not in shown and "href=" not in shown and "src=" not in shown
