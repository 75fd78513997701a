"""The HTML export shows pictures inline and lists files, read back with html5lib."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET

import html5lib
from export_pictures_kit import entry_with_attachments, gps_in

from trustjournal.core.exchange.build import build_export
from trustjournal.core.exchange.export import render
from trustjournal.core.exchange.html import STYLE
from trustjournal.core.exchange.model import ExportOptions, Filters
from trustjournal.core.journal.journal import Journal

NS = "{http://www.w3.org/1999/xhtml}"
DATA_JPEG = "data:image/jpeg;base64,"


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
