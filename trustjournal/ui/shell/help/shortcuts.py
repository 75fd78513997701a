"""Help → Keyboard shortcuts: a cheat sheet read from the window's own actions and the
pages' shortcuts when it opens, so it always lists the keys that really work."""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.help.dialog import help_dialog
from trustjournal.ui.widgets.controls import label
from trustjournal.ui.widgets.sizing import fitting_size

WANTED_SIZE = QtCore.QSize(640, 560)
EVERYWHERE = N_("Anywhere")
INTRO = N_("Every key TrustJournal answers. The quick-hide key can be changed in Settings.")


@dataclass(frozen=True)
class Shortcut:
    keys: str
    does: str
    where: str


def _keys(sequence: QtGui.QKeySequence) -> str:
    return sequence.toString(QtGui.QKeySequence.SequenceFormat.NativeText)


def window_shortcuts(window: QtWidgets.QWidget) -> list[Shortcut]:
    """The window's actions that have a key, in the order they were made."""
    return [
        Shortcut(
            _keys(action.shortcut()), action.text().replace("&", "").rstrip("…"), _(EVERYWHERE)
        )
        for action in window.actions()
        if not action.shortcut().isEmpty()
    ]


def page_shortcuts(pages: dict[str, tuple[str, QtWidgets.QWidget]]) -> list[Shortcut]:
    """The keys a page answers by itself (described by the shortcut's What's This text)."""
    found = []
    for title, page in pages.values():
        for shortcut in page.findChildren(QtGui.QShortcut):
            if shortcut.isEnabled() and not shortcut.key().isEmpty():
                found.append(Shortcut(_keys(shortcut.key()), shortcut.whatsThis(), title))
    return found


def keyboard_map() -> list[Shortcut]:
    """The keys no action lists: moving between controls, and the Timeline's chart
    (docs/accessibility.md, "Keyboard", says the same)."""
    anywhere, chart = _("Anywhere"), _("Timeline chart")
    return [
        Shortcut(
            _("Tab, Shift+Tab"), _("Next or previous control; also out of any text"), anywhere
        ),
        Shortcut(
            _("Space, Enter"), _("Press the button or tick the box that has the focus"), anywhere
        ),
        Shortcut(_("Escape"), _("Close the dialog"), anywhere),
        Shortcut(_("Left, Right"), _("Earlier or later (with Shift: a whole view)"), chart),
        Shortcut(_("+, -"), _("Zoom in or out: month, quarter, year, all"), chart),
        Shortcut(_("Home"), _("Back to the latest days"), chart),
        Shortcut(_("Up, Down"), _("Choose the previous or next point; it is read aloud"), chart),
        Shortcut(_("Enter"), _("Open the chosen check-in, moment or day"), chart),
    ]


def shortcuts_dialog(
    window: QtWidgets.QWidget, pages: dict[str, tuple[str, QtWidgets.QWidget]]
) -> QtWidgets.QDialog:
    rows = window_shortcuts(window) + page_shortcuts(pages) + keyboard_map()
    table = QtWidgets.QTableWidget(len(rows), 3)
    table.setObjectName("shortcuts_table")
    table.setAccessibleName(_("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([_("Keys"), _("What it does"), _("Where")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab goes on to Close; arrows move in the table
    for row, shortcut in enumerate(rows):
        for column, text in enumerate((shortcut.keys, shortcut.does, shortcut.where)):
            table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    dialog = help_dialog(
        window, "shortcuts_dialog", _("Keyboard shortcuts"), label(_(INTRO)), table
    )
    dialog.resize(fitting_size(WANTED_SIZE, window))
    return dialog
