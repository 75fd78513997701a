"""The app's places (the sidebar) and the pages that fill them.

Each place's page lives in its own module, `trustjournal.ui.<key>_page`, with a
class `<Key>Page(journal, parent=None, clock=None)`; it is imported lazily, and
while it has not been written the place shows a calm placeholder instead.
A page may have `save_pending()`, `clear_for_lock()`, `new_entry()`,
`open_entry(entry_id)` and signals `write_requested` and `open_entry_requested(int)`.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.icons import icon
from trustjournal.ui.qt import Qt, QtWidgets, Signal
from trustjournal.ui.widgets import button, button_row, card, centered, heading, label


@dataclass(frozen=True)
class Place:
    key: str
    title: str
    icon_name: str
    placeholder: str

    @property
    def module(self) -> str:
        return f"trustjournal.ui.{self.key}_page"

    @property
    def class_name(self) -> str:
        return f"{self.key.capitalize()}Page"


PLACES = (
    Place(
        "today",
        "Today",
        "today",
        "A gentle start to the day will live here: today's prompt, a quick check-in and "
        "what you wrote lately.",
    ),
    Place("journal", "Journal", "journal", "Your entries will be here."),
    Place(
        "timeline",
        "Timeline",
        "timeline",
        "Here you will be able to see how trust is being rebuilt over time: check-ins, "
        "the moments that mattered, and gentle trends.",
    ),
    Place(
        "prompts",
        "Prompts",
        "prompts",
        "Guided prompts, written with care for where you are, will be here to help when "
        "the words are hard to find.",
    ),
    Place(
        "agreements",
        "Agreements",
        "agreements",
        "A place for the agreements you make together: when you made them, when to look "
        "at them again, and how they are going.",
    ),
    Place(
        "export",
        "Export",
        "export",
        "Soon you will be able to choose entries to bring to your therapist, as a clean, "
        "readable summary.",
    ),
)
COMING_SOON = "This part is still being built. Thank you for your patience."


class PlaceholderPage(QtWidgets.QWidget):
    """A calm 'coming soon' page; Today also offers a way to start writing."""

    write_requested = Signal()

    def __init__(self, place: Place, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{place.key}")
        self.setAccessibleName(place.title)
        frame, layout = card(f"{place.key}_placeholder_card", max_width=560)
        symbol = QtWidgets.QLabel()
        symbol.setPixmap(icon(place.icon_name).pixmap(36, 36))
        symbol.setAccessibleName(place.title)
        layout.addWidget(symbol)
        layout.addWidget(heading(place.title))
        layout.addWidget(label(place.placeholder))
        layout.addWidget(label(COMING_SOON, "muted"))
        if place.key != "journal":
            write = button(
                "Write in your journal", f"{place.key}_write_button", icon_name="new-entry"
            )
            write.clicked.connect(self.write_requested)
            layout.addLayout(button_row(write))
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(frame))


def make_page(
    place: Place, journal: Journal, clock: Clock, parent: QtWidgets.QWidget
) -> QtWidgets.QWidget:
    """The place's real page, or a placeholder while it has not been written yet."""
    page_class = page_class_for(place)
    if page_class is None:
        return PlaceholderPage(place, parent)
    takes_clock = "clock" in inspect.signature(page_class).parameters
    extra = {"clock": clock} if takes_clock else {}
    page: QtWidgets.QWidget = page_class(journal, parent, **extra)
    if not page.objectName():
        page.setObjectName(f"page_{place.key}")
    return page


def page_class_for(place: Place) -> type[QtWidgets.QWidget] | None:
    try:
        module = importlib.import_module(place.module)
    except ModuleNotFoundError as error:
        if error.name == place.module:
            return None
        raise
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
