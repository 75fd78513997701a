"""The export's words as text documents, laid out by the PDF writer (pdf.py).

A title, the summary's sections as bulleted lists, and every entry under its
heading with its details and its Markdown body. Only QtGui's text documents:
no widgets, and nothing is read from the computer (see `_Document`).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextListFormat,
    QTextOption,
)

from trustjournal.core.chart.painter import chart_font
from trustjournal.core.exchange.markdown import keep_line_breaks, nested_body
from trustjournal.core.exchange.model import ExportAttachment, ExportDocument
from trustjournal.core.exchange.pdf_pictures import (
    PRINT_DPI,
    StandIns,
    encoded_for_print,
    print_size,
    printed_picture,
    qt_encoded_for_print,
)
from trustjournal.core.exchange.redaction import WITHHELD
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary
from trustjournal.core.exchange.texts.attachments import file_line

_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
HEADING_COLOR = "#2f4f63"
_WITHHELD_MARKDOWN = "*" + WITHHELD.replace("[", "\\[").replace("]", "\\]") + "*"  # in italics
# Qt's line breaking costs grow with the square of a run with no break in it (1 MB of
# one word took over 2 minutes, 20 MB never ended). A zero-width space every RUN
# characters of such a run gives the layout a place to break: the text looks and copies
# the same (the space is invisible, and pdftotext gives it back or nothing).
RUN = 64
ZERO_WIDTH_SPACE = "\u200b"
_UNBROKEN = re.compile(rf"[^\s\u200b]{{{RUN + 1},}}")


def breakable(text: str) -> str:
    """The text with a zero-width space after every RUN characters of an unbroken run."""
    return _UNBROKEN.sub(_broken_run, text)


def _broken_run(found: re.Match[str]) -> str:
    run = found.group(0)
    return ZERO_WIDTH_SPACE.join(run[i : i + RUN] for i in range(0, len(run), RUN))


class _Document(QTextDocument):
    """A text document that loads nothing: an image or link in an entry stays text,
    and no file from the computer is ever read into the export."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt)
        return None


@dataclass(frozen=True)
class TextArea:
    """The page's text area in the device's units, and the device's dots per inch."""

    width: float
    height: float
    dpi: float


A4_AT_300_DPI = TextArea(width=174 / 25.4 * 300, height=232 / 25.4 * 300, dpi=300)
_TALLEST = 0.75  # of the text area's height: a picture always fits on a page with its caption


def picture_box(attachment: ExportAttachment, area: TextArea) -> tuple[float, float]:
    """The size a picture is drawn at: the text width at most (never larger than its
    pixels at PRINT_DPI), and short enough to fit on a page."""
    width, height = float(attachment.width or 1), float(attachment.height or 1)
    drawn = min(area.width, width / PRINT_DPI * area.dpi)
    drawn = min(drawn, area.height * _TALLEST * width / height)
    return drawn, drawn * height / width


def _picture(
    attachment: ExportAttachment, box: tuple[float, float], dpi: float, stand_ins: StandIns | None
) -> QImage | None:
    """What is drawn for a picture: its stand-in, for a PDF whose pictures are encoded
    for print afterwards (pdf_pictures: by Pillow, or from what Qt reads where Pillow
    cannot); the picture itself for a printer. None when neither can read it."""
    if not attachment.is_picture:
        return None
    if stand_ins is None:
        return printed_picture(attachment.data, box, dpi)
    encoded = encoded_for_print(attachment.data, print_size(box, dpi))
    if encoded is None:
        image = printed_picture(attachment.data, box, dpi)
        if image is None:
            return None
        encoded = qt_encoded_for_print(image)
    return stand_ins.stand_in(encoded)


def layout_dpi() -> float:
    """The dots per inch the text layout takes an image's size in: the screen's (Qt's
    default dpi), scaled to the paint device when it lays out for a printer or a PDF."""
    screen = QGuiApplication.primaryScreen()
    return 96.0 if screen is None else float(screen.logicalDotsPerInchY())


def _attachment(
    text: QTextDocument,
    cursor: QTextCursor,
    attachment: ExportAttachment,
    area: TextArea,
    stand_ins: StandIns | None,
) -> None:
    """A picture on the page, its caption under it; any other file by name and size."""
    box = picture_box(attachment, area)
    image = _picture(attachment, box, area.dpi, stand_ins)
    if image is None:
        _paragraph(cursor, breakable(file_line(attachment)), color="#4a5d68")
        return
    name = f"picture:{cursor.position()}"
    text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    picture = QTextImageFormat()
    picture.setName(name)
    scale = layout_dpi() / area.dpi  # the layout scales an image's size to the device
    picture.setWidth(box[0] * scale)
    picture.setHeight(box[1] * scale)
    space = QTextBlockFormat()
    space.setTopMargin(6)  # apart from the words above it, as a paragraph is
    space.setBottomMargin(3)
    cursor.insertBlock(space, QTextCharFormat())
    cursor.insertImage(picture)
    if attachment.caption:
        _paragraph(cursor, breakable(attachment.caption), italic=True, color="#4a5d68")


