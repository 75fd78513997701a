"""The frame the Help menu's windows share: a titled, readable dialog with one Close button."""

from __future__ import annotations

from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.widgets.access.focus_back import FocusGoesBack, forget_opener
from trustjournal.ui.widgets.controls import button, button_row

HELP_WINDOW = "help_window"


def help_dialog(
    parent: QtWidgets.QWidget, name: str, title: str, *parts: QtWidgets.QWidget
) -> QtWidgets.QDialog:
    """A dialog named `name` showing `parts` one under another, closed by Close or Esc,
    which gives the focus back to what had it when the dialog was made."""
    dialog = QtWidgets.QDialog(parent)
    dialog.setObjectName(name)
    dialog.setProperty(HELP_WINDOW, True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.setSpacing(10)
    for part in parts:
        layout.addWidget(part)
    close = button(_("Close"), f"{name}_close", primary=True)
    close.clicked.connect(dialog.accept)
    layout.addLayout(button_row(close))
    FocusGoesBack(dialog)
    return dialog


def close_help_windows(window: QtWidgets.QWidget) -> None:
    """Locking leaves nothing of the unlocked app on screen, help included."""
    for dialog in window.findChildren(QtWidgets.QDialog):
        if dialog.property(HELP_WINDOW):
            forget_opener(dialog)  # the window is going away: nothing to give back to
            dialog.close()
