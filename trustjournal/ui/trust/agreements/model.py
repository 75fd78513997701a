"""A thin table model over the agreements: title, status, the day made, the review date.

Reviews that have come are marked (a soft background, bold, and words for
screen readers), never in an alarming colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import Agreement
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.trust.agreements import texts
from trustjournal.ui.trust.timeline.data import short_day

DUE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
_ROLE = Qt.ItemDataRole
_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


def review_is_due(agreement: Agreement, today: dt.date) -> bool:
    return (
        agreement.status == "active" and agreement.review is not None and agreement.review <= today
    )


class AgreementTableModel(QtCore.QAbstractTableModel):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Agreement] = []
        self._today = dt.date.today()

    def set_agreements(self, agreements: Sequence[Agreement], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(agreements)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_agreements((), self._today)

    def agreement_at(self, row: int) -> Agreement:
        return self._rows[row]

    def row_of(self, agreement_id: int) -> int | None:
        for row, agreement in enumerate(self._rows):
            if agreement.id == agreement_id:
                return row
        return None

    def rowCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(texts.AGREEMENT_COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _ROLE.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        columns = texts.AGREEMENT_COLUMNS
        if horizontal and role == _ROLE.DisplayRole and 0 <= section < len(columns):
            return _(columns[section])
        return None

    def data(self, index: _Index, role: int = _ROLE.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement = self._rows[index.row()]
        due = review_is_due(agreement, self._today)
        if role in (_ROLE.DisplayRole, _ROLE.AccessibleTextRole):
            return self._text(agreement, index.column(), due, role == _ROLE.AccessibleTextRole)
        if role == ID_ROLE:
            return agreement.id
        if role == DUE_ROLE:
            return due
        if role == _ROLE.ToolTipRole and due:
            return texts.REVIEW_DUE_TIP.format(day=short_day(agreement.review or self._today))
        if role == _ROLE.FontRole and due:
            font = QtGui.QFont(QtWidgets.QApplication.font())
            font.setBold(True)
            return font
        if role == _ROLE.BackgroundRole and due:
            soft = QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Highlight)
            soft.setAlpha(45)
            return QtGui.QBrush(soft)
        return None

    @staticmethod
    def _text(agreement: Agreement, column: int, due: bool, spoken: bool) -> str:
        if column == 0:
            return agreement.title
        if column == 1:
            return texts.agreement_status(agreement.status)
        if column == 2:
            return short_day(agreement.made)
        if agreement.review is None:
            return texts.NO_REVIEW_DATE if spoken else ""
        review = short_day(agreement.review)
        if not due:
            return review
        return (texts.REVIEW_DUE_SPOKEN if spoken else texts.REVIEW_DUE_CELL).format(day=review)
