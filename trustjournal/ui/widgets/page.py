"""What the main window counts on from every place's page (the sidebar's places).

A page is made as `SomePage(journal, parent=None, clock=None)` (a `PageMaker`), asks the
window for things by signal, and answers the few calls the window makes. What a page does
not need has a plain default here; emptying at lock has none, since a page that forgot it
would keep words on screen behind the lock screen.

A base class rather than a `typing.Protocol`: Qt signals must be declared on a QObject
class, and the window needs each page to be a widget too. Not an `abc.ABC` either: Qt's
metaclass and ABCMeta cannot be combined. Pages live in their rooms and never import
`ui/shell` (the window imports them), so no circle of imports appears.
"""

from __future__ import annotations

from collections.abc import Callable

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtWidgets, Signal


class Page(QtWidgets.QWidget):
    write_requested = Signal(str)  # write from this prompt id, or "" for a plain entry
    open_entry_requested = Signal(int)  # show this entry in the Journal
    open_place_requested = Signal(str)  # go to the place with this key
    together_requested = Signal()  # check in together (the session runs it)

    def save_pending(self) -> None:
        """Save what waits unsaved (before a lock, an import or quitting); most pages
        save as they go, when the person says so."""

    def clear_for_lock(self) -> None:
        """Close dialogs, empty every view and let go of the journal."""
        raise NotImplementedError(f"{type(self).__name__} must say how it empties at lock")

    def new_entry(self, prompt_id: str = "") -> None:
        """Start writing, from a prompt when one is named (the Journal page does)."""

    def open_entry(self, entry_id: int) -> None:
        """Show one entry (the Journal page does)."""


# A page class is its own maker: `TodayPage(journal, parent, clock)`.
PageMaker = Callable[[Journal, QtWidgets.QWidget | None, Clock | None], Page]
