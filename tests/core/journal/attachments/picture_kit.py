"""Pictures for the attachment tests: real JPEGs carrying a GPS position, a camera serial
number and a date taken, planted with piexif (not the library that strips them)."""

from __future__ import annotations

import io

import piexif
from gps_kit import gps_in as gps_in  # one reader for all the rooms' tests
from PIL import Image

# 51.5007 N, 0.1246 W: a home address a photo must not carry into a therapy export.
LATITUDE = ((51, 1), (30, 1), (252, 100))
LONGITUDE = ((0, 1), (7, 1), (2856, 100))
SERIAL = b"CANARY-SERIAL-4417"
TAKEN = b"2024:05:01 10:00:00"


def gps_jpeg(width: int = 120, height: int = 80, orientation: int = 1) -> bytes:
    """A JPEG with GPS, a body serial number, a date taken and the given orientation."""
    picture = Image.new("RGB", (width, height), (200, 30, 30))
    picture.paste((20, 20, 220), (0, 0, width // 2, height // 4))  # a marked corner
    record = {
        "0th": {piexif.ImageIFD.Orientation: orientation, piexif.ImageIFD.Make: b"Camera"},
        "Exif": {
            piexif.ExifIFD.DateTimeOriginal: TAKEN,
            piexif.ExifIFD.BodySerialNumber: SERIAL,
        },
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N",
            piexif.GPSIFD.GPSLatitude: LATITUDE,
            piexif.GPSIFD.GPSLongitudeRef: b"W",
            piexif.GPSIFD.GPSLongitude: LONGITUDE,
        },
    }
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=piexif.dump(record), quality=90)
    return out.getvalue()


def png(width: int = 40, height: int = 30, text: str = "") -> bytes:
    picture = Image.new("RGBA", (width, height), (10, 200, 10, 128))
    out = io.BytesIO()
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    if text:
        info.add_text("Comment", text)
    picture.save(out, "PNG", pnginfo=info)
    return out.getvalue()
