"""Help → About: which TrustJournal this is, its licence, and where the journal lives."""

from __future__ import annotations

from pathlib import Path

from trustjournal import __version__
from trustjournal.core.language.speaking import _
from trustjournal.identity import LICENCE, LICENCE_NAME
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell import texts
from trustjournal.ui.shell.help.dialog import help_dialog
from trustjournal.ui.widgets.controls import heading, label


def about_dialog(parent: QtWidgets.QWidget, journal_folder: Path) -> QtWidgets.QDialog:
    folder = label(str(journal_folder), name="about_folder")
    # The path can be selected and copied, so the person can find or back up the folder.
    folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    dialog = help_dialog(
        parent,
        "about_dialog",
        _("About TrustJournal"),
        heading(f"TrustJournal {__version__}", "about_version"),
        label(texts.ABOUT),
        label(
            _("Free software under the {licence} ({code}).").format(
                licence=LICENCE_NAME, code=LICENCE
            ),
            name="about_licence",
        ),
        label(_("Your journal lives in this folder:"), "subheading"),
        folder,
        label(texts.HELP_ELSEWHERE, "muted"),
    )
    dialog.setMinimumWidth(520)
    return dialog
