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
            self._paint_badge(painter, option.rect, entry.mood, option.palette)
            attached = int(index.data(AttachedRole) or 0)
            self._paint_text(painter, option, entry, selected, attached)
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
        self, painter: QtGui.QPainter, rect: QtCore.QRect, mood: int | None, palette: QtGui.QPalette
    ) -> None:
        badge = QtCore.QRectF(rect.left() + _PAD, rect.top() + _PAD + 2, _BADGE, _BADGE)
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
            QtCore.QRect(left, top, width, line), Qt.AlignmentFlag.AlignLeft, date_text
        )
        right = left + width
        if attached:
            right = _paint_attached(painter, QtCore.QRect(left, top, width, line), attached, muted)
        # The date comes first: a long mark (another language, a narrow list) ends in "…".
        marker = texts.PRIVATE_MARK if entry.private else ""
        room = right - left - QtGui.QFontMetrics(small).horizontalAdvance(date_text) - _PAD
        marker = QtGui.QFontMetrics(small).elidedText(marker, Qt.TextElideMode.ElideRight, room)
        painter.setPen(muted)
        painter.drawText(
            QtCore.QRect(left, top, right - left, line), Qt.AlignmentFlag.AlignRight, marker
        )

        bold = QtGui.QFont(base_font)
        bold.setWeight(QtGui.QFont.Weight.DemiBold)
        headline = list_headline(entry)
        second = QtCore.QRect(left, top + line + 3, width, line)
        self._paint_marked(painter, bold, palette.color(text_role), second, headline)

        # Searching, the third line shows where the words are, when the headline does not.
        third = QtCore.QRect(left, top + 2 * line + 6, width, line)
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
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft, elided)

    def _paint_marked(
        self,
        painter: QtGui.QPainter,
        font: QtGui.QFont,
        colour: QtGui.QColor,
        rect: QtCore.QRect,
        text: str,
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        """One line of text, elided, with the words the search matched on a soft mark."""
        metrics = QtGui.QFontMetrics(font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        if spans is None:
            spans = matching_spans(text, self.search) if self.search else []
        visible = len(elided.rstrip("…")) if elided != text else len(elided)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, elided)
        for start, end in spans:
            if start >= visible:
                break
            word = elided[start : min(end, visible)]
            x = rect.left() + metrics.horizontalAdvance(elided[:start])
            mark = QtCore.QRect(x, rect.top(), metrics.horizontalAdvance(word), rect.height())
            painter.fillRect(mark.adjusted(-1, 0, 1, 0), search_mark_colour())
            painter.setPen(MARKED_TEXT)  # dark on the amber, on any row and in any theme
            painter.drawText(mark, Qt.AlignmentFlag.AlignLeft, word)


# The row's picture mark, drawn once for each count, colour and size and then copied: drawn
# afresh it cost about 100 µs a row (antialiased frame, hill and digits), a sixth of a
# scroll frame with a picture on every row. Few kinds are ever shown: a count and a colour
# (selected or not) at one text size.
_MARKS: dict[tuple[str, int, int, float, float], tuple[QtGui.QPixmap, int]] = {}
_MARKS_KEPT = 64


def _paint_attached(
    painter: QtGui.QPainter, line: QtCore.QRect, count: int, colour: QtGui.QColor
) -> int:
    """At the right of the date line, a small picture and how many pictures and files the
    entry has (words would not fit beside the date; a screen reader hears them from the
    row's summary). Returns where the space left of it ends."""
    number = QtCore.QLocale().toString(count)  # the locale's digits (about 2 µs)
    ratio = painter.device().devicePixelRatioF()
    key = (number, colour.rgba(), line.height(), painter.font().pointSizeF(), ratio)
    drawn = _MARKS.get(key)
    if drawn is None:
        if len(_MARKS) >= _MARKS_KEPT:
            _MARKS.clear()
        drawn = _MARKS[key] = _drawn_mark(painter.font(), line.height(), number, colour, ratio)
    mark, width = drawn
    painter.drawPixmap(line.right() + 1 - width, line.top(), mark)
    return line.right() + 1 - width - _PAD // 2


def _drawn_mark(
    font: QtGui.QFont, height: int, number: str, colour: QtGui.QColor, ratio: float
) -> tuple[QtGui.QPixmap, int]:
    """The mark as a picture `height` tall, with its width in the row."""
    text_width = QtGui.QFontMetrics(font).horizontalAdvance(number)
    side = max(8, height * 2 // 3)
    width = text_width + 4 + side
    mark = QtGui.QPixmap(int(width * ratio), int(height * ratio))
    mark.setDevicePixelRatio(ratio)
    mark.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(mark)
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(
            QtCore.QRect(width - text_width, 0, text_width, height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            number,
        )
        frame = QtCore.QRectF(0.5, height / 2 - side * 0.4, side, side * 0.8)
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
