"""The PDF export puts pictures on the page, re-encoded at print resolution, read back
with pypdf: there, small, and carrying nothing of the photo's record."""

from __future__ import annotations

import io

import pytest
from export_kit import pdf_lines
from export_pictures_kit import entry_with_attachments, gps_in, gps_jpeg
from pypdf import PdfReader

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

pytestmark = pytest.mark.usefixtures("painting_application")
A4_TEXT_WIDTH_AT_150_DPI = 174 / 25.4 * 150  # 1028 pixels


def pdf_of(journal: Journal, options: ExportOptions | None = None) -> bytes:
    return render(build_export(journal, options or ExportOptions()), "pdf")


def images_in(data: bytes) -> list[tuple[int, int, bytes]]:
    """Each picture in the PDF: its pixel size and its stream as stored (a JPEG's bytes).
    Qt gives every page the same resources, so each picture is counted once."""
    found: dict[int, tuple[int, int, bytes]] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        for xobject in page["/Resources"].get("/XObject", {}).values():
            image = xobject.get_object()
            if image["/Subtype"] == "/Image":
                stored = (int(image["/Width"]), int(image["/Height"]), image.get_data())
                found[xobject.idnum] = stored
    return list(found.values())


def test_a_picture_is_on_the_page_with_its_caption_and_no_location(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach", caption="The sea, at last", file_name="letter.pdf")
    data = pdf_of(journal)
    ((width, height, stream),) = images_in(data)
    assert (width, height) == (120, 80)  # small: its own pixels, never enlarged
    assert gps_in(stream) == {} and b"Exif" not in stream
    lines = pdf_lines(data)
    assert "The sea, at last" in lines and "File: letter.pdf, 120 KB" in lines


def test_a_large_picture_is_made_smaller_for_print(journal: Journal) -> None:
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Big", body="x"))
    journal.attachments.attach_bytes(entry.id, gps_jpeg(3000, 2000), "big.jpg")
    ((width, height, stream),) = images_in(pdf_of(journal))
    assert width == pytest.approx(A4_TEXT_WIDTH_AT_150_DPI, abs=2)
    assert height == pytest.approx(width * 2 / 3, abs=2)
    assert gps_in(stream) == {}


def test_a_tall_picture_fits_on_one_page(journal: Journal) -> None:
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Tall", body="x"))
    journal.attachments.attach_bytes(entry.id, gps_jpeg(400, 4000), "tall.jpg")
    data = pdf_of(journal, ExportOptions(summary=False))
    ((_width, height, _stream),) = images_in(data)
    assert height < 232 / 25.4 * 150  # the picture's height fits the page's text area
    assert len(PdfReader(io.BytesIO(data)).pages) == 1  # with the entry's heading and words


def test_private_entries_pictures_stay_out_unless_chosen(journal: Journal) -> None:
    entry_with_attachments(journal, "Mine", private=True, file_name="letter.pdf")
    data = pdf_of(journal)
    assert images_in(data) == [] and "File: letter.pdf, 120 KB" not in pdf_lines(data)
    assert (
        len(images_in(pdf_of(journal, ExportOptions(filters=Filters(include_private=True))))) == 1
    )


def test_pictures_left_out_leaves_no_picture_nor_file(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach", file_name="letter.pdf")
    data = pdf_of(journal, ExportOptions(pictures=False))
    assert images_in(data) == [] and "File: letter.pdf, 120 KB" not in pdf_lines(data)
