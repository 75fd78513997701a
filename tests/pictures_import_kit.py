"""Sources with pictures for the import tests: a Day One export in the shape Day One
writes (Journal.json at the top, `photos/<md5>.jpeg`, `pdfs/<md5>.pdf`,
`audios/<md5>.m4a`, the text linking each as `![](dayone-moment://ID)`), built in the
test from made-up words and generated pictures; never a real person's journal."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import piexif
from gps_kit import gps_in as gps_in  # one reader for all the rooms' tests
from PIL import Image

# 51.5007 N, 0.1246 W: a home address a photo must not carry into the journal.
GPS = {
    piexif.GPSIFD.GPSLatitudeRef: b"N",
    piexif.GPSIFD.GPSLatitude: ((51, 1), (30, 1), (252, 100)),
    piexif.GPSIFD.GPSLongitudeRef: b"W",
    piexif.GPSIFD.GPSLongitude: ((0, 1), (7, 1), (2856, 100)),
}
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
AUDIO = b"\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00" + bytes(64)


def gps_jpeg(shade: int = 30) -> bytes:
    """A small real JPEG carrying a GPS position (planted with piexif)."""
    picture = Image.new("RGB", (64, 48), (200, shade, 30))
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=piexif.dump({"GPS": GPS}), quality=90)
    return out.getvalue()


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def dayone_entry(
    text: str, uuid: str, **media: list[bytes]
) -> tuple[dict[str, object], dict[str, bytes]]:
    """One entry's JSON and the files it names (by their place in the export): `photos`,
    `pdfAttachments` and `audios` as lists of bytes; a photo's identifier is linked in the text."""
    item: dict[str, object] = {
        "creationDate": "2024-03-09T10:00:00Z",
        "timeZone": "Europe/London",
        "uuid": uuid,
        "text": text,
    }
    files: dict[str, bytes] = {}
    kinds = {
        "photos": ("photos", "jpeg"),
        "pdfAttachments": ("pdfs", "pdf"),
        "audios": ("audios", "m4a"),
    }
    for field, found in media.items():
        folder, ending = kinds[field]
        described = []
        for number, data in enumerate(found):
            identifier = f"{uuid}{field.upper()}{number}"
            described.append({"identifier": identifier, "md5": md5(data), "type": ending})
            files[f"{folder}/{md5(data)}.{ending}"] = data
            if field == "photos":
                item["text"] = f"{item['text']}\n\n![](dayone-moment://{identifier})"
        item[field] = described
    return item, files


def dayone_zip(path: Path, entries: list[tuple[dict[str, object], dict[str, bytes]]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        document = {"metadata": {"version": "1.0"}, "entries": [item for item, _ in entries]}
        archive.writestr("Journal.json", json.dumps(document))
        for _item, files in entries:
            for place, data in files.items():
                archive.writestr(place, data)
    return path


def dayone_folder(folder: Path, entries: list[tuple[dict[str, object], dict[str, bytes]]]) -> Path:
    folder.mkdir()
    document = {"metadata": {"version": "1.0"}, "entries": [item for item, _ in entries]}
    (folder / "Journal.json").write_text(json.dumps(document), encoding="utf-8")
    for _item, files in entries:
        for place, data in files.items():
            (folder / place).parent.mkdir(exist_ok=True)
            (folder / place).write_bytes(data)
    return folder
