"""The Export place: what an export is, and the way into the export dialog.

The dialog does the choosing, previewing and writing; this page explains, once,
that an export leaves the journal's protection, and says where the last one went.
"""

from __future__ import annotations

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.access.announce import announce
from trustjournal.ui.widgets.access.focus_back import give_focus_back
from trustjournal.ui.widgets.controls import (
    button,
    button_row,
    card,
    centered,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.page import Page

EXPLANATION = N_(
    "Choose a period and the entries you want to share, see exactly what will be in it, "
    "then save it as a PDF, Markdown, web page, plain text or JSON file, or print it. "
    "Private entries stay out unless you choose them."
)
LEAVES_PROTECTION = N_(
    "An export is a copy outside your journal. Your passphrase no longer protects it, "
    "so keep it somewhere only you can reach, or protect the PDF with a password. "
    "TrustJournal never opens an export by itself."
)


class ExportPage(Page):
    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportPage")
        self.setAccessibleName(_("Export"))
        self._journal: Journal | None = journal
        self.dialog: ExportDialog | None = None
        self._opener: QtWidgets.QWidget | None = None  # had the focus when the dialog opened
        frame, layout = card("export_card", max_width=620)
        layout.addWidget(heading(_("Export for therapy")))
        layout.addWidget(label(_(EXPLANATION)))
        layout.addWidget(label(_(LEAVES_PROTECTION), "muted", "export_leaves_protection"))
        self.status = label("", "", "export_status")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.open_button = button(
            _("Prepare an export…"), "export_open_button", primary=True, icon_name="export"
        )
        self.open_button.clicked.connect(self.open_dialog)
        layout.addLayout(button_row(self.open_button))
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(frame))

    def open_dialog(self) -> ExportDialog | None:
        if self._journal is None:
            return None
        if self.dialog is None:
            self._opener = QtWidgets.QApplication.focusWidget()
            self.dialog = ExportDialog(self._journal, self)
            self.dialog.exported.connect(self._exported)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _exported(self, path: str) -> None:
        show_text(
            self.status,
            _("Saved to {path}. It is now outside your journal's protection.").format(path=path),
        )
        announce(self, self.status.text())

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        # Without a window manager nothing gave the main window back its focus: after an
        # export the keyboard went nowhere (found by the keyboard-only test).
        opener, self._opener = self._opener, None
        give_focus_back(opener)

    def save_pending(self) -> None:
        """Nothing to save: an export is written only when the person says so."""

    def clear_for_lock(self) -> None:
        """Close the dialog (its preview holds journal text) and let go of the journal."""
        self._opener = None  # a lock closes the dialog: the lock screen keeps the focus
        if self.dialog is not None:
            self.dialog.preview.clear()
            self.dialog.reject()
        show_text(self.status, "")
        self._journal = None
