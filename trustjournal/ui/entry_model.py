"""A thin list model over entry ids: rows load lazily, a batch at a time, into a small cache.

Asking the core for every matching id is cheap even at 100,000 entries; whole
entries (with their text) are only read for the rows a view actually shows.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from trustjournal.core.journal.changes import Action, Change, Topic
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.models import Entry, EntryFilter
from trustjournal.ui.journal_mood_style import mood_words
from trustjournal.ui.qt import Qt, QtCore

BATCH_SIZE = 50
SEARCH_PAGE = 100
CACHE_SIZE = 1000
_BIG_CHANGE = 64  # more rows than this come or go: simply reset the model

EntryRole = Qt.ItemDataRole.UserRole + 1
EntryIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class EntryListModel(QtCore.QAbstractListModel):
    """Entries matching a filter, newest first, read from the journal as they are shown."""

    def __init__(
        self,
        journal: Journal,
        parent: QtCore.QObject | None = None,
        batch_size: int = BATCH_SIZE,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._filter = EntryFilter()
        self._ids: list[int] = []
        self._rows: dict[int, int] | None = None
        self._cache: OrderedDict[int, Entry] = OrderedDict()
        self._batch_size = batch_size
        self._cache_size = cache_size
        self._more = False
        self._changed: set[int] = set()
        self._days_before: dict[int, dt.date] = {}
        self._rows_may_move = False
        self.batches_loaded = 0
        self._refresh_timer = QtCore.QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    # -- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == EntryIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, EntryRole):
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_summary(entry)
        return entry.headline or "Untitled entry"

    # -- what the model shows ---------------------------------------------------------

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, where: EntryFilter) -> None:
        """Show the entries matching `where`: every id at once, or with a search, the
        newest page of matches first and more pages as the view scrolls down."""
        self._filter = where
        ids, entries, self._more = self._matching(SEARCH_PAGE)
        self._reset_to(ids)
        self._remember(entries)

    def canFetchMore(self, parent: _Index = QtCore.QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QtCore.QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        page = self._journal.entries(self._filter, limit=SEARCH_PAGE, offset=len(self._ids))
        present = set(self._ids)
        fresh = [entry for entry in page if entry.id not in present]
        self._more = len(page) == SEARCH_PAGE
        if fresh:
            self.beginInsertRows(
                QtCore.QModelIndex(), len(self._ids), len(self._ids) + len(fresh) - 1
            )
            self._ids.extend(entry.id for entry in fresh)
            self._rows = None
            self.endInsertRows()
            self._remember(fresh)

    def _matching(self, span: int) -> tuple[list[int], list[Entry], bool]:
        """Matching ids; with a search only the first `span` of them (and their entries),
        since a common word can match most of a large journal."""
        if not self._filter.search.strip():
            return self._journal.entry_ids(self._filter), [], False
        entries = self._journal.entries(self._filter, limit=span)
        return [entry.id for entry in entries], entries, len(entries) == span

    def _remember(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            self._cache[entry.id] = entry
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def clear(self) -> None:
        """Forget every row, every cached entry and the filter."""
        self._refresh_timer.stop()
        self._changed.clear()
        self._days_before.clear()
        self._more = False
        self._filter = EntryFilter()
        self._reset_to([])

    def entry_at(self, row: int) -> Entry | None:
        if not 0 <= row < len(self._ids):
            return None
        entry_id = self._ids[row]
        entry = self._cache.get(entry_id)
        if entry is None:
            self._load_batch_around(row)
            entry = self._cache.get(entry_id)
        else:
            self._cache.move_to_end(entry_id)
        return entry

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, entry_id: int) -> int | None:
        if self._rows is None:
            self._rows = {value: row for row, value in enumerate(self._ids)}
        return self._rows.get(entry_id)

    def cached_count(self) -> int:
        return len(self._cache)

    # -- keeping up with the journal --------------------------------------------------

    def on_change(self, change: Change) -> None:
        """Note what changed; the rows are refreshed once the current event is done."""
        if change.topic != Topic.ENTRIES:
            return
        self._changed.update(change.ids)
        for entry_id in change.ids:
            before = self._cache.pop(entry_id, None)
            if change.action == Action.UPDATED and before is not None:
                self._days_before.setdefault(entry_id, before.day)
            else:
                self._rows_may_move = True
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Ask for the matching ids again and move, add or remove only the rows that differ."""
        self._refresh_timer.stop()
        changed, self._changed = self._changed, set()
        if self._refreshed_in_place(changed):
            return
        new_ids, entries, self._more = self._matching(
            max(len(self._ids) + len(changed), SEARCH_PAGE)
        )
        if len(set(new_ids).symmetric_difference(self._ids)) > _BIG_CHANGE:
            self._reset_to(new_ids)
        else:
            self._remove_missing(set(new_ids))
            self._insert_new(new_ids)
            self._reorder_to(new_ids)
        self._remember(entries)
        self._announce_changed(changed)

    def _refreshed_in_place(self, changed: set[int]) -> bool:
        """When only shown entries were edited, the list shows every entry and no day moved,
        the rows stay where they are: read those entries again, skip the id query."""
        days_before, self._days_before = self._days_before, {}
        may_move, self._rows_may_move = self._rows_may_move, False
        if may_move or self._filter != EntryFilter() or set(days_before) != changed:
            return False
        fresh = self._journal.entries_by_id(sorted(changed))
        if len(fresh) != len(changed) or any(e.day != days_before[e.id] for e in fresh):
            return False
        for entry in fresh:
            self._cache[entry.id] = entry
        self._announce_changed(changed)
        return True

    def refresh_pending(self) -> bool:
        return self._refresh_timer.isActive()

    # -- internals --------------------------------------------------------------------

    def _reset_to(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._rows = None
        self._cache.clear()
        self.batches_loaded = 0
        self.endResetModel()

    def _load_batch_around(self, row: int) -> None:
        start = row - row % self._batch_size
        wanted = [i for i in self._ids[start : start + self._batch_size] if i not in self._cache]
        self._remember(self._journal.entries_by_id(wanted))
        self.batches_loaded += 1

    def _remove_missing(self, keep: set[int]) -> None:
        for row in reversed(range(len(self._ids))):
            if self._ids[row] not in keep:
                self.beginRemoveRows(QtCore.QModelIndex(), row, row)
                del self._ids[row]
                self._rows = None
                self.endRemoveRows()

    def _insert_new(self, new_ids: Sequence[int]) -> None:
        present = set(self._ids)
        for row, entry_id in enumerate(new_ids):
            if entry_id not in present:
                self.beginInsertRows(QtCore.QModelIndex(), row, row)
                self._ids.insert(row, entry_id)
                self._rows = None
                self.endInsertRows()

    def _reorder_to(self, new_ids: list[int]) -> None:
        if self._ids == new_ids:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = new_ids
        self._rows = None
        for index in self.persistentIndexList():
            row = self.row_of(old_ids[index.row()])
            self.changePersistentIndex(index, self.index(row if row is not None else -1, 0))
        self.layoutChanged.emit()

    def _announce_changed(self, ids: Iterable[int]) -> None:
        for entry_id in ids:
            row = self.row_of(entry_id)
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)


def spoken_summary(entry: Entry) -> str:
    """What a screen reader says for a row."""
    parts = [
        entry.day.strftime("%A %d %B %Y"),
        entry.headline or "untitled",
        mood_words(entry.mood),
    ]
    if entry.emotions:
        parts.append("feeling " + ", ".join(entry.emotions))
    if entry.private:
        parts.append("private")
    return ". ".join(parts)
