"""Dialogs of the trust pages: one open at a time on a page (a new one closes the old, a
lock closes it too), and saving that keeps the dialog open with a reason when refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from trustjournal.core.errors import TrustJournalError
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets import show_text

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
