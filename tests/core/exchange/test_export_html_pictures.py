"""The HTML export shows pictures inline, made for a screen (at most 1600 pixels on the
long side, written anew), and lists files, read back with html5lib."""

from __future__ import annotations

import base64
import io
import xml.etree.ElementTree as ET

import html5lib
import pytest
from export_pictures_kit import entry_with_attachments, gps_in, gps_jpeg
from PIL import Image, ImageDraw

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.html import STYLE
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.attachments import Intake
from trustjournal.core.records.entries import EntryDraft

NS = "{http://www.w3.org/1999/xhtml}"
DATA_JPEG = "data:image/jpeg;base64,"
DATA_PNG = "data:image/png;base64,"


def html_of(journal: Journal, options: ExportOptions | None = None) -> ET.Element:
    data = render(build_export(journal, options or ExportOptions()), "html")
    return html5lib.parse(data.decode("utf-8"))  # type: ignore[no-any-return]


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_a_picture_is_inline_with_its_caption_under_it(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach day", caption="The sea, at last")
    page = html_of(journal)
    (figure,) = page.iter(f"{NS}figure")
    frame, caption = list(figure)
    (picture,) = list(frame)
    assert picture.tag == f"{NS}img" and caption.tag == f"{NS}figcaption"
    assert picture.get("alt") == "The sea, at last" == text_of(caption)
    source = picture.get("src", "")
    assert source.startswith(DATA_JPEG)
    data = base64.b64decode(source.removeprefix(DATA_JPEG))
    assert data.startswith(b"\xff\xd8") and gps_in(data) == {}
    assert (picture.get("width"), picture.get("height")) == ("120", "80")
    assert "max-width: 100%" in STYLE


def test_a_picture_without_caption_is_named_by_its_file_name(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach day", picture_name="sunset.jpg")
    (picture,) = html_of(journal).iter(f"{NS}img")
    assert picture.get("alt") == "sunset.jpg"
    assert not list(html_of(journal).iter(f"{NS}figcaption"))


def test_a_file_is_listed_by_name_and_size(journal: Journal) -> None:
    entry_with_attachments(journal, "A letter", file_name="letter.pdf")
    files = [p for p in html_of(journal).iter(f"{NS}p") if p.get("class") == "file"]
    assert [text_of(p) for p in files] == ["File: letter.pdf, 120 KB"]


def test_private_entries_pictures_stay_out_unless_chosen(journal: Journal) -> None:
    entry_with_attachments(journal, "Mine alone", private=True, file_name="letter.pdf")
    page = html_of(journal)
    assert not list(page.iter(f"{NS}img")) and "letter.pdf" not in text_of(page)
    chosen = html_of(journal, ExportOptions(filters=Filters(include_private=True)))
    assert len(list(chosen.iter(f"{NS}img"))) == 1 and "letter.pdf" in text_of(chosen)


def test_pictures_left_out_leaves_no_picture_nor_file(journal: Journal) -> None:
    entry_with_attachments(journal, "Beach day", file_name="letter.pdf")
    page = html_of(journal, ExportOptions(pictures=False))
    assert not list(page.iter(f"{NS}img")) and "letter.pdf" not in text_of(page)


def kept_as_it_came(journal: Journal, data: bytes, name: str, size: tuple[int, int]) -> None:
    """A picture stored as given, past the intake's cleaning: what the export itself does
    with it shows (the vault's own pictures were cleaned on the way in)."""
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title=name, body="x"))
    kind = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
    journal.attachments.keep(entry.id, Intake(name, kind, data, width=size[0], height=size[1]))


def shown(journal: Journal) -> tuple[ET.Element, bytes]:
    """The page's one picture, and its bytes from the data: address."""
    (picture,) = html_of(journal).iter(f"{NS}img")
    source = picture.get("src", "")
    kind, _comma, encoded = source.partition(";base64,")
    assert kind in ("data:image/jpeg", "data:image/png")
    return picture, base64.b64decode(encoded)


