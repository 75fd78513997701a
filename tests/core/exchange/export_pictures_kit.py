"""Helpers for the export tests with pictures and files: a JPEG planted with a GPS
position by piexif (not the library that strips it), an entry with attachments."""

from __future__ import annotations

import io

import piexif
from gps_kit import gps_in as gps_in  # one reader for all the rooms' tests
from PIL import Image, ImageFilter

from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft

LETTER = b"A letter I kept\n" * 7500  # 120,000 bytes: "120 KB"


def gps_jpeg(width: int = 120, height: int = 80, grain: bool = False) -> bytes:
    """A JPEG carrying a GPS position (51.5 N, 0.12 W: a home address): two fields of
    colour, or with `grain` a photograph's worth of detail (JPEG shrinks it about as it
    shrinks a phone's photo)."""
    picture = Image.new("RGB", (width, height), (200, 30, 30))
    picture.paste((20, 20, 220), (0, 0, width // 2, height // 4))
    if grain:
        noise = Image.effect_noise((width, height), 24).filter(ImageFilter.GaussianBlur(1))
        picture = Image.merge("RGB", (picture.getchannel("R"), noise, picture.getchannel("B")))
    record = {
        "0th": {piexif.ImageIFD.Make: b"Camera"},
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: ((51, 1), (30, 1), (252, 100)),
            piexif.GPSIFD.GPSLongitudeRef: b"W",
            piexif.GPSIFD.GPSLongitude: ((0, 1), (7, 1), (2856, 100)),
        },
    }
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=piexif.dump(record), quality=90)
    return out.getvalue()


def entry_with_attachments(
    journal: Journal,
    title: str,
    *,
    private: bool = False,
    picture_name: str = "beach.jpg",
    caption: str = "",
    file_name: str = "",
) -> int:
    """An entry today with a GPS-planted picture (and a file when named); its id."""
    entry = journal.add_entry(
        EntryDraft(day=journal.clock.today(), title=title, body="Words.", private=private)
    )
    picture = journal.attachments.attach_bytes(entry.id, gps_jpeg(), picture_name)
    if caption:
        journal.attachments.set_caption(picture.id, caption)
    if file_name:
        journal.attachments.attach_bytes(entry.id, LETTER, file_name)
    return entry.id
