"""The app's places (the sidebar) and the pages that fill them.

Each place's page lives in its room and is a `Page` (`ui/widgets/page.py`): the class
itself makes it, as `SomePage(journal, parent, clock)`. Pages never import the shell.
"""

from __future__ import annotations

from dataclasses import dataclass

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.disclosure.page import DisclosurePage
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.prompts.page import PromptsPage
from trustjournal.ui.trust.timeline.page import TimelinePage
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.widgets.icons import icon
from trustjournal.ui.widgets.page import Page, PageMaker


@dataclass(frozen=True)
class Place:
    key: str
    english_title: str  # marked with N_(), said through `title`
    icon_name: str
    page: PageMaker

    @property
    def title(self) -> str:
        """The place's name in the language of the moment (PLACES is made at import)."""
        return _(self.english_title)


PLACES = (
    Place("today", N_("Today"), "today", TodayPage),
    Place("journal", N_("Journal"), "journal", JournalPage),
    Place("timeline", N_("Timeline"), "timeline", TimelinePage),
    Place("prompts", N_("Prompts"), "prompts", PromptsPage),
    Place("agreements", N_("Agreements"), "agreements", AgreementsPage),
    Place("disclosure", N_("Disclosure"), "shield", DisclosurePage),
    Place("export", N_("Export"), "export", ExportPage),
    Place("hard_days", N_("When it's hard"), "heart", HardDaysPage),
)


def make_page(place: Place, journal: Journal, clock: Clock, parent: QtWidgets.QWidget) -> Page:
    page = place.page(journal, parent, clock)
    if not page.objectName():
        page.setObjectName(f"page_{place.key}")
    return page


def sidebar(parent: QtWidgets.QWidget | None = None) -> QtWidgets.QListWidget:
    widget = QtWidgets.QListWidget(parent)
    widget.setObjectName("sidebar")
    widget.setAccessibleName(_("Places"))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setFixedWidth(210)
    widget.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for number, place in enumerate(PLACES, start=1):
        item = QtWidgets.QListWidgetItem(icon(place.icon_name), place.title)
        item.setToolTip(_("{place} (Ctrl+{number})").format(place=place.title, number=number))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, place.title)
        item.setData(Qt.ItemDataRole.UserRole, place.key)
        widget.addItem(item)
    return widget
