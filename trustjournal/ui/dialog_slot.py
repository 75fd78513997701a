"""One dialog open at a time on a page: a new one closes the old, a lock closes it too."""

from __future__ import annotations

from collections.abc import Callable

from trustjournal.ui.qt import QtWidgets


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
