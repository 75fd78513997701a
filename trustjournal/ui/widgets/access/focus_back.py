"""The focus goes back where it was when a dialog closes (issue 23: "dialogs return focus
to where they were opened"). Qt leaves that to the window manager; with none, or a slow
one, the keyboard went nowhere after Escape and shortcuts needed a click first."""

from __future__ import annotations

from trustjournal.ui.qt import Qt, QtCore, QtWidgets, Signal, is_alive


def give_focus_back(opener: QtWidgets.QWidget | None) -> None:
    """Back to the widget that opened a dialog, in an active window."""
    if opener is None or not is_alive(opener) or not opener.isVisible():
        return
    window = opener.window()
    window.activateWindow()
    window.raise_()
    opener.setFocus(Qt.FocusReason.OtherFocusReason)


class FocusGoesBack(QtCore.QObject):
    """For a dialog no `DialogSlot` holds (the journal window's Import… and Help windows):
    when the dialog finishes, the focus goes back to the widget that had it when the dialog
    was made. A dialog closed from outside (a lock) is `forget_opener`ed first: the
    journal's window is going away, and bringing it forward would undo a quick hide."""

    # The dialog's `finished` comes through a signal of its own, not a Python callable
    # connected to the dialog: PySide drops those as the dialog is destroyed.
    _finished = Signal(int)

    def __init__(self, dialog: QtWidgets.QDialog) -> None:
        super().__init__(dialog)  # goes when the dialog goes
        self._opener = QtWidgets.QApplication.focusWidget()
        self._finished.connect(self._give_back)
        dialog.finished.connect(self._finished)

    def forget(self) -> None:
        self._opener = None

    def _give_back(self, _result: int) -> None:
        opener, self._opener = self._opener, None
        give_focus_back(opener)


def forget_opener(dialog: QtWidgets.QDialog) -> None:
    """The dialog is closed from outside: the focus stays where the closing puts it."""
    for keeper in dialog.findChildren(FocusGoesBack):
        keeper.forget()
