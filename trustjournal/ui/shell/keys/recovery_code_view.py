"""The recovery code, shown once: copy it, save it to a file the person chooses, or print it.

The code is written nowhere unless the person asks: Save as file writes only
to the path they picked, Print sends it only to the printer they picked.
"""

from __future__ import annotations

import os
from pathlib import Path

from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.qt import Qt, QtGui, QtPrintSupport, QtWidgets, Signal
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.widgets.controls import SPACING, button, button_row, heading, label, show_text
from trustjournal.ui.widgets.file_dialogs import choose_file_to_save

EXPLANATION = N_(
    "If you ever forget your passphrase, this code is the only way back into your journal. "
    "It is shown only this once. Write it down or print it, and keep it somewhere safe "
    "that only you can reach."
)
NOTE = N_(
    "TrustJournal keeps no copy of this code. Anyone who has it can open your journal, "
    "so store it as carefully as a key."
)
# After a key change the code waits inside the encrypted journal until confirmed, so a
# lock meanwhile does not lose it (core/vault/keys/pending_code.py); the words say so.
EXPLANATION_KEPT = N_(
    "If you ever forget your passphrase, this code is the only way back into your journal. "
    "Write it down or print it, and keep it somewhere safe that only you can reach."
)
NOTE_KEPT = N_(
    "Until you confirm below, TrustJournal keeps this code inside your encrypted journal, "
    "so it is shown again if the journal locks first; then it is deleted. Anyone who has it "
    "can open your journal, so store it as carefully as a key."
)


def code_document_text(code: str) -> str:
    return (
        "TrustJournal recovery code\n\n"
        f"{code}\n\n"
        "Keep this somewhere safe that only you can reach. Anyone who has this code "
        "can open the journal.\n"
    )


def write_private_text(path: Path, text: str) -> None:
    """Write `text` to `path`, readable only by the person (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def ask_save_path(parent: QtWidgets.QWidget) -> str:
    """The file the person chose, or '' (tests replace this)."""
    return choose_file_to_save(
        parent, _("Save your recovery code"), _("TrustJournal recovery code.txt"), _("Text (*.txt)")
    )


def ask_printer(parent: QtWidgets.QWidget) -> QtPrintSupport.QPrinter | None:
    """A printer the person chose, or None (tests replace this)."""
    printer = QtPrintSupport.QPrinter()
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    dialog.setWindowTitle(_("Print your recovery code"))
    if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
        return printer
    return None


class RecoveryCodeView(QtWidgets.QWidget):
    """Emits `confirmed` when the person says the code is stored and presses Continue."""

    confirmed = Signal()

    def __init__(
        self,
        clipboard: ClipboardGuard,
        parent: QtWidgets.QWidget | None = None,
        kept_until_confirmed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._kept = kept_until_confirmed
        self._code = ""
        self.code_label = label("", "code", "recovery_code")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName(_("Your recovery code"))
        self.copy_button = button(_("&Copy"), "copy_code_button", icon_name="copy")
        self.save_button = button(_("&Save as file…"), "save_code_button", icon_name="save")
        self.print_button = button(_("&Print…"), "print_code_button", icon_name="print")
        self.status = label("", "muted", "recovery_code_status")
        self.status.setVisible(False)
        self.stored = QtWidgets.QCheckBox(_("I have stored my recovery code somewhere safe"))
        self.stored.setObjectName("stored_checkbox")
        self.stored.setAccessibleName(_("I have stored my recovery code somewhere safe"))
        self.continue_button = button(_("Continue"), "continue_button", primary=True)
        self.continue_button.setEnabled(False)
        self._build()
        self._connect()

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(heading(_("Your recovery code")))
        layout.addWidget(label(_(EXPLANATION_KEPT) if self._kept else _(EXPLANATION)))
        layout.addWidget(self.code_label)
        actions = QtWidgets.QHBoxLayout()
        actions.setSpacing(SPACING)
        for widget in (self.copy_button, self.save_button, self.print_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(label(_(NOTE_KEPT) if self._kept else _(NOTE), "muted"))
        layout.addSpacing(SPACING)
        layout.addWidget(self.stored)
        layout.addLayout(button_row(self.continue_button))

    def _connect(self) -> None:
        self.copy_button.clicked.connect(self.copy_code)
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.stored.setChecked(False)
        show_text(self.status, "")

    def forget_code(self) -> None:
        self._code = ""
        self.code_label.clear()

    def copy_code(self) -> None:
        self._clipboard.copy(self._code)
        show_text(self.status, _("Copied. Paste it somewhere safe, then come back here."))

    def save_code(self, path: Path) -> None:
        write_private_text(path, code_document_text(self._code))
        show_text(
            self.status, _("Saved to {name}. Keep that file somewhere safe.").format(name=path.name)
        )

    def print_code(self, printer: QtPrintSupport.QPrinter) -> None:
        document = QtGui.QTextDocument()
        document.setPlainText(code_document_text(self._code))
        document.print_(printer)
        show_text(self.status, _("Sent to the printer."))

    def _save_clicked(self) -> None:
        chosen = ask_save_path(self)
        if not chosen:
            return
        try:
            self.save_code(Path(chosen))
        except OSError:
            show_text(self.status, _("That file could not be written. Try another place."))

    def _print_clicked(self) -> None:
        printer = ask_printer(self)
        if printer is not None:
            self.print_code(printer)

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.confirmed.emit()
