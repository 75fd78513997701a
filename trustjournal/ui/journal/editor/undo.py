"""'Entry deleted — Undo': deleted entries can come back until the window closes or locks."""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.naming import named
from trustjournal.ui.qt import QtGui, QtWidgets, Signal


class UndoBar(QtWidgets.QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "journalUndoBar", _("Deleted entry"))
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QtGui.QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self._deleted: list[Entry] = []
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        self.message = named(QtWidgets.QLabel(self), "journalUndoMessage", _("Deleted entry"))
        self.undo_button = named(
            QtWidgets.QPushButton(_("Undo"), self), "journalUndoButton", _("Undo delete")
        )
        self.undo_button.clicked.connect(self.undo_requested)
        self.dismiss = named(
            QtWidgets.QToolButton(self), "journalUndoDismiss", _("Hide this message")
        )
        self.dismiss.setText("✕")
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.dismiss)
        self.hide()

    def offer(self, entry: Entry) -> None:
        self._deleted.append(entry)
        self._show_count()

    def take(self) -> Entry | None:
        entry = self._deleted.pop() if self._deleted else None
        self._show_count()
        return entry

    def forget(self) -> None:
        """Drop every deleted entry held for undo (on lock): they cannot come back after."""
        self._deleted.clear()
        self.message.setText("")
        self.hide()

    def pending(self) -> int:
        return len(self._deleted)

    def _show_count(self) -> None:
        count = len(self._deleted)
        if count == 0:
            self.hide()
            return
        self.message.setText(texts.entries_deleted(count))
        self.setVisible(True)
