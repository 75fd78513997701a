"""Help → "What TrustJournal protects and what it cannot": the words onboarding shows,
the same constants from the shell's texts, so the two can never say different things."""

from __future__ import annotations

from trustjournal.core.language.speaking import N_, _
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell import texts
from trustjournal.ui.shell.help.dialog import help_dialog
from trustjournal.ui.widgets.controls import heading, label

TITLE = N_("What TrustJournal protects and what it cannot")


def limits_dialog(parent: QtWidgets.QWidget) -> QtWidgets.QDialog:
    dialog = help_dialog(
        parent,
        "limits_dialog",
        _(TITLE),
        heading(_("What stays private")),
        label(texts.KEPT_PRIVATE, name="limits_kept_private"),
        label(_("What no app can protect against"), "subheading"),
        label(texts.NOT_PRIVATE, name="limits_list"),
        label(_("Notes written while the journal is locked"), "subheading"),
        label(inbox_texts.WHAT_SEALING_PROTECTS, name="limits_sealed_notes"),
        label(texts.ADVICE, "muted", "limits_advice"),
    )
    dialog.setMinimumWidth(560)
    return dialog
