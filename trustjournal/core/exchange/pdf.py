"""The export as a PDF, painted with QtGui (no widgets), in memory.

Pages are A4 or US Letter with a header that names the period and a footer with
page numbers. The text is laid out by QTextDocument, which never splits a line
across pages; the chart is painted as vectors, so it prints sharply. A password
turns on AES-256 encryption (pypdf) before a single byte is written anywhere.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from trustjournal.core.chart.data import PhaseSpan, phase_spans
from trustjournal.core.chart.painter import FONT_FAMILIES, TEXT_COLOR, chart_font, paint_chart
from trustjournal.core.errors import InvalidInput
from trustjournal.core.exchange.model import ExportDocument
from trustjournal.core.exchange.pdf_documents import (
    HEADING_COLOR,
    TextArea,
    entries_document,
    summary_document,
)
from trustjournal.core.exchange.pdf_password import require_pdf_password
from trustjournal.core.exchange.pdf_pictures import StandIns, embed_pictures
from trustjournal.core.exchange.texts import export as texts
from trustjournal.core.exchange.texts import summary
from trustjournal.core.qt_gui import ensure_gui

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300  # dots per inch for layout; text and chart are vectors either way
_LINES_PER_BLOCK = 40
_LINE_SEPARATOR = "\u2028"
_EDGE = 0.5  # device dots (1/600 inch): less than any line, more than rounding
_INFO_PRODUCER = re.compile(rb"(/Producer \()((?:[^()\\]|\\.)*)(\))")
_XMP_PRODUCER = re.compile(rb'(pdf:Producer=")([^"]*)(")')


@dataclass
class _Part:
    document: QTextDocument | None  # None: the chart page
    pages: int


def write_pdf(
    document: ExportDocument, page_size: str = "a4", password: str | None = None
) -> bytes:
    """The export as PDF bytes; encrypted with AES-256 when a password is given."""
    if page_size not in PAGE_SIZES:
        raise InvalidInput(texts.PAGE_SIZE_ONE_OF)
    if password is not None:
        require_pdf_password(password)
    ensure_gui()
    stand_ins = StandIns()
    data = _paint(document, page_size, stand_ins)
    if password is None and not stand_ins.pictures:
        return data
    return finished(data, stand_ins, password)


def protect(data: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256 in memory; it opens only with the password."""
    return finished(data, StandIns(), password)


def finished(data: bytes, stand_ins: StandIns, password: str | None) -> bytes:
    """The painted PDF with its pictures in place of their stand-ins (pdf_pictures), and
    encrypted with AES-256 when a password is given: read and written once, in memory."""
    from pypdf import PdfReader, PdfWriter  # only for pictures or a password

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    embed_pictures(writer, stand_ins)
    if password is not None:
        writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _paint(document: ExportDocument, page_size: str, stand_ins: StandIns) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(texts.TITLE)
    # Neutral unless the person asked: the file does not name the app that made it.
    writer.setCreator("TrustJournal" if document.name_app else "")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 14, 18, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_pages(document, writer, stand_ins)
    buffer.close()
    return neutral_producer(bytes(array.data()))


def neutral_producer(data: bytes) -> bytes:
    """The PDF without Qt's "Producer" name in its information and XMP metadata.

    Qt writes its name and version there and offers no way to change it. Each value
    is emptied in place and padded with spaces to the same length, so every byte
    offset in the file (its cross-reference table) stays true."""

    def blank(match: re.Match[bytes]) -> bytes:
        return match.group(1) + match.group(3) + b" " * len(match.group(2))

    data = _INFO_PRODUCER.sub(blank, data, count=1)
    return _XMP_PRODUCER.sub(blank, data, count=1)


