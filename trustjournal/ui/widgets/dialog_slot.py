"""One dialog open at a time (a new one closes the old, a lock closes it too), for a trust
page and for the session's vault dialogs alike; and, for the trust dialogs, saving that keeps
the dialog open with a reason when refused."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtCore, QtWidgets, Signal, is_alive
from trustjournal.ui.widgets.access.focus_back import give_focus_back
from trustjournal.ui.widgets.controls import button, button_row, heading, label, show_text
from trustjournal.ui.widgets.dialog_fit import dialog_body, fit_dialog

READING_WIDTH = 320  # px: a text box narrower than this reads a few words a line
T = TypeVar("T")
D = TypeVar("D", bound=QtWidgets.QDialog)


class DialogSlot(QtCore.QObject):
    """Holds the one dialog open; lets go of it when it finishes, and Qt deletes it then."""

    # The dialogs' `finished` reaches the slot through its own signal, not a Python callable
    # connected to each dialog: PySide drops a dialog's Python connections as it is
    # destroyed, which breaks anyone else waiting on that dialog's `destroyed`.
    _finished = Signal(int)
    # The dialog held finished by itself (not closed from outside) and none took its place;
    # sent before the focus goes back, so that a listener can `keep_opener` for the next.
    emptied = Signal()

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: QtWidgets.QDialog | None = None
        self._close: Callable[[], None] | None = None
        self._opener: QtWidgets.QWidget | None = None  # had the focus when the dialog opened
        self._opener_kept = False  # the next dialog continues the one that just finished
        self._finished.connect(self._release)

    def open(
        self,
        dialog: QtWidgets.QDialog,
        on_accepted: Callable[[], None] | None = None,
        close: Callable[[], None] | None = None,
    ) -> None:
        """Show `dialog` window-modal (never a nested event loop), closing any other first.

        `close` is how to close it from outside (a lock, or the next dialog): by default
        `reject`, but a dialog that refuses Escape while its work must be seen (a new
        recovery code) gives its `force_close`."""
        opener = self._opener_of(dialog)
        self.close()
        self.dialog, self._opener = dialog, opener
        self._close = close or dialog.reject
        if on_accepted is not None:
            dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._finished)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _opener_of(self, dialog: QtWidgets.QDialog) -> QtWidgets.QWidget | None:
        """The widget with the focus now; when that is inside the dialog this one replaces
        (a dialog that leads to the next), the widget that opened the first of them."""
        if self._opener_kept:
            self._opener_kept = False
            return self._opener
        focused = QtWidgets.QApplication.focusWidget()
        held = self.dialog
        if focused is None or focused is dialog:
            return self._opener
        if held is not None and is_alive(held) and held.isAncestorOf(focused):
            return self._opener
        return focused

    def keep_opener(self) -> None:
        """The dialog that just finished leads to another opened a moment later (Settings,
        back after one of its sub-dialogs): that one inherits the opener, and the focus goes
        back only when it finishes. Given back at once, the focus would be asked for the
        main window, then taken by the next dialog, and nobody would remember where it came
        from: with no window manager the keyboard then went nowhere after the last Escape."""
        self._opener_kept = self._opener is not None

    def close(self) -> None:
        self._opener_kept = False  # from outside (a lock, the next dialog): no chain to keep
        dialog, close = self.dialog, self._close
        self.dialog, self._close = None, None
        if dialog is not None and close is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt, with its parent
                close()

    def current(self, kind: type[D]) -> D | None:
        """The open dialog if it is a `kind`, else None."""
        return self.dialog if isinstance(self.dialog, kind) else None

    def _release(self, _result: int) -> None:
        """A dialog finished (hidden first, then `finished`): if it is the one held, the
        slot is free. One closed earlier finishing late leaves the one now open alone."""
        dialog = self.dialog
        if dialog is not None and not dialog.isVisible():
            self.dialog, self._close = None, None
            self.emptied.emit()  # a listener may keep the opener for a dialog that follows
            if not self._opener_kept and self.dialog is None:
                self._give_focus_back()

    def _give_focus_back(self) -> None:
        opener, self._opener = self._opener, None
        give_focus_back(opener)


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
    save_button = button(_("Save"), f"{prefix}Save", primary=True)
    cancel_button = button(_("Cancel"), f"{prefix}Cancel")
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
    # Its dialog grows instead: a longer language's labels beside it took its width.
    field.setMinimumWidth(READING_WIDTH)
    return field


def dialog_layout(
    dialog: QtWidgets.QDialog,
    form: QtWidgets.QFormLayout,
    message: QtWidgets.QLabel,
    buttons: tuple[QtWidgets.QPushButton, QtWidgets.QPushButton],
    help_text: str = "",
    width: int = 500,
) -> None:
    """Every trust dialog's order: its title as a heading, a muted line of help, the form,
    the refusal message, then Cancel and Save. The dialog is `width` px wide at the usual
    text size, grows with the text and its widest control, and its heading, help and form
    scroll when the screen is too short for them; the message and buttons stay in view."""
    body, outer = dialog_body(dialog, f"{dialog.objectName()}Scroll")
    body.addWidget(heading(dialog.windowTitle()))
    if help_text:
        body.addWidget(label(help_text, "muted"))
    body.addLayout(form)
    body.addStretch(1)
    outer.addWidget(message)
    outer.addLayout(button_row(*buttons))
    FitsWhenShown(dialog, width)


class FitsWhenShown(QtCore.QObject):
    """Sizes its dialog for its words (`dialog_fit.fit_dialog`) each time it shows: the
    words, their language and the text size are only final then."""

    def __init__(self, dialog: QtWidgets.QDialog, width: int) -> None:
        super().__init__(dialog)
        self._width = width
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Show and isinstance(watched, QtWidgets.QDialog):
            fit_dialog(watched, self._width)
        return False
