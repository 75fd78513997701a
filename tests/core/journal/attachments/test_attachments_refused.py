"""Files that cannot be attached are refused in one sentence naming the file, and nothing
is stored; every byte string either becomes an attachment or such a refusal."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from picture_kit import SERIAL, gps_jpeg
from PIL import Image

from trustjournal.core.journal.attachments import intake
from trustjournal.core.journal.attachments.intake import AttachmentRefused
from trustjournal.core.journal.attachments.keeping import prepared
from trustjournal.core.journal.attachments.names import kept_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft


def _entry(journal: Journal) -> int:
    return journal.add_entry(EntryDraft(day=dt.date(2026, 3, 1), body="day")).id


def _refused(journal: Journal, path: Path) -> str:
    entry_id = _entry(journal)
    with pytest.raises(AttachmentRefused) as refusal:
        journal.attachments.attach_file(entry_id, path)
    assert journal.attachments.of_entry(entry_id) == []
    sentence = str(refusal.value)
    assert path.name in sentence and "\n" not in sentence
    return sentence


def _png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims a huge size (a decompression bomb's first bytes)."""
    out = io.BytesIO()
    Image.new("L", (4, 4)).save(out, "PNG")
    data = bytearray(out.getvalue())
    header = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return bytes(data)


def test_a_folder_a_pipe_and_a_link_are_refused(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "holiday"
    folder.mkdir()
    assert "folder" in _refused(journal, folder)
    pipe = tmp_path / "pipe.jpg"
    os.mkfifo(pipe)
    assert "ordinary" in _refused(journal, pipe)  # and never waited on
    target = tmp_path / "real.jpg"
    target.write_bytes(gps_jpeg())
    link = tmp_path / "link.jpg"
    link.symlink_to(target)
    assert "link" in _refused(journal, link)
    assert "could not be found" in _refused(journal, tmp_path / "gone.jpg")


def test_an_unreadable_file_is_refused(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.jpg"
    path.write_bytes(gps_jpeg())
    real_open = os.open

    def denied(file: object, flags: int, *rest: object) -> int:
        if str(file) == str(path):
            raise PermissionError(errno.EACCES, "denied")  # root would read a 000 file
        return real_open(file, flags, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    assert "could not be read" in _refused(journal, path)


def test_a_file_over_the_limit_is_refused_naming_the_limit(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "MAX_FILE_BYTES", 1024 * 1024)
    path = tmp_path / "film.mp4"
    with path.open("wb") as handle:
        handle.truncate(1024 * 1024 + 1)  # sparse: no megabyte written
    assert "larger than 1 MB" in _refused(journal, path)


def test_a_picture_50000_pixels_wide_is_refused_before_it_is_decoded(
    journal: Journal, tmp_path: Path
) -> None:
    wide = tmp_path / "panorama.png"
    wide.write_bytes(_png_claiming(50_000, 10))
    assert "50000" in _refused(journal, wide) or "50,000" in _refused(journal, wide)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_claiming(20_000, 20_000))  # 400 megapixels in 100 bytes
    assert "20000 \u00d7 20000 pixels" in _refused(journal, bomb)


def test_a_cut_short_picture_and_a_heic_are_refused(journal: Journal, tmp_path: Path) -> None:
    whole = gps_jpeg(400, 300)
    short = tmp_path / "short.jpg"
    short.write_bytes(whole[: len(whole) // 2])
    assert "damaged" in _refused(journal, short)
    heic = tmp_path / "phone.heic"
    heic.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64)
    assert "HEIC" in _refused(journal, heic)


@pytest.mark.parametrize(
    ("given_name", "kept"),
    [
        ("../../etc/passwd", "_.._etc_passwd"),
        ("a/b\\c.jpg", "a_b_c.jpg"),
        (".hidden.png", "hidden.png"),
        ("CON.txt", "_CON.txt"),
        ("line\nbreak.txt", "line_break.txt"),
        ("...", "attachment"),
    ],
)
def test_odd_names_are_kept_as_one_harmless_name(given_name: str, kept: str) -> None:
    assert kept_name(given_name) == kept


@given(st.text(max_size=300))
def test_any_name_becomes_one_name_without_folders(name: str) -> None:
    kept = kept_name(name)
    assert kept and len(kept) <= 120
    assert "/" not in kept and "\\" not in kept and "\0" not in kept
    assert not kept.startswith(".")


_LONG_NAMES = st.builds(
    lambda head, tail: head + tail,
    st.text(min_size=110, max_size=130),
    st.text(alphabet=" .\t_aCON", max_size=20),
)


@given(st.one_of(st.text(max_size=300), _LONG_NAMES))
def test_a_kept_name_is_kept_as_it_is(name: str) -> None:
    """Saved out, imported and kept again, a name does not change a second time: a
    long name without an ending once lost its trailing space only on the second pass."""
    assert kept_name(kept_name(name)) == kept_name(name)


@pytest.mark.parametrize(
    "name", ["a" * 118 + " b" + "c" * 30, "CON.txt.", "x." + "y" * 15 + " z", "d" * 119 + "."]
)
def test_names_once_changed_twice_are_kept_as_they_are(name: str) -> None:
    assert kept_name(kept_name(name)) == kept_name(name)


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.builds(
            lambda cut, noise: gps_jpeg(24, 16)[:cut] + noise,
            st.integers(0, 2000),
            st.binary(max_size=40),
        ),
    )
)
def test_any_bytes_become_an_attachment_or_one_refusal(data: bytes) -> None:
    try:
        kept = prepared(data, "file.jpg")
    except AttachmentRefused as refusal:
        assert "file.jpg" in str(refusal)
    else:
        assert kept.data == data or kept.width is not None or kept.media_type == "application/pdf"


def test_a_picture_cut_before_its_pixels_is_refused_not_kept_with_its_location(
    journal: Journal, tmp_path: Path
) -> None:
    whole = gps_jpeg()
    # Cut just after the EXIF segment (APP1: its marker, then its length): the record is
    # whole, the frame header is gone, so Pillow cannot even tell it is a JPEG.
    exif_start = whole.index(b"\xff\xe1")
    exif_end = exif_start + 2 + int.from_bytes(whole[exif_start + 2 : exif_start + 4], "big")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[:exif_end])
    assert SERIAL in cut.read_bytes()
    assert "damaged" in _refused(journal, cut)


def test_bytes_that_are_no_picture_are_not_called_one(journal: Journal) -> None:
    entry_id = _entry(journal)
    kept = journal.attachments.attach_bytes(entry_id, b"just some words", "fake.jpg")
    assert kept.media_type == "application/octet-stream"


def test_words_that_begin_like_a_bitmap_are_kept_as_a_file(journal: Journal) -> None:
    kept = journal.attachments.attach_bytes(_entry(journal), b"BMW service on Monday", "car.txt")
    assert kept.media_type == "text/plain"
