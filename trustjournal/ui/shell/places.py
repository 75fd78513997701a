"""The app's places (the sidebar) and the pages that fill them.

Each place's page lives in its room and is a `Page` (`ui/widgets/page.py`): the class
itself makes it, as `SomePage(journal, parent, clock)`. Pages never import the shell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import N_, _
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.disclosure.page import DisclosurePage
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.prompts.page import PromptsPage
from trustjournal.ui.trust.timeline.page import TimelinePage
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.widgets.icons import icon
from trustjournal.ui.widgets.page import Page, PageMaker

LEAST_WIDTH = 160  # px: the sidebar's least width, whatever its names
MOST_WIDTH = 210  # px: its widest; longer names wrap
SIDEBAR_AIR = 8  # px after the longest name (the list's padding is in its margins)


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
KEYS = tuple(place.key for place in PLACES)  # in the sidebar's order


def make_page(place: Place, journal: Journal, clock: Clock, parent: QtWidgets.QWidget) -> Page:
    page = place.page(journal, parent, clock)
    if not page.objectName():
        page.setObjectName(f"page_{place.key}")
    return page


class PagesOnDemand(Mapping[str, Page]):
    """Every place's page by its key, each made by `make` the first time it is asked for.

    Building all eight at unlock measured every word-wrapped label of seven hidden pages:
    in German, with its longer words, that cost 39 ms more than English (issue 22). A
    page is made when its place is first shown, or when something reaches for it (a test,
    the keyboard shortcuts' list); `made()` is only those, for saving and emptying."""

    def __init__(self, make: Callable[[Place], Page]) -> None:
        self._make = make
        self._made: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._made.get(key)
        if page is None:
            page = self._make(PLACES[index_of(key)])  # KeyError for no place's key
            self._made[key] = page
        return page

    def __contains__(self, key: object) -> bool:
        return key in KEYS  # without making its page

    def __iter__(self) -> Iterator[str]:
        return iter(KEYS)

    def __len__(self) -> int:
        return len(PLACES)

    def made(self) -> list[Page]:
        """The pages made so far, in the sidebar's order."""
        return [self._made[place.key] for place in PLACES if place.key in self._made]


def index_of(key: str) -> int:
    """Where the place `key` is in the sidebar (and the stack); KeyError for no place's."""
    try:
        return KEYS.index(key)
    except ValueError:
        raise KeyError(key) from None


class Sidebar(QtWidgets.QListWidget):
    """As wide as its longest place's name at this text size and in this language, from
    LEAST_WIDTH to MOST_WIDTH: the pages need the rest of a 1024 px window. A name longer
    than that wraps onto a second line (a fixed 210 px cut "When it's hard" short in
    longer languages). A word is never cut: the sidebar is at least as wide as its widest
    word in bold (at 200 % text "Agreements" needs 284 px; at 210 it was "Agree…"), and
    its rows are as high as their names need in bold (`BoldMeasured`), as the chosen place
    is drawn (measured plain, "When it's hard" under the pseudo words fitted one line and
    ended in "…" once chosen)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.measured = BoldMeasured(self)  # kept: a view does not own its delegate
        self.setItemDelegate(self.measured)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(self.wanted_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(self.wanted_width(), super().minimumSizeHint().height())

    def wanted_width(self) -> int:
        self.ensurePolished()
        margins = self.contentsMargins()
        edges = margins.left() + margins.right()  # the style sheet's padding and edge
        # The rows are measured in bold already (BoldMeasured).
        names = self.sizeHintForColumn(0) + edges + SIDEBAR_AIR
        words = self._widest_word() + self._around_text() + edges
        return max(min(max(names, LEAST_WIDTH), MOST_WIDTH), words)

    def _widest_word(self) -> int:
        metrics = QtGui.QFontMetrics(bold_font(self.font()))
        return max(
            (
                metrics.horizontalAdvance(word)
                for row in range(self.count())
                for word in self.item(row).text().split()
            ),
            default=0,
        )

    def _around_text(self) -> int:
        """What a row holds beside its name (its padding and icon), as the style lays it out."""
        if self.count() == 0:
            return 0
        option = QtWidgets.QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QtCore.QRect(0, 0, _PROBE_WIDTH, option.fontMetrics.height() * 2)
        self.measured.initStyleOption(option, self.model().index(0, 0))
        option.state |= _CHOSEN
        text = QtWidgets.QStyle.SubElement.SE_ItemViewItemText
        return _PROBE_WIDTH - self.style().subElementRect(text, option, self).width()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self.updateGeometry()  # a new text size or theme: a new width
        super().changeEvent(event)


_CHOSEN = QtWidgets.QStyle.StateFlag.State_Selected | QtWidgets.QStyle.StateFlag.State_HasFocus
_PROBE_WIDTH = 1000  # px: a row wide enough for any name, to measure what is beside it


def bold_font(font: QtGui.QFont) -> QtGui.QFont:
    """The sidebar's font as the chosen place is drawn (the style sheet's weight 600)."""
    bold = QtGui.QFont(font)
    bold.setWeight(QtGui.QFont.Weight.DemiBold)
    return bold


class BoldMeasured(QtWidgets.QStyledItemDelegate):
    """Rows as wide and high as their names need as the chosen place with the focus (in
    bold, in its 2 px ring), so the chosen one wraps where it must and is never cut."""

    def sizeHint(  # noqa: N802 (Qt's name)
        self,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> QtCore.QSize:
        bold = QtWidgets.QStyleOptionViewItem(option)
        bold.font = bold_font(option.font)
        bold.fontMetrics = QtGui.QFontMetrics(bold.font)
        bold.state |= _CHOSEN
        return super().sizeHint(bold, index)


def sidebar(parent: QtWidgets.QWidget | None = None) -> QtWidgets.QListWidget:
    widget = Sidebar(parent)
    widget.setObjectName("sidebar")
    widget.setAccessibleName(_("Places"))
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.setSizePolicy(QtWidgets.QSizePolicy.Policy.Fixed, QtWidgets.QSizePolicy.Policy.Expanding)
    widget.setWordWrap(True)
    widget.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for number, place in enumerate(PLACES, start=1):
        item = QtWidgets.QListWidgetItem(icon(place.icon_name), place.title)
        item.setToolTip(_("{place} (Ctrl+{number})").format(place=place.title, number=number))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, place.title)
        item.setData(Qt.ItemDataRole.UserRole, place.key)
        widget.addItem(item)
    return widget
