"""How one entry looks in the list: date, headline, mood badge, emotions, private marker."""

from __future__ import annotations

from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.entry_model import EntryRole, list_headline
from trustjournal.ui.journal.journal_mood_style import mood_colour, mood_text_colour
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

_PAD = 12
_BADGE = 30
_Role = QtGui.QPalette.ColorRole


class EntryDelegate(QtWidgets.QStyledItemDelegate):
    """Three calm lines per entry; every row has the same height, so long lists stay fast."""

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
            self._paint_text(painter, option, entry, selected)
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
        date_text = QtCore.QLocale().toString(entry.day, "ddd d MMM yyyy")
        marker = "Private" if entry.private else ""
        painter.drawText(
            QtCore.QRect(left, top, width, line), Qt.AlignmentFlag.AlignLeft, date_text
        )
        painter.drawText(QtCore.QRect(left, top, width, line), Qt.AlignmentFlag.AlignRight, marker)

        bold = QtGui.QFont(base_font)
        bold.setWeight(QtGui.QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        headline = list_headline(entry)
        elided = QtGui.QFontMetrics(bold).elidedText(headline, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QtCore.QRect(left, top + line + 3, width, line), Qt.AlignmentFlag.AlignLeft, elided
        )

        painter.setFont(small)
        painter.setPen(muted)
        feelings = ", ".join(entry.emotions)
        elided = QtGui.QFontMetrics(small).elidedText(feelings, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QtCore.QRect(left, top + 2 * line + 6, width, line), Qt.AlignmentFlag.AlignLeft, elided
        )
