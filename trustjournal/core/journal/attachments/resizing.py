"""A kept picture decoded at the size an export shows it and encoded anew: one decoding
and one choice for the PDF's print (pdf_pictures.py) and the HTML's screen (html.py).

The picture is decoded at the smaller size directly where its format allows (a JPEG at
1/2, 1/4 or 1/8 through `draft`, a large PNG first reduced by a whole factor), resampled
(bicubic), and laid on white where it was transparent: paper is white, and so is the
HTML page. It is kept as JPEG, or exactly, indexed by a palette of its own colours, when
it has 256 or fewer and that is smaller: a drawing or a screenshot of a message stays
sharp. Each export gives that exact form its own bytes (the PDF a compressed stream of
indexes, the HTML a PNG file). Pillow writes every picture anew: nothing of the file's
record (EXIF, XMP, a colour profile) travels.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image

_FEWEST_FOR_JPEG = 256  # more colours than this: a photograph, always JPEG
_GREY_MODES = ("1", "L", "LA")
# A 16-bit grey PNG's modes (intake keeps them as PNG): 0 to 65,535, brought to 0 to 255
# (Pillow's own conversion would clip every value above 255 to white).
_SIXTEEN_BITS = ("I", "I;16", "I;16B", "I;16L")
_NOT_READ = (OSError, ValueError, SyntaxError, EOFError)  # Pillow's "damaged" errors

# The exactly kept form's bytes, made from the picture indexed by its own colours.
ExactForm = Callable[["Image"], bytes]


@dataclass(frozen=True)
class Resized:
    """A picture as an export keeps it: its pixels' size, and its bytes as JPEG or in
    the export's exact form (with its palette)."""

    width: int
    height: int
    grey: bool  # a JPEG of one channel
    data: bytes  # the JPEG file, or the exact form's bytes
    jpeg: bool
    palette: bytes = b""  # the exact form's colours, RGB triples


@dataclass(frozen=True)
class Header:
    """What a picture's first bytes say: its format (Pillow's name), mode and size."""

    kind: str
    mode: str
    width: int
    height: int


def header(data: bytes) -> Header | None:
    """The picture's format, mode and size, read without decoding it; None when Pillow
    cannot read it."""
    from PIL import Image as Pillow

    try:
        with Pillow.open(io.BytesIO(data)) as source:
            return Header(source.format or "", source.mode, source.width, source.height)
    except (*_NOT_READ, Pillow.DecompressionBombError):
        return None


def readable(data: bytes) -> bool:
    """True when the whole picture decodes (a JPEG at an eighth of its size: every part of
    it is still read); a file cut short or damaged is False."""
    from PIL import Image as Pillow

    try:
        with Pillow.open(io.BytesIO(data)) as source:
            source.draft(None, (1, 1))
            source.load()
    except (*_NOT_READ, Pillow.DecompressionBombError):
        return False
    return True


def fitted(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """`size` made to fit `longest` pixels on its long side (its shape kept), never larger."""
    scale = min(1.0, longest / max(size))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def resized(data: bytes, pixels: tuple[int, int], quality: int, exact: ExactForm) -> Resized | None:
    """The picture decoded at `pixels` and encoded (`encoded`); None when unreadable."""
    from PIL import Image as Pillow

    try:
        with Pillow.open(io.BytesIO(data)) as source:
            source.draft(None, pixels)  # a JPEG decodes at 1/2, 1/4 or 1/8 directly
            # Bicubic: sharp at print and screen sizes, and a fifth quicker than Lanczos,
            # which was most of the time a picture cost; a large PNG is first reduced by
            # a whole factor (reducing_gap), as a JPEG is by `draft`.
            image = _on_white(source).resize(pixels, Pillow.Resampling.BICUBIC, reducing_gap=2.0)
    except (*_NOT_READ, Pillow.DecompressionBombError):
        return None
    return encoded(image, quality, exact)


def encoded(image: Image, quality: int, exact: ExactForm) -> Resized:
    """JPEG at `quality`, or the picture exactly in the `exact` form when it has few
    colours and that is smaller."""
    from PIL import Image as Pillow

    as_jpeg = _jpeg(image, quality)
    few = image.getcolors(_FEWEST_FOR_JPEG)
    if few is None:
        return as_jpeg
    indexed = image.convert("RGB").quantize(len(few), method=Pillow.Quantize.MAXCOVERAGE)
    data = exact(indexed)
    if len(data) >= len(as_jpeg.data):
        return as_jpeg
    palette = bytes(indexed.getpalette() or [])[: 3 * len(few)]
    return Resized(image.width, image.height, False, data, jpeg=False, palette=palette)


def _on_white(source: Image) -> Image:
    """The picture in grey or RGB, any transparency laid on white."""
    from PIL import Image as Pillow

    if source.mode in _SIXTEEN_BITS:
        return source.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    grey = source.mode in _GREY_MODES
    if source.mode in ("RGBA", "LA", "PA", "P") or "transparency" in source.info:
        rgba = source.convert("RGBA")
        paper = Pillow.new("RGBA", rgba.size, "white")
        source = Pillow.alpha_composite(paper, rgba)
    return source.convert("L" if grey else "RGB")


def _jpeg(image: Image, quality: int) -> Resized:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return Resized(image.width, image.height, image.mode == "L", out.getvalue(), jpeg=True)
