"""The PDF export puts pictures on the page, re-encoded at print resolution, read back
with pypdf: there, small, and carrying nothing of the photo's record; a photograph as
JPEG for print, a drawing with few colours exactly (pdf_pictures.py)."""

from __future__ import annotations

import io
import random
import zlib

import pytest
from export_kit import pdf_lines
from export_pictures_kit import entry_with_attachments, gps_in, gps_jpeg
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.exchange.pdf_pictures import encoded_for_print
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.attachments import Intake
from trustjournal.core.records.entries import EntryDraft

pytestmark = pytest.mark.usefixtures("painting_application")
A4_TEXT_WIDTH_AT_150_DPI = 174 / 25.4 * 150  # 1028 pixels
_ENTRIES_ONLY = ExportOptions(summary=False)  # the pictures on the first page


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


def _photograph(width: int, height: int) -> Image.Image:
    """A smooth field of colour with grain: JPEG shrinks it about as it shrinks a photo."""
    field = Image.linear_gradient("L").resize((width, height))
    noise = random.Random(width).randbytes(width * height)  # the same grain every run
    grain = Image.frombytes("L", (width, height), noise).filter(ImageFilter.GaussianBlur(1))
    return Image.merge("RGB", (field, grain, field.transpose(Image.Transpose.FLIP_LEFT_RIGHT)))


def _attached(journal: Journal, picture: Image.Image, name: str, kind: str) -> None:
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Kept", body="x"))
    out = io.BytesIO()
    picture.save(out, kind, **({"quality": 92} if kind == "JPEG" else {}))
    journal.attachments.attach_bytes(entry.id, out.getvalue(), name)


def _qt_jpeg_size(picture: Image.Image) -> int:
    """The bytes Qt's PDF writer spent on these pixels: JPEG at its fixed quality, 94."""
    out = io.BytesIO()
    picture.save(out, "PNG")
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImage.fromData(out.getvalue()).save(buffer, "JPEG", 94)
    return int(array.size())


def test_a_photograph_is_printed_for_print_at_half_the_bytes_and_reads_the_same(
    journal: Journal,
) -> None:
    _attached(journal, _photograph(1600, 1200), "walk.jpg", "JPEG")
    (image,) = PdfReader(io.BytesIO(pdf_of(journal, _ENTRIES_ONLY))).pages[0].images
    stream = image.indirect_reference.get_object().get_data()  # type: ignore[union-attr]
    assert stream.startswith(b"\xff\xd8") and b"Exif" not in stream
    printed = Image.open(io.BytesIO(stream))
    assert printed.width == pytest.approx(A4_TEXT_WIDTH_AT_150_DPI, abs=2)  # at 150 dpi
    source = _photograph(1600, 1200).resize(printed.size, Image.Resampling.LANCZOS)
    assert len(stream) < 0.6 * _qt_jpeg_size(source)  # Qt wrote JPEG at quality 94
    seen = ImageFilter.GaussianBlur(2)  # as the eye sees a page: not each grain of noise
    difference = ImageChops.difference(printed.convert("RGB").filter(seen), source.filter(seen))
    assert max(ImageStat.Stat(difference).mean) < 3  # of 255: the same picture to the eye


def test_a_drawing_with_few_colours_is_printed_exactly_on_white(journal: Journal) -> None:
    drawing = Image.new("RGBA", (300, 200), (0, 0, 0, 0))  # transparent around the shapes
    pen = ImageDraw.Draw(drawing)
    pen.ellipse((10, 10, 190, 190), fill=(230, 120, 40, 255))
    pen.rectangle((200, 40, 290, 160), fill=(40, 90, 200, 255))
    _attached(journal, drawing, "drawing.png", "PNG")
    (image,) = PdfReader(io.BytesIO(pdf_of(journal, _ENTRIES_ONLY))).pages[0].images
    stored = image.indirect_reference.get_object()  # type: ignore[union-attr]
    assert stored["/Filter"] == "/FlateDecode" and stored["/ColorSpace"][0] == "/Indexed"
    on_white = Image.alpha_composite(Image.new("RGBA", drawing.size, "white"), drawing)
    assert image.image.convert("RGB").tobytes() == on_white.convert("RGB").tobytes()