def paint_pages(
    document: ExportDocument, device: QPagedPaintDevice, stand_ins: StandIns | None = None
) -> int:
    """Paint the export's pages onto a paged device: a QPdfWriter, or the app's QPrinter
    for printing straight to the system's print dialog. Returns the number of pages.
    With `stand_ins`, each picture is painted as its stand-in, to be replaced with the
    picture encoded for print (`finished`); without, as itself."""
    ensure_gui()
    pt = device.logicalDpiY() / 72.0
    width, height = float(device.width()), float(device.height())
    header, footer = 26 * pt, 24 * pt
    body = QRectF(0, header, width, height - header - footer)

    parts: list[_Part] = []
    summary = summary_document(document)
    if summary is not None:
        parts.append(_laid_out(summary, device, body))
    if document.chart is not None:
        parts.append(_Part(None, 1))
    area = TextArea(body.width(), body.height(), float(device.logicalDpiX()))
    parts.append(_laid_out(entries_document(document, area, stand_ins), device, body))
    total = sum(part.pages for part in parts)

    painter = QPainter(device)
    try:
        number = 0
        for part in parts:
            for page in range(part.pages):
                if number:
                    device.newPage()
                number += 1
                _frame(painter, document, width, height, pt, number, total)
                if part.document is None:
                    _chart_page(painter, document, body, pt)
                else:
                    _draw_page(painter, part.document, body, page)
    finally:
        painter.end()
    return total


def _laid_out(text: QTextDocument, device: QPagedPaintDevice, body: QRectF) -> _Part:
    layout = text.documentLayout()
    layout.setPaintDevice(device)
    text.setPageSize(QSizeF(body.width(), body.height()))
    text.pageCount()  # lays the document out
    split_long_blocks(text)
    text.pageCount()
    cut_at_page_breaks(text, body.height())
    return _Part(text, text.pageCount())


def split_long_blocks(text: QTextDocument, lines: int = _LINES_PER_BLOCK) -> None:
    """Cut every laid-out paragraph longer than `lines` into paragraphs of that many lines.

    Each page draws every block it touches whole (clipped), so one paragraph of a
    thousand pages was drawn a thousand times: export time grew with its square.
    The cuts fall exactly where a line starts, without spacing between the pieces,
    so the page looks the same; list items are left whole (a cut would add a bullet).
    """
    blocks = []
    block = text.begin()
    while block.isValid():
        layout = block.layout()
        if layout is not None and layout.lineCount() > lines and block.textList() is None:
            starts = [layout.lineAt(n).textStart() for n in range(lines, layout.lineCount(), lines)]
            blocks.append((block.position(), starts))
        block = block.next()
    cursor = QTextCursor(text)
    cursor.beginEditBlock()  # one layout after all the cuts, not one after each
    for position, starts in reversed(blocks):
        for start in reversed(starts):
            _cut(text, cursor, position + start)
    cursor.endEditBlock()


def cut_at_page_breaks(text: QTextDocument, page_height: float) -> None:
    """Cut every laid-out paragraph that runs onto a next page where that page's first
    line starts, so that each paragraph lies on one page.

    Qt draws each paragraph a page touches, and with it the paragraph's last line above
    the page (clipped out of sight, but in the PDF's text layer): a reader met that line
    on both pages. A paragraph on one page is never drawn on another. The page break
    already moved that line to the next page, so the cut changes nothing that is seen;
    list items are left whole (a cut would add a bullet)."""
    cuts = _page_crossings(text, page_height)
    while cuts:  # a tail is looked at again once it is laid out (it rarely crosses again)
        cursor = QTextCursor(text)
        cursor.beginEditBlock()
        for position in reversed(cuts):
            _cut(text, cursor, position)
        cursor.endEditBlock()
        text.pageCount()
        cuts = _page_crossings(text, page_height)


