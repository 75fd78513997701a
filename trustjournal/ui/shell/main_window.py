"""The unlocked window: a sidebar of places, the pages, a toolbar and the menus.

The window does not lock or quit by itself: it asks (signals) and the session
decides. `save_pending()` and `clear_for_lock()` pass on to every page made (each
a `Page`); `release()` closes the window without asking to quit. A place's page is made
when the place is first shown (`PagesOnDemand`); until then its stack holds an empty
stand-in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from trustjournal.core.changes import Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import VaultLocked
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.shell.guards.hide_key import HideKeyWatcher
from trustjournal.ui.shell.help.about import about_dialog
from trustjournal.ui.shell.help.dialog import close_help_windows
from trustjournal.ui.shell.help.limits import limits_dialog
from trustjournal.ui.shell.help.shortcuts import shortcuts_dialog
from trustjournal.ui.shell.places import (
    PLACES,
    PagesOnDemand,
    Place,
    index_of,
    make_page,
    sidebar,
)
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.timeline.page import TimelinePage
from trustjournal.ui.widgets.access.focus_back import FocusGoesBack
from trustjournal.ui.widgets.access.labelling import describe_tooltips
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import scrolls_to_its_controls
from trustjournal.ui.widgets.icons import icon
from trustjournal.ui.widgets.page import Page

DEFAULT_SIZE = QtCore.QSize(1180, 760)
MINIMUM_SIZE = QtCore.QSize(820, 560)

P = TypeVar("P", bound=Page)


def scrollable(page: QtWidgets.QWidget, key: str) -> QtWidgets.QScrollArea:
    """The page in a frameless scroll area: a page wider or taller than the window
    scrolls instead of pushing the window past the screen (1280x800 must fit). The area
    is no Tab stop: it was one with no name and nothing to do, before each page."""
    area = QtWidgets.QScrollArea()
    area.setObjectName(f"{key}_scroll")
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    scrolls_to_its_controls(area)
    return area


def stand_in(key: str) -> QtWidgets.QWidget:
    """What the stack holds for a place until its page is made: empty, never shown."""
    waiting = QtWidgets.QWidget()
    waiting.setObjectName(f"{key}_waiting")
    return waiting


class MainWindow(QtWidgets.QMainWindow):
    lock_requested = Signal()
    quick_hide_requested = Signal()
    settings_requested = Signal()
    change_passphrase_requested = Signal()
    quit_requested = Signal()
    together_requested = Signal()  # check in together: the session locks the journal away

    def __init__(self, journal: Journal, clock: Clock, title: str = "TrustJournal") -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setAccessibleName("TrustJournal")
        self.setWindowTitle(title)
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._releasing = False
        self._journal = journal
        self._clock = clock
        self.import_dialog: ImportDialog | None = None
        self.journal_folder = journal.vault.paths.folder  # shown in Help → About
        self.sidebar = sidebar()
        self.stack = QtWidgets.QStackedWidget()
        self.stack.setObjectName("pages")
        self._stand_ins = {place.key: stand_in(place.key) for place in PLACES}
        for waiting in self._stand_ins.values():
            self.stack.addWidget(waiting)
        self.pages = PagesOnDemand(self._make_page)
        self._build_body()
        self.actions_by_name: dict[str, QtGui.QAction] = {}
        self._build_actions()
        # A check-in together is offered only while it fits who is writing and their path.
        self._together_watch = ChangeWatcher(journal, (Topic.SETTINGS, Topic.PATH), self)
        self._together_watch.changed.connect(self._offer_together)
        self._offer_together()
        self._build_toolbar()
        self._build_menus()
        self.sidebar.currentRowChanged.connect(self._show_row)
        describe_tooltips(self)
        self.show_place("journal")

    # -- building ----------------------------------------------------------------------

    def _make_page(self, place: Place) -> Page:
        """The place's page, in the stack where its stand-in was, hooked up as the pages
        made at unlock once were (the window's actions are made by then). Never after the
        lock: a page made then would hold the closed journal and fail at its first read."""
        if not self._journal.vault.is_open:
            raise VaultLocked()
        page = make_page(place, self._journal, self._clock, self.stack)
        area = scrollable(page, place.key)
        waiting = self._stand_ins.pop(place.key)
        shown = self.stack.currentWidget()
        self.stack.insertWidget(self.stack.indexOf(waiting), area)
        self.stack.setCurrentWidget(area if shown in (None, waiting) else shown)
        self.stack.removeWidget(waiting)
        waiting.deleteLater()
        self._listen_to(page)
        self._drop_duplicate_shortcuts(page)
        describe_tooltips(area)
        return page

    def _listen_to(self, page: Page) -> None:
        """A page may ask for a new entry or to open one; the Journal page does it."""
        page.write_requested.connect(self.new_entry)
        page.open_entry_requested.connect(self.open_entry)
        page.open_place_requested.connect(self.show_place)
        page.together_requested.connect(self.together_requested.emit)

    def _build_body(self) -> None:
        body = QtWidgets.QWidget()
        body.setObjectName("body")
        layout = QtWidgets.QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

    def _action(
        self,
        name: str,
        text: str,
        keys: str | QtGui.QKeySequence.StandardKey,
        slot: Callable[[], object],
        icon_name: str = "",
        everywhere: bool = False,
    ) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QtGui.QKeySequence(keys))
        if icon_name:
            action.setIcon(icon(icon_name))
            action.setProperty("icon_name", icon_name)
        if everywhere:  # works even while a dialog of this window has the focus
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        plain = text.replace("&", "").rstrip("…")
        shown = action.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shown})" if shown else plain)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self._action("new_entry_action", _("&New entry"), "Ctrl+N", self.new_entry, "new-entry")
        self._action("check_in_action", _("Trust &check-in…"), "Ctrl+K", self.check_in, "timeline")
        self._action(
            "check_in_together_action", _("Check in &together…"), "Ctrl+Shift+K",
            self.together_requested.emit, "timeline",
        )  # fmt: skip
        self._action("lock_action", _("&Lock"), "Ctrl+L", self.lock_requested.emit, "lock", True)
        self._action(
            "quick_hide_action", _("&Hide and lock"), "Ctrl+Shift+H",
            self.quick_hide_requested.emit, "hide", True,
        )  # fmt: skip
        HideKeyWatcher(self.actions_by_name["quick_hide_action"])  # past open dialogs too
        self._action(
            "settings_action", _("&Settings…"), "Ctrl+,", self.settings_requested.emit, "settings"
        )
        self._action(
            "change_passphrase_action", _("&Change passphrase…"), "",
            self.change_passphrase_requested.emit, "lock",
        )  # fmt: skip
        self._action("quit_action", _("&Quit"), "Ctrl+Q", self.close, "quit")
        self._action(
            "limits_action", _("What TrustJournal &protects and what it cannot"), "",
            self.show_limits,
        )  # fmt: skip
        self._action(
            "shortcuts_action", _("&Keyboard shortcuts"),
            QtGui.QKeySequence.StandardKey.HelpContents, self.show_shortcuts,
        )  # fmt: skip
        self._action("import_action", _("&Import…"), "", self.open_import)
        self._action("about_action", _("&About TrustJournal"), "", self.show_about)
        for number, place in enumerate(PLACES, start=1):
            self._action(
                f"go_{place.key}_action",
                place.title,
                f"Ctrl+{number}",
                partial(self.show_place, place.key),
                place.icon_name,
            )

    def _build_toolbar(self) -> None:
        bar = QtWidgets.QToolBar(_("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setAccessibleName(_("Main toolbar"))
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QtCore.QSize(20, 20))
        bar.addAction(self.actions_by_name["new_entry_action"])
        spacer = QtWidgets.QWidget()
        spacer.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred
        )
        bar.addWidget(spacer)
        for name in ("settings_action", "quick_hide_action", "lock_action"):
            bar.addAction(self.actions_by_name[name])
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is not None and action.objectName():
                widget.setObjectName(action.objectName().replace("_action", "_button"))
                widget.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        menus.setObjectName("menu_bar")
        # Each menu's key (its objectName) and its title, then its actions.
        groups: dict[tuple[str, str], list[str | None]] = {
            ("journal", _("&Journal")): [
                "new_entry_action",
                "check_in_action",
                "check_in_together_action",
                None,
                "import_action",
                None,
                "settings_action",
                None,
                "quit_action",
            ],
            ("go", _("&Go")): [f"go_{place.key}_action" for place in PLACES],
            ("privacy", _("&Privacy")): [
                "lock_action",
                "quick_hide_action",
                None,
                "change_passphrase_action",
                "limits_action",
            ],
            ("help", _("&Help")): ["shortcuts_action", "limits_action", None, "about_action"],
        }
        for (key, title), names in groups.items():
            menu = menus.addMenu(title)
            menu.setObjectName("menu_" + key)
            for name in names:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.actions_by_name[name])

    def _drop_duplicate_shortcuts(self, page: Page) -> None:
        """A page's own shortcut for a key the window already answers would make both
        ambiguous (neither fires); the window's action wins and asks the page itself."""
        taken = {action.shortcut() for action in self.actions_by_name.values()}
        for shortcut in page.findChildren(QtGui.QShortcut):
            if shortcut.key() in taken:
                shortcut.setEnabled(False)

    # -- what the window does ----------------------------------------------------------

    def show_place(self, key: str) -> None:
        self.pages[key]  # made before it shows
        index = index_of(key)
        self.sidebar.setCurrentRow(index)
        self.stack.setCurrentIndex(index)

    def _show_row(self, row: int) -> None:
        """The sidebar chose a place (by mouse or keys): its page, made if it is new."""
        self.pages[PLACES[row].key]
        self.stack.setCurrentIndex(row)

    def current_page(self) -> Page:
        return self.pages[PLACES[self.stack.currentIndex()].key]

    def page_of(self, key: str, kind: type[P]) -> P:
        """The page of the place `key`, as the class that place is known to make."""
        page = self.pages[key]
        if not isinstance(page, kind):
            raise TypeError(f"the {key} place holds a {type(page).__name__}, not {kind.__name__}")
        return page

    @property
    def journal_page(self) -> JournalPage:
        return self.page_of("journal", JournalPage)

    def new_entry(self, prompt_id: str = "") -> None:
        """Start writing; a page's write_requested may name the prompt to write from."""
        self.show_place("journal")
        if prompt_id:
            self.journal_page.new_entry(prompt_id)
        else:
            self.journal_page.new_entry()

    def check_in(self) -> None:
        """The guided check-in, from anywhere; it opens over the timeline it adds to."""
        self.show_place("timeline")
        self.page_of("timeline", TimelinePage).open_checkin(None)

    def open_hard_days(self, trigger_id: int | None = None) -> None:
        """The hard-days place; after a strong trigger, it can keep its minutes to calm."""
        self.show_place("hard_days")
        if trigger_id is not None:
            self.page_of("hard_days", HardDaysPage).start_after_trigger(trigger_id)

    def open_entry(self, entry_id: int) -> None:
        self.show_place("journal")
        self.journal_page.open_entry(entry_id)

    def open_import(self) -> None:
        """File > Import…: whatever is being written is saved first, since an import
        cancelled part way undoes everything written meanwhile."""
        self.save_pending()
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.raise_()
            return
        self.import_dialog = ImportDialog(self._journal, self)
        FocusGoesBack(self.import_dialog)
        self.import_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.import_dialog.open()

    def show_limits(self) -> None:
        limits_dialog(self).open()

    def show_shortcuts(self) -> None:
        titles = {place.key: place.title for place in PLACES}
        shortcuts_dialog(
            self, {key: (titles[key], page) for key, page in self.pages.items()}
        ).open()

    def show_about(self) -> None:
        about_dialog(self, self.journal_folder).open()

    def set_quick_hide_key(self, keys: str) -> None:
        self.actions_by_name["quick_hide_action"].setShortcut(QtGui.QKeySequence(keys))

    def refresh_icons(self) -> None:
        """Redraw the icons in the current theme's text color."""
        for action in self.actions_by_name.values():
            name = action.property("icon_name")
            if name:
                action.setIcon(icon(str(name)))
        for row, place in enumerate(PLACES):
            self.sidebar.item(row).setIcon(icon(place.icon_name))

    # -- saving, emptying, closing -------------------------------------------------------

    def save_pending(self) -> None:
        for page in self.pages.made():
            page.save_pending()

    def clear_for_lock(self) -> None:
        close_help_windows(self)
        for page in self.pages.made():
            page.clear_for_lock()
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is not None:
            # Hidden, never finished, so its FocusGoesBack gives nothing back to a window
            # going away; the session waits for its work before closing the vault.
            dialog.stop_for_lock()

    def _offer_together(self) -> None:
        offered = self._journal.path.together_offered(self._journal.settings.prompt_role)
        action = self.actions_by_name["check_in_together_action"]
        action.setVisible(offered)
        action.setEnabled(offered)  # its key too

    def release(self) -> None:
        """Close without asking to quit (the session is locking or swapping windows)."""
        self._together_watch.stop()
        self._releasing = True
        self.close()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        if not self._releasing:
            self.quit_requested.emit()
        super().closeEvent(event)