def test_a_large_photograph_is_made_for_a_screen_far_smaller_and_without_location(
    journal: Journal,
) -> None:
    photograph = gps_jpeg(4000, 3000, grain=True)
    assert gps_in(photograph) != {}  # planted, and kept so (not cleaned) for this test
    kept_as_it_came(journal, photograph, "walk.jpg", (4000, 3000))
    picture, data = shown(journal)
    assert (picture.get("width"), picture.get("height")) == ("1600", "1200")
    with Image.open(io.BytesIO(data)) as on_page:
        assert (on_page.format, on_page.size) == ("JPEG", (1600, 1200))
    assert len(data) < len(photograph) / 4
    assert gps_in(data) == {} and b"Exif" not in data and b"Camera" not in data


def test_a_tall_picture_keeps_its_shape(
    journal: Journal,
) -> None:
    kept_as_it_came(journal, gps_jpeg(900, 3600, grain=True), "tall.jpg", (900, 3600))
    picture, data = shown(journal)
    assert (picture.get("width"), picture.get("height")) == ("400", "1600")
    assert Image.open(io.BytesIO(data)).size == (400, 1600)


def test_a_small_drawing_comes_out_exactly_as_kept(journal: Journal) -> None:
    drawing = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    pen = ImageDraw.Draw(drawing)
    pen.ellipse((10, 10, 190, 190), fill=(230, 120, 40, 255))
    pen.rectangle((200, 40, 290, 160), fill=(40, 90, 200, 255))
    out = io.BytesIO()
    drawing.save(out, "PNG")
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Drawn", body="x"))
    kept = journal.attachments.attach_bytes(entry.id, out.getvalue(), "drawing.png")
    picture, data = shown(journal)
    assert picture.get("src", "").startswith(DATA_PNG)
    assert data == journal.attachments.content(kept.id)  # the vault's bytes, as they are
    assert (picture.get("width"), picture.get("height")) == ("300", "200")
    assert Image.open(io.BytesIO(data)).tobytes() == drawing.tobytes()


def test_a_large_drawing_of_few_colours_is_made_smaller_as_a_png(journal: Journal) -> None:
    drawing = Image.new("RGB", (3200, 1600), "white")  # a screenshot of a message, say
    ImageDraw.Draw(drawing).rectangle((0, 0, 1599, 1599), fill=(40, 90, 200))
    out = io.BytesIO()
    drawing.save(out, "PNG")
    kept_as_it_came(journal, out.getvalue(), "message.png", drawing.size)
    picture, data = shown(journal)
    assert picture.get("src", "").startswith(DATA_PNG)
    with Image.open(io.BytesIO(data)) as on_page:
        assert on_page.size == (1600, 800)
        assert on_page.convert("RGB").getpixel((400, 400)) == (40, 90, 200)


@pytest.mark.parametrize(
    "damage, size",
    [("not a picture", (400, 300)), ("cut short", (400, 300)), ("cut short", (2400, 1800))],
)
def test_a_picture_that_cannot_be_read_is_a_file_line_not_a_broken_picture(
    journal: Journal, damage: str, size: tuple[int, int]
) -> None:
    """Small, it would have been kept as it is; large, made smaller: neither is put in."""
    whole = gps_jpeg(*size, grain=True)
    data = b"not a picture at all" if damage == "not a picture" else whole[: len(whole) // 2]
    kept_as_it_came(journal, data, "broken.jpg", size)
    page = html_of(journal)
    assert not list(page.iter(f"{NS}img"))
    files = [text_of(p) for p in page.iter(f"{NS}p") if p.get("class") == "file"]
    assert len(files) == 1 and files[0].startswith("File: broken.jpg, ")


def test_a_webp_picture_is_written_anew_as_a_jpeg_every_reader_shows(journal: Journal) -> None:
    out = io.BytesIO()
    Image.open(io.BytesIO(gps_jpeg(300, 200, grain=True))).save(out, "WEBP", quality=90)
    entry = journal.add_entry(EntryDraft(day=journal.clock.today(), title="Sea", body="x"))
    journal.attachments.attach_bytes(entry.id, out.getvalue(), "sea.webp")
    picture, data = shown(journal)
    assert picture.get("src", "").startswith(DATA_JPEG)
    assert Image.open(io.BytesIO(data)).size == (300, 200)
