"""The app's places (the sidebar) and the pages that fill them.

Each place's page lives in its room (`trustjournal.ui.<room>.<key>_page`) as a class
`<Key>Page(journal, parent=None, clock=None)`.
A page may have `save_pending()`, `clear_for_lock()`, `new_entry()`,
`open_entry(entry_id)` and signals `write_requested` and `open_entry_requested(int)`.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.widgets.icons import icon


@dataclass(frozen=True)
class Place:
    key: str
    title: str
    icon_name: str
    module: str  # where its page lives, imported when the main window is built
    class_name: str


PLACES = (
    Place("today", "Today", "today", "trustjournal.ui.trust.today.page", "TodayPage"),
    Place("journal", "Journal", "journal", "trustjournal.ui.journal.page", "JournalPage"),
    Place(
        "timeline", "Timeline", "timeline", "trustjournal.ui.trust.timeline.page", "TimelinePage"
    ),
    Place("prompts", "Prompts", "prompts", "trustjournal.ui.trust.prompts.page", "PromptsPage"),
    Place(
        "agreements",
        "Agreements",
        "agreements",
        "trustjournal.ui.trust.agreements.page",
        "AgreementsPage",
    ),
    Place("export", "Export", "export", "trustjournal.ui.exchange.export_page", "ExportPage"),
    Place(
        "hard_days",
        "When it's hard",
        "heart",
        "trustjournal.ui.trust.hard_days.page",
        "HardDaysPage",
    ),
)


def make_page(
    place: Place, journal: Journal, clock: Clock, parent: QtWidgets.QWidget
) -> QtWidgets.QWidget:
    """The place's page, given the clock when it takes one."""
    page_class = page_class_for(place)
    takes_clock = "clock" in inspect.signature(page_class).parameters
    extra = {"clock": clock} if takes_clock else {}
    page: QtWidgets.QWidget = page_class(journal, parent, **extra)
    if not page.objectName():
        page.setObjectName(f"page_{place.key}")
    return page


def page_class_for(place: Place) -> type[QtWidgets.QWidget]:
    # Imported here, not at the top: the pages import the shell's pieces in turn.
    module = importlib.import_module(place.module)
    found: type[QtWidgets.QWidget] = getattr(module, place.class_name)
    return found


def sidebar(parent: QtWidgets.QWidget | None = None) -> QtWidgets.QListWidget:
    widget = QtWidgets.QListWidget(parent)
    widget.setObjectName("sidebar")
    widget.setAccessibleName("Places")
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setFixedWidth(210)
    widget.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for number, place in enumerate(PLACES, start=1):
        item = QtWidgets.QListWidgetItem(icon(place.icon_name), place.title)
        item.setToolTip(f"{place.title} (Ctrl+{number})")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, place.title)
        item.setData(Qt.ItemDataRole.UserRole, place.key)
        widget.addItem(item)
    return widget
