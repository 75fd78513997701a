"""How one entry looks in the list: date, headline, mood badge, emotions, a private marker
and a mark for its pictures and files."""

from __future__ import annotations

from trustjournal.core.exchange.redaction import without_markers
from trustjournal.core.language import content
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.entry_model import AttachedRole, EntryRole, list_headline
from trustjournal.ui.journal.mood_style import mood_colour, mood_text_colour
from trustjournal.ui.journal.search_marks import (
    MARKED_TEXT,
    excerpt,
    matching_spans,
    search_mark_colour,
)
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.widgets.dates import short_weekday_date

_PAD = 12
_BADGE = 30
_Role = QtGui.QPalette.ColorRole


class _Mirror:
    """A row's places, worked out left to right, where they stand in the row: mirrored in a
    right-to-left window (the badge and the pictures mark had stayed put, and the mark was
    drawn over the date, which Qt aligns right there)."""

    def __init__(self, option: QtWidgets.QStyleOptionViewItem) -> None:
        self.row = QtCore.QRectF(option.rect)
        self.flipped = option.direction == Qt.LayoutDirection.RightToLeft

    def __call__(self, place: QtCore.QRectF | QtCore.QRect) -> QtCore.QRectF:
        place = QtCore.QRectF(place)
        if not self.flipped:
            return place
        left = 2 * self.row.left() + self.row.width() - place.left() - place.width()
        return QtCore.QRectF(left, place.top(), place.width(), place.height())


