"""Pictures made safe to keep, with Pillow (no Qt in the core).

Every picture is decoded and written anew: what leaves is pixels (turned upright as
the camera said) and the colour profile, and nothing of the file's own record (EXIF
with its GPS position and camera serial numbers, XMP, IPTC, comments). The day it was
taken is read first and kept as a suggestion. The thumbnail is made from a reduced
decode (JPEG's DCT scaling through `draft`, then `reduce`), never from the full size.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image, ImageFile, ImageOps

from trustjournal.core.journal.attachments import texts
from trustjournal.core.journal.attachments.intake import AttachmentRefused

MAX_PIXELS = 80_000_000  # about 240 MB decoded; a 48-megapixel phone photo fits
MAX_SIDE = 30_000
THUMBNAIL_SIDE = 320
_KEPT_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_JPEG_MODES = ("L", "RGB", "CMYK")
_WEBP_MODES = ("RGB", "RGBA")
_PNG_MODES = ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA")
_EXIF_IFD = 0x8769
_DATE_TAKEN = 0x9003  # DateTimeOriginal
_DATE_CHANGED = 0x0132  # DateTime
# Pillow's own bomb check refuses without saying the size; ours runs right after the
# header is read (before any pixel is decoded) and names it, so Pillow's is turned off.
Image.MAX_IMAGE_PIXELS = None
# Pictures whose own record TrustJournal cannot remove: refused rather than kept as a file.
_UNCLEANABLE_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")


@dataclass(frozen=True)
class CleanPicture:
    data: bytes
    media_type: str
    name: str
    width: int
    height: int
    thumbnail: bytes
    taken: dt.date | None


# How picture files begin: bytes that start so but that Pillow cannot read are a damaged
# picture (refused, since its record cannot be removed), never "some other file".
_PICTURE_STARTS = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF, and the raw formats built on it
    b"MM\x00*",
)


def looks_like_picture(data: bytes) -> bool:
    riff_webp = data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    bitmap = data[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00"  # its reserved zeros
    return riff_webp or bitmap or data.startswith(_PICTURE_STARTS)


def is_uncleanable_picture(data: bytes) -> bool:
    """HEIC and AVIF (an ISO media box with a picture brand), which Pillow cannot read here."""
    return data[4:8] == b"ftyp" and data[8:12] in _UNCLEANABLE_BRANDS


def clean_picture(data: bytes, name: str) -> CleanPicture | None:
    """The picture without its record, or None when `data` is not a picture at all."""
    with _Opened(data, name) as picture:
        if picture is None:
            return None
        taken = _date_taken(picture)
        kind = picture.format or ""
        upright = _decoded_upright(picture, name)
    stored, media_type, stored_name = _written_anew(upright, kind, name)
    return CleanPicture(
        data=stored,
        media_type=media_type,
        name=stored_name,
        width=upright.width,
        height=upright.height,
        thumbnail=make_thumbnail(stored, name),
        taken=taken,
    )


def turned(data: bytes, name: str, quarter_turns: int) -> CleanPicture:
    """A kept picture turned clockwise by `quarter_turns` quarters, written anew."""
    with _Opened(data, name) as picture:
        if picture is None:
            raise AttachmentRefused(texts.NOT_A_PICTURE.format(name=name))
        kind = picture.format or ""
        upright = _decoded_upright(picture, name)
    steps = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180}
    step = steps.get(quarter_turns % 4, Image.Transpose.ROTATE_90)
    result = upright if quarter_turns % 4 == 0 else upright.transpose(step)
    stored, media_type, stored_name = _written_anew(result, kind, name)
    return CleanPicture(
        stored,
        media_type,
        stored_name,
        result.width,
        result.height,
        make_thumbnail(stored, name),
        None,
    )


def make_thumbnail(data: bytes, name: str) -> bytes:
    """A small JPEG (PNG when it has transparency) of a picture already kept clean."""
    with _Opened(data, name) as picture:
        if picture is None:
            raise AttachmentRefused(texts.DAMAGED_PICTURE.format(name=name))
        picture.draft("RGB", (THUMBNAIL_SIDE, THUMBNAIL_SIDE))  # JPEG decodes at 1/2..1/8
        try:
            picture.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))  # reduce, then resample
        except (OSError, ValueError, SyntaxError):
            raise AttachmentRefused(texts.DAMAGED_PICTURE.format(name=name)) from None
        return _small_encoded(picture)


def _small_encoded(small: Image.Image) -> bytes:
    has_alpha = small.mode in ("RGBA", "LA", "PA") or "transparency" in small.info
    out = io.BytesIO()
    if has_alpha:
        small.convert("RGBA").save(out, "PNG")
    else:
        small.convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


class _Opened:
    """Pillow's image of `data`, or None for a file that is no picture; a picture too
    large to open safely, or broken, refused with a sentence naming it."""

    def __init__(self, data: bytes, name: str) -> None:
        self._data = data
        self._name = name
        self._image: Image.Image | None = None

    def __enter__(self) -> Image.Image | None:
        try:
            self._image = Image.open(io.BytesIO(self._data))
        except (OSError, ValueError, SyntaxError, EOFError):  # UnidentifiedImageError too
            # Pillow guesses from a byte or two ("BM" is a bitmap to it): only what really
            # begins as a picture is a damaged one; anything else is some other file.
            if looks_like_picture(self._data):
                raise AttachmentRefused(texts.DAMAGED_PICTURE.format(name=self._name)) from None
            return None
        width, height = self._image.size
        if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
            self._image.close()
            raise AttachmentRefused(_too_many_pixels(self._name, (width, height)))
        return self._image

    def __exit__(self, *exc: object) -> None:
        if self._image is not None:
            self._image.close()


def _too_many_pixels(name: str, size: tuple[int, int]) -> str:
    width, height = size
    return texts.TOO_MANY_PIXELS.format(
        name=name, width=width, height=height, limit=MAX_PIXELS // 1_000_000, side=MAX_SIDE
    )


def _decoded_upright(picture: Image.Image, name: str) -> Image.Image:
    """The first frame's pixels, turned as the camera's orientation tag said."""
    ImageFile.LOAD_TRUNCATED_IMAGES = False  # a cut-short file is refused, never guessed
    try:
        picture.seek(0)
        picture.load()
        upright = ImageOps.exif_transpose(picture)
    except (OSError, ValueError, SyntaxError, EOFError):
        raise AttachmentRefused(texts.DAMAGED_PICTURE.format(name=name)) from None
    # A copy either way: the file's image closes when the `with` ends.
    return upright if upright is not None and upright is not picture else picture.copy()


def _written_anew(picture: Image.Image, kind: str, name: str) -> tuple[bytes, str, str]:
    """Encode only the pixels (and colour profile): JPEG and WebP stay so, others PNG."""
    profile = picture.info.get("icc_profile")
    transparency = picture.info.get("transparency")
    picture.info.clear()  # nothing of the old record travels through `info`
    options: dict[str, object] = {"exif": b""}
    if isinstance(profile, bytes):
        options["icc_profile"] = profile
    out = io.BytesIO()
    if kind in ("JPEG", "WEBP"):
        fits = _JPEG_MODES if kind == "JPEG" else _WEBP_MODES
        source = picture if picture.mode in fits else picture.convert("RGB")
        source.save(out, kind, quality=92, **options)
        return out.getvalue(), _KEPT_FORMATS[kind], name
    if transparency is not None and picture.mode in ("P", "L", "RGB"):
        options["transparency"] = transparency
    source = picture if picture.mode in _PNG_MODES else picture.convert("RGBA")
    source.save(out, "PNG", **options)
    kept_name = name if kind == "PNG" else str(PurePath(name).with_suffix(".png"))
    return out.getvalue(), _KEPT_FORMATS["PNG"], kept_name


def _date_taken(picture: Image.Image) -> dt.date | None:
    """The day the picture was taken, as its record says (EXIF "2024:05:01 10:00:00")."""
    try:
        record = picture.getexif()
        stamp = record.get_ifd(_EXIF_IFD).get(_DATE_TAKEN) or record.get(_DATE_CHANGED)
        if not isinstance(stamp, str):
            return None
        return dt.datetime.strptime(stamp.strip()[:10], "%Y:%m:%d").date()
    except (ValueError, KeyError, TypeError, OSError, SyntaxError):
        return None
