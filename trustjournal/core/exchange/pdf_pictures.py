"""Pictures in the PDF at print resolution, encoded for print by us, not by Qt.

Qt's PDF writer encodes every picture as JPEG at its own fixed quality (94), which
costs about twice the bytes a printed page needs. So the PDF is painted with a
stand-in for each picture (a one-row image whose width numbers it), and afterwards
each stand-in's stream is replaced with the picture made for its place: decoded at
the size it is printed (PRINT_DPI), on white where it was transparent, and kept as
JPEG at PRINT_QUALITY, or losslessly with a palette when it has few colours (a
drawing, a screenshot of a message) and that is smaller: the decoding and the choice
are the HTML export's too (core/journal/attachments/resizing.py). The stand-in's place
on the page is set by the page (an image fills the square it is drawn in), so the
replacement sits exactly where Qt laid the stand-in out. Nothing of the picture's
record travels: Pillow writes the JPEG anew, with no EXIF, XMP or colour profile.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from trustjournal.core.journal.attachments.resizing import Resized, encoded, resized

if TYPE_CHECKING:
    from PIL.Image import Image
    from pypdf import PdfWriter
    from pypdf.generic import StreamObject

# A picture's pixels per inch on the page: sharp on paper, yet a 3 MB photo becomes about
# a tenth of that, so an export with hundreds of pictures stays a size one can send.
PRINT_DPI = 150
# JPEG quality for print: at 150 dpi no difference from Qt's 94 shows on paper or at
# 100 % on screen, and a photograph costs about half (benchmarks/RESULTS.md).
PRINT_QUALITY = 82


def print_size(box: tuple[float, float], dpi: float) -> tuple[int, int]:
    """The pixels a picture needs for a box of `box` device units at `dpi`: whole pixels,
    rounded up, but a picture drawn at its own pixels keeps them (42.000001 is 42)."""
    width, height = (round(side / dpi * PRINT_DPI, 4) for side in box)
    return max(1, math.ceil(width)), max(1, math.ceil(height))


def printed_picture(data: bytes, box: tuple[float, float], dpi: float) -> QImage | None:
    """The picture decoded at print resolution for its box by Qt (a JPEG decodes at the
    smaller size directly), on white where it was transparent; None when it cannot be
    read. For the system's printer, which takes what is painted as it is."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setScaledSize(QSize(*print_size(box, dpi)))
    image = reader.read()
    buffer.close()
    if image.isNull():
        return None
    if image.hasAlphaChannel():  # flattened, so the page holds one picture and no mask
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    return image


def encoded_for_print(data: bytes, pixels: tuple[int, int]) -> Resized | None:
    """The picture decoded at `pixels` and encoded for print; None when unreadable."""
    return resized(data, pixels, PRINT_QUALITY, _indexes)


def qt_encoded_for_print(image: QImage) -> Resized:
    """A picture Qt read where Pillow could not (`printed_picture`), encoded for print
    the same way: only its pixels are taken, none of Qt's texts (which its JPEG writer
    would keep as comments), so every picture in the PDF is a stand-in replaced."""
    from PIL import Image as Pillow

    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    size, line = (rgb.width(), rgb.height()), rgb.bytesPerLine()
    pixels = bytes(rgb.constBits())
    return encoded(
        Pillow.frombytes("RGB", size, pixels, "raw", "RGB", line), PRINT_QUALITY, _indexes
    )


def _indexes(indexed: Image) -> bytes:
    """A picture kept exactly in the PDF: its palette's indexes, one byte a pixel, deflated."""
    return zlib.compress(indexed.tobytes(), 9)


@dataclass
class StandIns:
    """The pictures to embed after painting, each drawn meanwhile as its stand-in."""

    pictures: list[Resized] = field(default_factory=list)

    def stand_in(self, picture: Resized) -> QImage:
        """A one-row grey image whose width (its number plus one) names `picture`."""
        self.pictures.append(picture)
        image = QImage(len(self.pictures), 1, QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        return image


def embed_pictures(writer: PdfWriter, stand_ins: StandIns) -> None:
    """Each stand-in's stream in the PDF replaced with its picture, encoded for print."""
    from pypdf.generic import NameObject, NumberObject, StreamObject

    for image in _images(writer):
        number = _number(image, "/Width") - 1
        if _number(image, "/Height") != 1 or not 0 <= number < len(stand_ins.pictures):
            continue
        picture = stand_ins.pictures[number]
        for key in ("/SMask", "/Mask", "/Decode", "/DecodeParms", "/Filter"):
            image.pop(key, None)
        image[NameObject("/Width")] = NumberObject(picture.width)
        image[NameObject("/Height")] = NumberObject(picture.height)
        image[NameObject("/BitsPerComponent")] = NumberObject(8)
        image[NameObject("/ColorSpace")] = _colour_space(picture)
        image[NameObject("/Filter")] = NameObject("/DCTDecode" if picture.jpeg else "/FlateDecode")
        # The stream as it is stored: the base class's set_data keeps the bytes given
        # (an encoded stream's own would compress them once more).
        StreamObject.set_data(image, picture.data)
        image.decoded_self = None


def _colour_space(picture: Resized) -> object:
    from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject

    if picture.jpeg:
        return NameObject("/DeviceGray" if picture.grey else "/DeviceRGB")
    top = NumberObject(len(picture.palette) // 3 - 1)
    return ArrayObject(
        [NameObject("/Indexed"), NameObject("/DeviceRGB"), top, ByteStringObject(picture.palette)]
    )


def _number(image: StreamObject, key: str) -> int:
    value = image.get(key)
    return value if isinstance(value, int) else -1


def _images(writer: PdfWriter) -> list[StreamObject]:
    """Every image XObject of the pages, once (Qt gives all pages the same resources)."""
    from pypdf.generic import DictionaryObject, StreamObject

    found: dict[int, StreamObject] = {}
    for page in writer.pages:
        resources = page.get("/Resources", DictionaryObject()).get_object()
        xobjects = resources.get("/XObject", DictionaryObject()).get_object()
        for reference in xobjects.values():
            image = reference.get_object()
            if isinstance(image, StreamObject) and image.get("/Subtype") == "/Image":
                found[id(image)] = image
    return list(found.values())