def _page_crossings(text: QTextDocument, page_height: float) -> list[int]:
    """Where the first line on a later page starts, in each paragraph that crosses one."""

    def page_of(y: float) -> int:  # a line moved to a page may start a hair above its edge
        return int((y + 2 * _EDGE) // page_height)

    layout, cuts = text.documentLayout(), []
    block = text.begin()
    while block.isValid():
        lines = block.layout()
        if lines is not None and lines.lineCount() > 1 and block.textList() is None:
            top = layout.blockBoundingRect(block).top()
            first_page = page_of(top + lines.lineAt(0).y())
            for number in range(1, lines.lineCount()):
                line = lines.lineAt(number)
                if page_of(top + line.y()) > first_page:
                    cuts.append(block.position() + line.textStart())
                    break
        block = block.next()
    return cuts


def _cut(text: QTextDocument, cursor: QTextCursor, position: int) -> None:
    """A paragraph break at `position`: no space between the halves, the tail keeps the
    paragraph's spacing below, and a line break that ended the line above gives way."""
    cursor.setPosition(position)
    if text.characterAt(position - 1) == _LINE_SEPARATOR:
        cursor.deletePreviousChar()
    tail = QTextBlockFormat(cursor.blockFormat())
    tail.setTopMargin(0)
    cursor.insertBlock(tail, cursor.block().charFormat())
    head = cursor.block().previous()
    head_format = head.blockFormat()
    head_format.setBottomMargin(0)
    QTextCursor(head).setBlockFormat(head_format)


def _draw_page(painter: QPainter, text: QTextDocument, body: QRectF, page: int) -> None:
    """This page's part of the document. Pagination keeps every line whole on one page,
    but Qt also draws (clipped out of sight, yet in the text layer) a line that only
    touches the clip's edge: the lines are chosen by a clip a hair inside the page, so
    a line on the page's edge is drawn on its own page only."""
    page_rect = QRectF(0, page * body.height(), body.width(), body.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = page_rect.adjusted(0, _EDGE, 0, -_EDGE)
    painter.save()
    painter.translate(body.left(), body.top() - page * body.height())
    painter.setClipRect(page_rect)
    text.documentLayout().draw(painter, context)
    painter.restore()


def _frame(
    painter: QPainter,
    document: ExportDocument,
    width: float,
    height: float,
    pt: float,
    number: int,
    total: int,
) -> None:
    """The header (title and period) and the footer (page numbers) of one page."""
    painter.save()
    painter.setFont(chart_font(8.5))
    painter.setPen(TEXT_COLOR)
    line = 12 * pt
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRectF(0, 0, width, line), left | middle, texts.TITLE)
    painter.drawText(
        QRectF(0, 0, width, line), right | middle, summary.period_text(document.period)
    )
    painter.setPen(QPen(QColor("#c9d6de"), 0.7 * pt))
    painter.drawLine(
        QRectF(0, line + 4 * pt, width, 0).topLeft(), QRectF(0, line + 4 * pt, width, 0).topRight()
    )
    painter.setPen(TEXT_COLOR)
    bottom = QRectF(0, height - line, width, line)
    painter.drawText(bottom, left | middle, texts.PAGE_FOOT)
    painter.drawText(bottom, right | middle, texts.PAGE_OF.format(number=number, total=total))
    painter.restore()


def export_phases(document: ExportDocument) -> list[PhaseSpan]:
    """The recovery path's phases for the chart's bands: only when the export holds the
    path (the person may leave it out), from its history."""
    if document.path is None:
        return []
    return phase_spans([(step.day, step.phase_name) for step in document.path.history])


def _chart_page(painter: QPainter, document: ExportDocument, body: QRectF, pt: float) -> None:
    chart = document.chart
    assert chart is not None
    painter.save()
    painter.setFont(chart_font(15, bold=True))
    painter.setPen(QColor(HEADING_COLOR))
    heading = QRectF(body.left(), body.top(), body.width(), 24 * pt)
    painter.drawText(
        heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts.CHART_HEADING
    )
    painter.restore()
    area = QRectF(
        body.left(),
        heading.bottom() + 10 * pt,
        body.width(),
        min(body.height() * 0.5, body.width() * 0.7),
    )
    phases = export_phases(document)
    # The totals only when the person chose them for this export (then in its summary too).
    scores = document.scores.questionnaires if document.scores is not None else ()
    paint_chart(painter, area, chart, pt, document.together, phases, scores)
    painter.save()
    painter.setFont(chart_font(9.5))
    painter.setPen(TEXT_COLOR)
    # The rest of the page: with the totals and the arrangements the caption runs long.
    top = area.bottom() + 12 * pt
    caption = QRectF(body.left(), top, body.width(), body.bottom() - top)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    together = any(t.mine.scores or (t.partner and t.partner.scores) for t in document.together)
    words = texts.CHART_CAPTION + (texts.CHART_TOGETHER_CAPTION if together else "")
    words += texts.CHART_PHASES_CAPTION if phases else ""
    words += texts.CHART_SCORES_CAPTION if any(s.totals for s in scores) else ""
    words += texts.CHART_ARRANGEMENTS_CAPTION if chart.arrangements else ""
    painter.drawText(caption, int(flags), words)
    painter.restore()


__all__ = ["FONT_FAMILIES", "PAGE_SIZES", "paint_pages", "protect", "write_pdf"]
