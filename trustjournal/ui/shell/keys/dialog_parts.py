"""The parts the key dialogs build alike: the dialog named once for windows and screen
readers, its heading and explanation (every key dialog), and the end of its form (a
sentence when something fails, a busy bar, Cancel and the action: restore from a backup,
change the key)."""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.controls import SPACING, busy_bar, button, button_row, heading, label


@dataclass(frozen=True)
class FormEnd:
    message: QtWidgets.QLabel
    busy: QtWidgets.QProgressBar
    go_button: QtWidgets.QPushButton
    cancel_button: QtWidgets.QPushButton


def name_dialog(dialog: QtWidgets.QDialog, name: str, title: str) -> None:
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)


def form_end(prefix: str, busy: str, go: str, go_name: str) -> FormEnd:
    """The parts named `<prefix>_message`, `<prefix>_busy` and `<prefix>_cancel_button`."""
    return FormEnd(
        message=label("", "error", f"{prefix}_message"),
        busy=busy_bar(f"{prefix}_busy", busy),
        go_button=button(go, go_name, primary=True),
        cancel_button=button(_("Cancel"), f"{prefix}_cancel_button"),
    )


def form_column(
    layout: QtWidgets.QVBoxLayout, title: str, *explain: QtWidgets.QLabel
) -> QtWidgets.QVBoxLayout:
    """`layout` spaced like every key dialog, opened by its heading and explanation."""
    layout.setSpacing(SPACING)
    layout.addWidget(heading(title))
    for words in explain:
        layout.addWidget(words)
    return layout


def add_form_end(layout: QtWidgets.QVBoxLayout, end: FormEnd) -> None:
    layout.addWidget(end.message)
    layout.addWidget(end.busy)
    layout.addLayout(button_row(end.go_button, leading=end.cancel_button))
