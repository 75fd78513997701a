"""The Journal page: search and filters, a month view, the entry list, and the editor.

The page subscribes once to the journal's changes; the list, the month view and the
completions refresh from there. The shell calls `new_entry`, `save_pending`, `clear_for_lock`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.clock import Clock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import Entry, EntryFilter
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.calendar import MonthView
from trustjournal.ui.journal.delegate import EntryDelegate
from trustjournal.ui.journal.editor.emotions import often_felt
from trustjournal.ui.journal.editor.entry_editor import EntryEditor
from trustjournal.ui.journal.editor.undo import UndoBar, brought_back, entry_of
from trustjournal.ui.journal.entry_model import EntryListModel
from trustjournal.ui.journal.filters import JournalFilters
from trustjournal.ui.journal.naming import named
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.widgets.controls import confirmed
from trustjournal.ui.widgets.page import Page

RECENT_FOR_OFTEN = 60  # the latest entries whose feelings come first in the picker


class JournalPage(Page):
    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "journalPage", _("Journal"))
        self._journal = journal
        self._clock: Clock = clock or journal.clock
        self._selecting = False
        self.model = EntryListModel(journal, self)
        self.editor = EntryEditor(journal, self)
        self.filters = JournalFilters(self)
        self.calendar = MonthView(journal, self._clock.today(), self)
        self.undo_bar = UndoBar(self)
        self.after_change = QtCore.QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(0)
        self.after_change.timeout.connect(self._refresh_around_list)
        self._words_stale = True  # tags and activities in use are read when first wanted
        self._build()
        self._connect()
        self._add_shortcuts()
        self._set_tab_order()
        self._subscription = _Subscription(journal.changes.subscribe(self._on_change))
        self.destroyed.connect(self._subscription.cancel)
        self._show_all_and_open_newest()

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        split = named(QtWidgets.QSplitter(Qt.Orientation.Horizontal, self), "journalSplit", "")
        split.setChildrenCollapsible(False)
        split.addWidget(self._list_column())
        split.addWidget(self._editor_column())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 900])
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _list_column(self) -> QtWidgets.QWidget:
        column = QtWidgets.QWidget(self)
        # No fixed least width: the month's days need more at a larger text size (a fixed
        # 280 px squeezed them over each other at 200 %), and the editor gives way.
        column.setMaximumWidth(520)
        layout = QtWidgets.QVBoxLayout(column)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(10)
        self.list = entry_table(self.model, column)
        self.empty_label = named(QtWidgets.QLabel(column), "journalEmpty", _("No entries"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        self.empty_label.setWordWrap(True)
        self.new_button = named(
            QtWidgets.QPushButton(_("New entry"), column), "journalNewEntry", _("New entry")
        )
        self.new_button.setToolTip(_("Start a new entry for today (Ctrl+N)"))
        layout.addWidget(self.filters)
        layout.addWidget(self.calendar)
        layout.addWidget(self.new_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        return column

    def _editor_column(self) -> QtWidgets.QWidget:
        column = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(column)
        layout.setContentsMargins(6, 12, 12, 0)
        layout.setSpacing(0)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.editor, 1)
        return column

    def _connect(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.filters.filter_changed.connect(self._apply_filter)
        self.calendar.day_selected.connect(self.filters.show_day)
        self.editor.delete_requested.connect(self.delete_entry)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.editor.pictures.removed.connect(self.undo_bar.offer_removed)
        self.new_button.clicked.connect(self.new_entry)
        self.editor.tags.words_wanted.connect(self._refresh_words)
        self.editor.activities.words_wanted.connect(self._refresh_words)
        self.filters.toggle.toggled.connect(self._refresh_words)
        self.model.modelReset.connect(self._show_empty_state)
        self.model.rowsInserted.connect(self._show_empty_state)
        self.model.rowsRemoved.connect(self._show_empty_state)

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        # Find answers wherever the focus is while the page shows (after Ctrl+2 or a click
        # in the sidebar the focus is outside the page); a hidden page's shortcut is idle.
        find = QtGui.QShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find), self)
        find.setWhatsThis(_("Search the journal"))  # the Help menu's shortcut sheet reads it
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        find.activated.connect(self.focus_search)
        for keys, action, does in (
            (QtGui.QKeySequence.StandardKey.New, self.new_entry, _("Start a new entry")),
            (QtGui.QKeySequence.StandardKey.Save, self.save_pending, _("Save the entry now")),
        ):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.setWhatsThis(does)  # the Help menu's shortcut sheet reads it
            shortcut.setContext(context)
            shortcut.activated.connect(action)
        delete = QtGui.QShortcut(
            QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete), self.list
        )
        delete.setWhatsThis(_("Delete the chosen entry (it can be undone)"))
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._delete_current)

    def _set_tab_order(self) -> None:
        """Search and filters, the month, the list, then the entry from title to tags and
        emotions, then the buttons under it: reading order."""
        editor, filters = self.editor, self.filters
        chain: list[QtWidgets.QWidget] = [
            filters.search,
            filters.toggle,
            filters.date_from,
            filters.date_to,
            filters.mood_min,
            filters.mood_max,
            filters.emotion,
            filters.tag,
            filters.clear_button,
            self.calendar.previous,
            self.calendar.next,
            self.new_button,
            self.list,
            self.undo_bar.undo_button,
            editor.title,
            editor.day,
            editor.private,
            editor.discuss,
            editor.explain_button,
            *editor.mood.steps(),
            editor.tabs,
            editor.body,
            editor.details,
            editor.tags,
            editor.activities,
            editor.pictures.attach_button,  # then its thumbnails (the strip orders them)
            editor.emotions.search,
            *editor.emotions.chips(),
            editor.withhold_button,  # the row under the text and the details, left to right
            editor.delete_button,
        ]
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    # -- the contract with the app shell -------------------------------------------------

    def new_entry(self, prompt_id: str = "") -> None:
        """Start a fresh entry dated today, from a prompt if given, with the cursor in it."""
        self.editor.save_now()
        self._select_row(None)
        self.editor.start_new(self._clock.today(), prompt_id=prompt_id or None)
        self.editor.body.setFocus()

    def save_pending(self) -> None:
        """Write any unsaved change to the vault now."""
        self.editor.save_now()

    def clear_for_lock(self) -> None:
        """Empty every field, the list, the filters and every undo; stop listening."""
        self.after_change.stop()
        self._subscription.cancel()
        self.editor.clear()
        self.editor.set_known_words((), (), suggest=False)
        self.filters.blockSignals(True)
        self.filters.clear()
        self.filters.set_tags(())
        self.filters.blockSignals(False)
        self.model.clear()
        self._mark_search("")
        self.calendar.clear()
        self.undo_bar.forget()
        self._show_empty_state()

    # -- actions ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def open_entry(self, entry_id: int) -> None:
        """Save what is being edited, then edit `entry_id` and select it in the list."""
        self.editor.save_now()
        self.editor.load(self._journal.entry(entry_id))
        self._select_row(self.model.row_of(entry_id))

    def delete_entry(self, entry_id: int) -> bool:
        """Ask, then delete; the entry can come back with Undo. True when it was deleted."""
        if not self._confirm_delete():
            return False
        if self.editor.entry_id == entry_id:
            self.editor.save_now()
        # Deleting the entry deletes its attachments (the cascade): Undo needs them whole.
        held = self._journal.attachments.held_of_entry(entry_id)
        deleted = self._journal.delete_entry(entry_id)
        self.undo_bar.offer(deleted, held)
        if self.editor.entry_id == entry_id:
            self.editor.start_new(self._clock.today())
        return True

    def undo_delete(self) -> Entry | None:
        """Bring back what went last (an entry is returned) and show the entry it is of."""
        item = self.undo_bar.take()
        if item is None:
            return None
        restored = brought_back(self._journal, item)
        self.model.refresh()
        if self.editor.entry_id == entry_of(item):
            self.editor.pictures.refresh()
        else:
            self.open_entry(entry_of(item))
        return restored

    def _delete_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.delete_entry(self.model.id_at(index.row()))

    def _confirm_delete(self) -> bool:
        return confirmed(self, _("Delete entry"), texts.DELETE_QUESTION)

    # -- keeping the list and the editor in step ------------------------------------------

    def _show_all_and_open_newest(self) -> None:
        self.model.set_filter(EntryFilter())
        self.calendar.refresh()
        self._offer_often_felt()
        if self.model.rowCount() > 0:
            self.open_entry(self.model.id_at(0))
        else:
            self.editor.start_new(self._clock.today())

    def _apply_filter(self, where: EntryFilter) -> None:
        if where == self.model.filter:
            return  # e.g. a first letter typed: it waits for the next one
        self.editor.save_now()
        self.model.set_filter(where)
        self._mark_search(where.search)
        row = self.model.row_of(self.editor.entry_id or -1)
        if row is None:
            self._open_first_match()
        else:
            self._select_row(row)

    def _mark_search(self, search: str) -> None:
        """The searched words, marked in the list and in the entry shown."""
        delegate = self.list.itemDelegate()
        if isinstance(delegate, EntryDelegate):
            delegate.search = search
        self.list.viewport().update()
        self.editor.mark_search(search)

    def _open_first_match(self) -> None:
        """The entry being edited is hidden by the filter: show the first match instead, or
        a blank page when nothing matches, so the editor never shows what the list hides."""
        if self.model.rowCount() > 0:
            self.open_entry(self.model.id_at(0))
        else:
            self._select_row(None)
            self.editor.start_new(self._clock.today(), focus=False)

    def _current_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry_id = self.model.id_at(current.row())
        if entry_id != self.editor.entry_id:
            self.open_entry(entry_id)

    def _select_row(self, row: int | None) -> None:
        self._selecting = True
        try:
            selection = self.list.selectionModel()
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, 0)
                selection.setCurrentIndex(
                    index, QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.list.scrollTo(index)
        finally:
            self._selecting = False

    def _on_change(self, change: Change) -> None:
        if change.topic != Topic.ENTRIES:
            return
        self.model.on_change(change)
        self._words_stale = self._words_stale or not self.editor.saving_known_words()
        deleted_here = change.action == Action.DELETED and self.editor.entry_id in change.ids
        if deleted_here:
            self.editor.start_new(self._clock.today())
        self.after_change.start()

    def _refresh_around_list(self) -> None:
        """After entries changed: the list first, then the month view and completions."""
        self.model.refresh()
        self._select_row(self.model.row_of(self.editor.entry_id or -1))
        self.calendar.refresh()
        self._offer_often_felt()
        if self.filters.panel.isVisible():
            self._refresh_words()

    def _refresh_words(self) -> None:
        """Tags and activities in use, for completion and the tag filter, when they may have
        changed since last read: reading them scans every tag, so only when wanted."""
        if not self._words_stale:
            return
        self._words_stale = False
        tags = self._journal.tags_in_use()
        self.editor.set_known_words(tags, self._journal.activities_in_use())
        self.filters.set_tags(tags)

    def _offer_often_felt(self) -> None:
        """The feelings chosen most in the latest entries, first in the picker."""
        recent = self._journal.entries(EntryFilter(), limit=RECENT_FOR_OFTEN)
        self.editor.emotions.set_often(often_felt(recent))

    def _show_empty_state(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setText(
            texts.EMPTY_JOURNAL if self.model.filter == EntryFilter() else texts.NOTHING_MATCHES
        )
        self.empty_label.setVisible(empty)
        self.list.setVisible(not empty)


def entry_table(model: EntryListModel, parent: QtWidgets.QWidget) -> QtWidgets.QTableView:
    """The entry list as a one-column table: a table lays out rows by arithmetic, where a
    list view asks the model about every row on each reset (seconds at 100,000 entries)."""
    table = named(QtWidgets.QTableView(parent), "journalList", _("Entries, newest first"))
    table.setModel(model)
    delegate = EntryDelegate(table)
    table.setItemDelegate(delegate)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setCornerButtonEnabled(False)
    table.horizontalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(delegate.row_height(table.fontMetrics()))
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setVerticalScrollMode(QtWidgets.QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # A long title or tag list ends in "…" in its row; the editor shows the whole entry.
    table.setProperty("layout_may_elide", [0])
    return table


class _Subscription:
    """Stops listening once, whichever comes first: a lock or the page going away."""

    def __init__(self, unsubscribe: Callable[[], None]) -> None:
        self._unsubscribe: Callable[[], None] | None = unsubscribe

    def cancel(self, *_args: object) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