def new_document() -> QTextDocument:
    text = _Document()
    font = chart_font(10.5)
    text.setDefaultFont(font)
    text.setDocumentMargin(0)
    # A long web address or a word with no spaces breaks at the margin instead of running off.
    option = text.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text.setDefaultTextOption(option)
    text.setDefaultStyleSheet(f"h1, h2, h3 {{ color: {HEADING_COLOR}; }}")
    return text


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _heading(cursor: QTextCursor, text: str, level: int, first: bool = False) -> None:
    size = {1: 20, 2: 15, 3: 12}[level]
    top = 0 if first else {1: 0, 2: 16, 3: 14}[level]
    block = QTextBlockFormat()
    block.setTopMargin(top)
    block.setBottomMargin(4)
    block.setHeadingLevel(level)
    chars = QTextCharFormat()
    chars.setFont(chart_font(size, bold=True))
    chars.setForeground(QColor(HEADING_COLOR))
    _block(cursor, text, block, chars, first)


def _paragraph(
    cursor: QTextCursor, text: str, italic: bool = False, color: str | None = None, indent: int = 0
) -> None:
    block = QTextBlockFormat()
    block.setBottomMargin(3)
    block.setIndent(indent)
    chars = QTextCharFormat()
    chars.setFont(chart_font(10.5))
    chars.setFontItalic(italic)
    if color:
        chars.setForeground(QColor(color))
    _block(cursor, text, block, chars)


def _block(
    cursor: QTextCursor,
    text: str,
    block: QTextBlockFormat,
    chars: QTextCharFormat,
    first: bool = False,
) -> None:
    if first:
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(chars)
    else:
        cursor.insertBlock(block, chars)
    cursor.insertText(text, chars)


def summary_document(document: ExportDocument) -> QTextDocument | None:
    sections = summary.summary_sections(document)
    if not sections:
        return None
    text = new_document()
    cursor = QTextCursor(text)
    _title(cursor, document)
    _heading(cursor, texts.SUMMARY_HEADING, 2)
    for section in sections:
        _heading(cursor, section.heading, 3)
        _bullets(cursor, section.lines)
    return text


def _bullets(cursor: QTextCursor, lines: tuple[str, ...]) -> None:
    """A bulleted list whose wrapped lines stay aligned under their text."""
    chars = QTextCharFormat()
    chars.setFont(chart_font(10.5))
    block = QTextBlockFormat()
    block.setBottomMargin(2)
    listing = QTextListFormat()
    listing.setStyle(QTextListFormat.Style.ListDisc)
    listing.setIndent(1)
    for index, line in enumerate(lines):
        if index == 0:
            cursor.insertBlock(block, chars)
            cursor.createList(listing)
        else:
            cursor.insertBlock()  # the same format: the next item of the same list
        cursor.insertText(line, chars)


def _title(cursor: QTextCursor, document: ExportDocument) -> None:
    _heading(cursor, texts.TITLE, 1, first=True)
    _paragraph(cursor, summary.period_text(document.period), color=HEADING_COLOR)
    _paragraph(cursor, texts.CONFIDENTIAL, italic=True, color="#5a6a73")


def entries_document(
    document: ExportDocument, area: TextArea = A4_AT_300_DPI, stand_ins: StandIns | None = None
) -> QTextDocument:
    """The entries laid out; with `stand_ins`, each picture drawn as its stand-in."""
    text = new_document()
    cursor = QTextCursor(text)
    if document.summary is None:
        _title(cursor, document)
        _heading(cursor, texts.ENTRIES_HEADING, 2)
    else:
        _heading(cursor, texts.ENTRIES_HEADING, 2, first=True)
    if not document.entries:
        _paragraph(cursor, texts.NO_ENTRIES)
    for entry in document.entries:
        _heading(cursor, breakable(summary.entry_heading(entry)), 3)
        details = summary.entry_details(entry)
        if details:
            _paragraph(cursor, " · ".join(details), color="#4a5d68")
        if entry.body.strip():
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            body = keep_line_breaks(nested_body(entry.body)).replace(WITHHELD, _WITHHELD_MARKDOWN)
            body = breakable(body)
            cursor.insertMarkdown(body, _MARKDOWN)
        for attachment in document.attachments_of(entry.id):
            _attachment(text, cursor, attachment, area, stand_ins)
    _paragraph(cursor, "")
    _paragraph(cursor, summary.generated_line(document), italic=True, color="#5a6a73")
    return text