class EntryDelegate(QtWidgets.QStyledItemDelegate):
    """Three calm lines per entry; every row has the same height, so long lists stay fast."""

    search = ""  # what the list is searched for: its words are marked

    def sizeHint(  # noqa: N802 (Qt API)
        self,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> QtCore.QSize:
        return QtCore.QSize(240, self.row_height(option.fontMetrics))

    @staticmethod
    def row_height(metrics: QtGui.QFontMetrics) -> int:
        """Every row is this tall: three lines of text and calm padding."""
        return 3 * metrics.height() + 2 * _PAD + 6

    def paint(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        self._paint_background(painter, option)
        entry = index.data(EntryRole)
        if not isinstance(entry, Entry):
            return
        painter.save()
        try:
            selected = bool(option.state & QtWidgets.QStyle.StateFlag.State_Selected)
            mirror = _Mirror(option)
            self._paint_badge(painter, mirror, entry.mood, option.palette)
            attached = int(index.data(AttachedRole) or 0)
            self._paint_text(painter, option, mirror, entry, selected, attached)
        finally:
            painter.restore()

    def _paint_background(
        self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QtWidgets.QApplication.style()
        style.drawPrimitive(
            QtWidgets.QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
        )
        painter.save()
        painter.setPen(option.palette.color(_Role.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def _paint_badge(
        self, painter: QtGui.QPainter, mirror: _Mirror, mood: int | None, palette: QtGui.QPalette
    ) -> None:
        rect = mirror.row
        badge = mirror(QtCore.QRectF(rect.left() + _PAD, rect.top() + _PAD + 2, _BADGE, _BADGE))
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        if mood is None:
            painter.setPen(QtGui.QPen(palette.color(_Role.Mid), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(badge.adjusted(1, 1, -1, -1))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mood_colour(mood))
        painter.drawEllipse(badge)
        painter.setPen(mood_text_colour(mood))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(mood))

    def _paint_text(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionViewItem,
        mirror: _Mirror,
        entry: Entry,
        selected: bool,
        attached: int = 0,
    ) -> None:
        palette = option.palette
        text_role = _Role.HighlightedText if selected else _Role.Text
        muted = palette.color(text_role)
        muted.setAlphaF(0.7)
        line = option.fontMetrics.height()
        left = option.rect.left() + _PAD * 2 + _BADGE
        width = option.rect.right() - left - _PAD
        top = option.rect.top() + _PAD
        base_font = QtGui.QFont(option.font)

        small = QtGui.QFont(base_font)
        small.setPointSizeF(base_font.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(muted)
        date_text = short_weekday_date(entry.day)
        painter.drawText(
            mirror(QtCore.QRect(left, top, width, line)), Qt.AlignmentFlag.AlignLeft, date_text
        )
        right = left + width
        if attached:
            first = QtCore.QRect(left, top, width, line)
            right = _paint_attached(painter, first, attached, muted, mirror)
        # The date comes first: a long mark (another language, a narrow list) ends in "…".
        marker = texts.PRIVATE_MARK if entry.private else ""
        room = right - left - QtGui.QFontMetrics(small).horizontalAdvance(date_text) - _PAD
        marker = QtGui.QFontMetrics(small).elidedText(marker, Qt.TextElideMode.ElideRight, room)
        painter.setPen(muted)
        painter.drawText(
            mirror(QtCore.QRect(left, top, right - left, line)), Qt.AlignmentFlag.AlignRight, marker
        )

        bold = QtGui.QFont(base_font)
        bold.setWeight(QtGui.QFont.Weight.DemiBold)
        headline = list_headline(entry)
        second = mirror(QtCore.QRect(left, top + line + 3, width, line))
        self._paint_marked(painter, bold, palette.color(text_role), second, headline)

        # Searching, the third line shows where the words are, when the headline does not.
        third = mirror(QtCore.QRect(left, top + 2 * line + 6, width, line))
        shown = ""
        spans: list[tuple[int, int]] = []
        if self.search and not matching_spans(headline, self.search):
            shown, spans = excerpt(without_markers(entry.body), self.search)
        if shown:
            self._paint_marked(painter, small, muted, third, shown, spans)
            return
        painter.setFont(small)
        painter.setPen(muted)
        feelings = ", ".join(content.emotions(entry.emotions))
        elided = QtGui.QFontMetrics(small).elidedText(feelings, Qt.TextElideMode.ElideRight, width)
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft, _isolated(elided))

    def _paint_marked(
        self,
        painter: QtGui.QPainter,
        font: QtGui.QFont,
        colour: QtGui.QColor,
        rect: QtCore.QRectF,
        text: str,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        """One line of text, elided, with the words the search matched on a soft mark."""
        metrics = QtGui.QFontMetrics(font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        if spans is None:
            spans = matching_spans(text, self.search) if self.search else []
        visible = len(elided.rstrip("…")) if elided != text else len(elided)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, _isolated(elided))
        # Qt aligns the line on the right in a right-to-left window: the marks follow it.
        shift = rect.width() - metrics.horizontalAdvance(elided) if _flipped(painter) else 0
        for start, end in spans:
            if start >= visible:
                break
            word = elided[start : min(end, visible)]
            x = rect.left() + shift + metrics.horizontalAdvance(elided[:start])
            mark = QtCore.QRectF(x, rect.top(), metrics.horizontalAdvance(word), rect.height())
            painter.fillRect(mark.adjusted(-1, 0, 1, 0), search_mark_colour())
            painter.setPen(MARKED_TEXT)  # dark on the amber, on any row and in any theme
            painter.drawText(mark, Qt.AlignmentFlag.AlignLeft, word)


def _isolated(words: str) -> str:
    """`words` in their own direction, whatever the window's: a left-to-right title cut in a
    right-to-left window kept its "…" on the wrong side, at its start."""
    return f"\u2068{words}\u2069"  # first strong isolate ... pop directional isolate


def _flipped(painter: QtGui.QPainter) -> bool:
    return painter.layoutDirection() == Qt.LayoutDirection.RightToLeft


# The row's picture mark, drawn once for each count, colour, size and direction and then
# copied: drawn afresh it cost about 100 µs a row (antialiased frame, hill and digits), a
# sixth of a scroll frame with a picture on every row. Few kinds are ever shown: a count
# and a colour (selected or not) at one text size.
_MARKS: dict[tuple[str, int, int, float, float, bool], tuple[QtGui.QPixmap, int]] = {}
_MARKS_KEPT = 64


def _paint_attached(
    painter: QtGui.QPainter, line: QtCore.QRect, count: int, colour: QtGui.QColor, mirror: _Mirror
) -> int:
    """At the end of the date line (its right; its left right to left), a small picture and
    how many pictures and files the entry has (words would not fit beside the date; a screen
    reader hears them from the row's summary). Returns where the date's room ends, counted
    left to right."""
    number = QtCore.QLocale().toString(count)  # the locale's digits (about 2 µs)
    ratio = painter.device().devicePixelRatioF()
    font_size = painter.font().pointSizeF()
    key = (number, colour.rgba(), line.height(), font_size, ratio, mirror.flipped)
    drawn = _MARKS.get(key)
    if drawn is None:
        if len(_MARKS) >= _MARKS_KEPT:
            _MARKS.clear()
        drawn = _drawn_mark(painter.font(), line.height(), number, colour, ratio, mirror.flipped)
        _MARKS[key] = drawn
    mark, width = drawn
    place = mirror(QtCore.QRect(line.right() + 1 - width, line.top(), width, line.height()))
    painter.drawPixmap(place.topLeft(), mark)
    return line.right() + 1 - width - _PAD // 2


def _drawn_mark(
    font: QtGui.QFont, height: int, number: str, colour: QtGui.QColor, ratio: float, flip: bool
) -> tuple[QtGui.QPixmap, int]:
    """The mark as a picture `height` tall, with its width in the row: the small picture
    before the count in reading order (its left; its right right to left)."""
    text_width = QtGui.QFontMetrics(font).horizontalAdvance(number)
    side = max(8, height * 2 // 3)
    width = text_width + 4 + side
    mark = QtGui.QPixmap(int(width * ratio), int(height * ratio))
    mark.setDevicePixelRatio(ratio)
    mark.fill(Qt.GlobalColor.transparent)
    text_left, frame_left = (0, text_width + 4) if flip else (width - text_width, 0)
    painter = QtGui.QPainter(mark)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            QtCore.QRect(text_left, 0, text_width, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            number,
        )
        frame = QtCore.QRectF(frame_left + 0.5, height / 2 - side * 0.4, side, side * 0.8)
        painter.drawRoundedRect(frame, 1.5, 1.5)
        hill = QtGui.QPolygonF(
            [
                QtCore.QPointF(frame.left() + 1, frame.bottom() - 1),
                QtCore.QPointF(frame.left() + side * 0.4, frame.top() + side * 0.35),
                QtCore.QPointF(frame.right() - 1, frame.bottom() - 1),
            ]
        )
        painter.setBrush(colour)
        painter.drawPolygon(hill)
    finally:
        painter.end()
    return mark, width
