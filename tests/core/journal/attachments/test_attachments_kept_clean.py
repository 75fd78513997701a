"""Attached pictures and files are kept whole, cleaned of their record, and found by caption."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import piexif
import pytest
from picture_kit import SERIAL, gps_in, gps_jpeg, png
from PIL import Image, JpegImagePlugin
from pypdf import PdfReader, PdfWriter

from trustjournal.core.journal.attachments.keeping import prepared
from trustjournal.core.journal.attachments.pictures import make_thumbnail
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft, EntryFilter


def _entry(journal: Journal, body: str = "a good day") -> int:
    return journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body=body)).id


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_gps_and_serial_planted_with_piexif_are_gone_from_the_kept_picture_and_thumbnail(
    journal: Journal, tmp_path: Path
) -> None:
    original = gps_jpeg()
    assert gps_in(original)  # the position is really there to begin with
    attachment = journal.attachments.attach_file(
        _entry(journal), _file(tmp_path, "home.jpg", original)
    )
    kept = journal.attachments.content(attachment.id)
    thumbnail = journal.attachments.thumbnail(attachment.id)
    assert thumbnail is not None
    for data in (kept, thumbnail):
        assert gps_in(data) == {}
        assert SERIAL not in data
        assert b"Exif" not in data and b"http://ns.adobe.com/xap" not in data
    assert attachment.taken == dt.date(2024, 5, 1)  # the day it was taken, as a suggestion
    assert attachment.media_type == "image/jpeg"
    assert attachment.size == len(kept)


def test_the_orientation_is_turned_into_the_pixels(journal: Journal, tmp_path: Path) -> None:
    # Orientation 6: the camera was held on its side; the picture is 120 x 80 as stored.
    attachment = journal.attachments.attach_file(
        _entry(journal), _file(tmp_path, "side.jpg", gps_jpeg(120, 80, orientation=6))
    )
    assert (attachment.width, attachment.height) == (80, 120)
    with Image.open(io.BytesIO(journal.attachments.content(attachment.id))) as kept:
        assert kept.size == (80, 120)
        assert kept.getexif().get(piexif.ImageIFD.Orientation) is None


def test_a_png_loses_its_text_and_a_gif_becomes_a_still_png(
    journal: Journal, tmp_path: Path
) -> None:
    entry_id = _entry(journal)
    with_text = journal.attachments.attach_file(
        entry_id, _file(tmp_path, "drawing.png", png(text="Drawn at 12 Elm Street"))
    )
    assert b"Elm Street" not in journal.attachments.content(with_text.id)
    frames = [Image.new("P", (16, 16), colour) for colour in (1, 2)]
    moving = io.BytesIO()
    frames[0].save(moving, "GIF", save_all=True, append_images=frames[1:], comment=b"secret")
    gif = journal.attachments.attach_file(entry_id, _file(tmp_path, "wave.gif", moving.getvalue()))
    assert (gif.name, gif.media_type) == ("wave.png", "image/png")
    assert b"secret" not in journal.attachments.content(gif.id)


def test_a_thumbnail_is_small_and_made_once(journal: Journal, tmp_path: Path) -> None:
    attachment = journal.attachments.attach_file(
        _entry(journal), _file(tmp_path, "big.jpg", gps_jpeg(1600, 1200))
    )
    thumbnail = journal.attachments.thumbnail(attachment.id)
    assert thumbnail is not None
    with Image.open(io.BytesIO(thumbnail)) as small:
        assert max(small.size) <= 320
    assert journal.attachments.thumbnail(attachment.id) == thumbnail


def test_a_pdf_loses_its_author_fields(journal: Journal, tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_metadata({"/Author": "Alex Canary", "/Creator": "Home scanner"})
    out = io.BytesIO()
    writer.write(out)
    attachment = journal.attachments.attach_file(
        _entry(journal), _file(tmp_path, "letter.pdf", out.getvalue())
    )
    kept = journal.attachments.content(attachment.id)
    assert attachment.media_type == "application/pdf"
    assert b"Alex Canary" not in kept
    assert len(PdfReader(io.BytesIO(kept)).pages) == 1


def test_other_files_are_kept_byte_for_byte(journal: Journal, tmp_path: Path) -> None:
    data = bytes(range(256)) * 4000
    attachment = journal.attachments.attach_file(
        _entry(journal), _file(tmp_path, "voice.ogg", data)
    )
    assert journal.attachments.content(attachment.id) == data  # more than one chunk
    assert attachment.media_type == "audio/ogg"
    assert not attachment.has_thumbnail


def test_a_caption_is_searched_like_the_text_and_survives_an_edit(journal: Journal) -> None:
    entry_id = _entry(journal)
    attachment = journal.attachments.attach_bytes(entry_id, png(), "beach.png")
    journal.attachments.set_caption(attachment.id, "lighthouse picnic")
    assert journal.entry_ids(EntryFilter(search="lighthouse")) == [entry_id]
    assert journal.entry_ids(EntryFilter(search="lighth")) == [entry_id]  # as typed
    journal.update_entry(entry_id, EntryDraft(day=dt.date(2026, 3, 2), body="other words"))
    assert journal.entry_ids(EntryFilter(search="lighthouse")) == [entry_id]
    journal.attachments.set_caption(attachment.id, "")
    assert journal.entry_ids(EntryFilter(search="lighthouse")) == []


def test_shared_bytes_are_kept_while_used_and_gone_with_the_last_user(journal: Journal) -> None:
    first, second = _entry(journal), _entry(journal, "another day")
    data = b"the same file twice" * 100
    one = journal.attachments.attach_bytes(first, data, "notes.txt")
    two = journal.attachments.attach_bytes(second, data, "notes.txt")
    database = journal.vault.database
    assert database.query("SELECT count(*) FROM attachment_blobs") == [(1,)]
    journal.attachments.remove(one.id)
    assert journal.attachments.content(two.id) == data
    assert journal.attachments.of_entry(first) == []
    journal.delete_entry(second)  # its attachments go with it
    assert database.query("SELECT count(*) FROM attachment_blobs") == [(0,)]
    assert database.query("SELECT count(*) FROM attachment_chunks") == [(0,)]


def test_deleting_an_entry_forgets_its_captions_words(journal: Journal) -> None:
    entry_id = _entry(journal)
    attachment = journal.attachments.attach_bytes(entry_id, png(), "beach.png")
    journal.attachments.set_caption(attachment.id, "zanzibarish")
    journal.delete_entry(entry_id)
    database = journal.vault.database
    assert database.query("SELECT term FROM search_terms WHERE term LIKE 'zanz%'") == []


def test_turning_a_picture_writes_it_anew_and_frees_the_old_bytes(journal: Journal) -> None:
    attachment = journal.attachments.attach_bytes(_entry(journal), gps_jpeg(120, 80), "a.jpg")
    turned = journal.attachments.turn(attachment.id)
    assert (turned.width, turned.height) == (80, 120)
    assert turned.taken == attachment.taken and turned.has_thumbnail
    with Image.open(io.BytesIO(journal.attachments.content(attachment.id))) as kept:
        assert kept.size == (80, 120)
    assert journal.vault.database.query("SELECT count(*) FROM attachment_blobs") == [(2,)]


def test_list_and_read_many_entries_attachments_at_once(journal: Journal) -> None:
    first, second, bare = _entry(journal), _entry(journal), _entry(journal)
    journal.attachments.attach_bytes(first, b"one", "one.txt")
    journal.attachments.attach_bytes(second, b"two", "two.txt")
    journal.attachments.attach_bytes(second, b"three", "three.txt")
    found = journal.attachments.of_entries([first, second, bare])
    assert {k: [a.name for a in v] for k, v in found.items()} == {
        first: ["one.txt"],
        second: ["two.txt", "three.txt"],
    }


def test_a_locked_pdf_is_kept_as_it_came_and_says_its_author_stayed() -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_metadata({"/Author": "Alex Canary"})
    writer.encrypt("open sesame")
    out = io.BytesIO()
    writer.write(out)
    kept = prepared(out.getvalue(), "locked.pdf")
    assert (kept.media_type, kept.cleaned, kept.data) == ("application/pdf", False, out.getvalue())


def test_the_thumbnail_comes_from_a_reduced_decode_not_the_full_size(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[tuple[int, int]] = []
    real_draft = JpegImagePlugin.JpegImageFile.draft

    def watched(picture: JpegImagePlugin.JpegImageFile, *asked: object) -> object:
        result = real_draft(picture, *asked)  # type: ignore[arg-type]
        decoded.append(picture.size)  # what will be decoded, after DCT scaling
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", watched)
    make_thumbnail(gps_jpeg(2560, 1920), "big.jpg")
    assert decoded and max(decoded[-1]) <= 2560 // 4  # an eighth to a half: here a quarter
