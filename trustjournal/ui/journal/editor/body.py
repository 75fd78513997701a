"""The writing surface: a plain text editor whose column keeps a readable measure.

On a wide screen a line of 150 characters is hard to follow back to its start;
the text stays in a centred column of about 76 characters, and a narrow window
uses its whole width.
"""

from __future__ import annotations

from trustjournal.ui.journal.editor.withheld import (
    insert_runs,
    is_withheld,
    pasted_runs,
    selection_mime,
    shared_format,
)
from trustjournal.ui.journal.pictures.arriving import arrival_in
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets, Signal

MEASURE_CHARS = 76  # characters a line holds at most, by the font's average width


class WritingSurface(QtWidgets.QPlainTextEdit):
    passage_withheld = Signal()  # a pasted or dropped passage is kept out of exports
    files_arrived = Signal(object)  # QMimeData with files or a picture, to attach

    def canInsertFromMimeData(self, source: QtCore.QMimeData) -> bool:  # noqa: N802 (Qt API)
        return arrival_in(source) is not None or super().canInsertFromMimeData(source)

    def createMimeDataFromSelection(self) -> QtCore.QMimeData:  # noqa: N802 (Qt API)
        return selection_mime(self.textCursor())

    def insertFromMimeData(self, source: QtCore.QMimeData) -> None:  # noqa: N802 (Qt API)
        """Withheld passages arrive styled at once, never as `[[withhold]]` markup; files and
        pictures go to the entry's attachments, never into the text as their paths."""
        if arrival_in(source) is not None:
            self.files_arrived.emit(source)
            return
        runs = pasted_runs(source)
        if runs is None:
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        if insert_runs(cursor, runs, self.palette()):
            self.passage_withheld.emit()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.text():
            self._share_after_withheld()
        super().keyPressEvent(event)

    def _share_after_withheld(self) -> None:
        """Just after a passage kept out of exports, new words are shared: only a chosen
        selection is ever kept out, never what is typed after it."""
        cursor = self.textCursor()
        if cursor.hasSelection() or not is_withheld(cursor.charFormat()):
            return
        after = QtGui.QTextCursor(cursor)
        moved = after.movePosition(QtGui.QTextCursor.MoveOperation.NextCharacter)
        if not moved or after.atBlockStart() or not is_withheld(after.charFormat()):
            self.setCurrentCharFormat(shared_format())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._keep_measure()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._keep_measure()

    def _keep_measure(self) -> None:
        """Centre a column no wider than the measure; margins only ever shrink the text."""
        margin = self.document().documentMargin()
        column = MEASURE_CHARS * self.fontMetrics().averageCharWidth() + 2 * margin
        frame = 2 * self.frameWidth()
        scroll = self.verticalScrollBar().sizeHint().width()
        spare = self.width() - frame - scroll - column
        side = max(0, int(spare // 2))
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
