"""Help → "What TrustJournal protects and what it cannot": the words onboarding shows,
the same constants from the shell's texts, so the two can never say different things."""

from __future__ import annotations

from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.help.dialog import help_dialog
from trustjournal.ui.shell.texts import ADVICE, KEPT_PRIVATE, NOT_PRIVATE
from trustjournal.ui.widgets.controls import heading, label

TITLE = "What TrustJournal protects and what it cannot"


def limits_dialog(parent: QtWidgets.QWidget) -> QtWidgets.QDialog:
    dialog = help_dialog(
        parent,
        "limits_dialog",
        TITLE,
        heading("What stays private"),
        label(KEPT_PRIVATE, name="limits_kept_private"),
        label("What no app can protect against", "subheading"),
        label(NOT_PRIVATE, name="limits_list"),
        label(ADVICE, "muted", "limits_advice"),
    )
    dialog.setMinimumWidth(560)
    return dialog