def test_a_picture_of_16_bits_a_pixel_is_printed_unclipped(journal: Journal) -> None:
    deep = Image.linear_gradient("L").resize((256, 64)).convert("I").point(lambda v: v * 257)
    deep = deep.convert("I;16")  # 0 to 65,535: 16 bits a pixel truly
    _attached(journal, deep, "scan.png", "PNG")
    (image,) = PdfReader(io.BytesIO(pdf_of(journal, _ENTRIES_ONLY))).pages[0].images
    printed = image.image.convert("L")
    assert printed.size == (256, 64)  # its own pixels, not left as a stand-in
    assert printed.getpixel((128, 0)) < 16 and printed.getpixel((128, 63)) > 240  # not clipped


def test_a_picture_one_pixel_high_is_not_taken_for_a_stand_in(journal: Journal) -> None:
    for number in range(3):
        _attached(journal, _photograph(40 + number, 30), f"{number}.jpg", "JPEG")
    _attached(journal, Image.new("I;16", (2, 1), 40000), "line.png", "PNG")  # stand-in 1's size
    sizes = sorted((width, height) for width, height, _stream in images_in(pdf_of(journal)))
    assert sizes == [(2, 1), (40, 30), (41, 30), (42, 30)]


def test_a_picture_only_qt_reads_is_printed_from_what_qt_read(journal: Journal) -> None:
    """A drawing Pillow cannot read (SVG, kept by hand here: the intake keeps none) is
    still printed, from Qt's pixels, encoded for print the same way."""
    drawing = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">'
        b'<rect width="200" height="100" fill="#e07828"/></svg>'
    )
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Drawn", body="x"))
    intake = Intake("drawing.svg", "image/svg+xml", drawing, width=200, height=100)
    journal.attachments.keep(entry.id, intake)
    (image,) = PdfReader(io.BytesIO(pdf_of(journal, _ENTRIES_ONLY))).pages[0].images
    assert image.image.size == (200, 100)
    assert image.image.convert("RGB").getpixel((100, 50)) == (0xE0, 0x78, 0x28)


def test_a_locked_pdf_carries_its_pictures_printed(journal: Journal) -> None:
    _attached(journal, _photograph(400, 300), "walk.jpg", "JPEG")
    data = render(build_export(journal, _ENTRIES_ONLY), "pdf", password="a long walk by the sea")
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt("a long walk by the sea")
    (image,) = reader.pages[0].images
    assert image.image.size == (400, 300) and image.data.startswith(b"\xff\xd8")


@pytest.mark.parametrize("count", [2, 256])
def test_a_picture_of_256_colours_or_fewer_is_kept_exactly(count: int) -> None:
    colours = [(n, 255 - n, (n * 7) % 256) for n in range(count)]
    picture = Image.new("RGB", (64, 64))
    picture.putdata([colours[n % count] for n in range(64 * 64)])
    out = io.BytesIO()
    picture.save(out, "PNG")
    kept = encoded_for_print(out.getvalue(), (64, 64))
    assert kept is not None and not kept.jpeg
    back = Image.frombytes("P", (64, 64), zlib.decompress(kept.data))
    back.putpalette(kept.palette)
    assert back.convert("RGB").tobytes() == picture.tobytes()


def test_a_grey_photograph_stays_grey_and_a_bad_one_is_left_to_qt() -> None:
    out = io.BytesIO()
    _photograph(300, 200).convert("L").save(out, "JPEG", quality=92)
    kept = encoded_for_print(out.getvalue(), (150, 100))
    assert kept is not None and kept.jpeg and kept.grey
    assert Image.open(io.BytesIO(kept.data)).size == (150, 100)
    assert encoded_for_print(b"not a picture", (150, 100)) is None
