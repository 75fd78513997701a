"""Dialogs of the trust pages: one open at a time on a page (a new one closes the old, a
lock closes it too), and saving that keeps the dialog open with a reason when refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from trustjournal.core.errors import TrustJournalError
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.controls import button, button_row, heading, label, show_text

T = TypeVar("T")


class DialogSlot:
    def __init__(self) -> None:
        self.dialog: QtWidgets.QDialog | None = None

    def open(
        self, dialog: QtWidgets.QDialog, on_accepted: Callable[[], None] | None = None
    ) -> None:
        """Show `dialog` window-modal (never a nested event loop), closing any other first."""
        self.close()
        self.dialog = dialog
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _result: self._release(dialog))
        dialog.open()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # its finished signal releases it

    def _release(self, dialog: QtWidgets.QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def save_or_say(
    dialog: QtWidgets.QDialog, message: QtWidgets.QLabel, store: Callable[[], T]
) -> T | None:
    """Save through the core and close the dialog; when the core refuses, show its
    sentence in `message` and keep everything the person typed."""
    try:
        saved = store()
    except TrustJournalError as error:
        show_text(message, str(error))
        return None
    dialog.accept()
    return saved


def save_controls(
    dialog: QtWidgets.QDialog, prefix: str, save: Callable[[], object]
) -> tuple[QtWidgets.QLabel, QtWidgets.QPushButton, QtWidgets.QPushButton]:
    """The refusal message (hidden until needed), Save and Cancel that every trust dialog
    has, named `<prefix>Message`, `<prefix>Save` and `<prefix>Cancel`, already wired."""
    message = label("", "error", f"{prefix}Message")
    message.setVisible(False)
    save_button = button("Save", f"{prefix}Save", primary=True)
    cancel_button = button("Cancel", f"{prefix}Cancel")
    save_button.clicked.connect(save)
    cancel_button.clicked.connect(dialog.reject)
    return message, save_button, cancel_button


def line(name: str, accessible: str, placeholder: str = "") -> QtWidgets.QLineEdit:
    field = QtWidgets.QLineEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    return field


def short_text(
    name: str, accessible: str, placeholder: str = "", height: int = 64
) -> QtWidgets.QPlainTextEdit:
    """A few lines of text; Tab moves on to the next field instead of typing a tab."""
    field = QtWidgets.QPlainTextEdit()
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setPlaceholderText(placeholder)
    field.setTabChangesFocus(True)
    field.setFixedHeight(height)
    return field


def dialog_layout(
    dialog: QtWidgets.QDialog,
    form: QtWidgets.QFormLayout,
    message: QtWidgets.QLabel,
    buttons: tuple[QtWidgets.QPushButton, QtWidgets.QPushButton],
    help_text: str = "",
    min_width: int = 500,
) -> None:
    """Every trust dialog's order: its title as a heading, a muted line of help, the form,
    the refusal message, then Cancel and Save."""
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(heading(dialog.windowTitle()))
    if help_text:
        layout.addWidget(label(help_text, "muted"))
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addLayout(button_row(*buttons))
    dialog.setMinimumWidth(min_width)
