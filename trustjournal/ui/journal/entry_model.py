"""A thin list model over entry ids: rows load lazily, a batch at a time, into a small cache.

Asking the core for every matching id is cheap even at 100,000 entries; whole
entries (with their text) are only read for the rows a view actually shows.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.exchange.redaction import without_markers
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import content
from trustjournal.core.records.entries import Entry, EntryFilter
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.mood_style import mood_words
from trustjournal.ui.qt import Qt, QtCore
from trustjournal.ui.widgets.dates import weekday_and_date

BATCH_SIZE = 50
SEARCH_PAGE = 100
COMPLETE_AFTER_MS = 50  # the rest of the ids come once the first page has been painted
CACHE_SIZE = 1000
_BIG_CHANGE = 64  # more rows than this come or go: simply reset the model

EntryRole = Qt.ItemDataRole.UserRole + 1
EntryIdRole = Qt.ItemDataRole.UserRole + 2
AttachedRole = Qt.ItemDataRole.UserRole + 3  # how many pictures and files the entry has

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
_ENTRY_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    EntryRole,
    AttachedRole,
)


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
        self._attached: dict[int, int] = {}  # of the cached entries, those with attachments
        self._batch_size = batch_size
        self._cache_size = cache_size
        self._more = False
        self._all_ids: list[int] | None = None
        self._complete_timer = QtCore.QTimer(self)
        self._complete_timer.setSingleShot(True)
        self._complete_timer.setInterval(COMPLETE_AFTER_MS)
        self._complete_timer.timeout.connect(self.complete)
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
        if role not in _ENTRY_ROLES:
            return None
        entry = self.entry_at(index.row())
        if entry is None:
            return None
        if role == EntryRole:
            return entry
        if role == AttachedRole:
            return self._attached.get(entry.id, 0)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_summary(entry, self._attached.get(entry.id, 0))
        return list_headline(entry)

    # -- what the model shows ---------------------------------------------------------

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, where: EntryFilter) -> None:
        """Show the entries matching `where`, newest page first (a few milliseconds at any
        size). Without a search the other ids follow as soon as the page is on screen;
        with one (a common word may match most of a journal) page by page as it scrolls."""
        self._filter = where
        entries = self._journal.entries(where, limit=SEARCH_PAGE)
        self._reset_to([entry.id for entry in entries])
        self._remember(entries)
        self._more = len(entries) == SEARCH_PAGE
        if self._more and not where.search.strip():
            self._complete_timer.start()

    def canFetchMore(self, parent: _Index = QtCore.QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QtCore.QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        if not self._filter.search.strip():
            self.complete()
            return
        page = self._journal.entries(self._filter, limit=SEARCH_PAGE, offset=len(self._ids))
        self._more = len(page) == SEARCH_PAGE
        present = set(self._ids)
        self._append([entry.id for entry in page if entry.id not in present])
        self._remember(page)

    def complete(self) -> None:
        """Every matching id, after the first page (no search: one cheap id query)."""
        self._complete_timer.stop()
        if not self._more or self._filter.search.strip():
            return
        ids = self._ids_matching()
        self._more = False
        if ids[: len(self._ids)] == self._ids:
            self._append(ids[len(self._ids) :])
        else:
            self._adopt(ids)

    def _ids_matching(self) -> list[int]:
        """Every matching id; the whole journal's list is kept until something changes."""
        if self._filter != EntryFilter():
            return self._journal.entry_ids(self._filter)
        if self._all_ids is None:
            self._all_ids = self._journal.entry_ids(self._filter)
        return list(self._all_ids)

    def _matching(self, span: int) -> tuple[list[int], list[Entry], bool]:
        """After a change: every matching id, or with a search the first `span` matches."""
        if not self._filter.search.strip():
            return self._ids_matching(), [], False
        entries = self._journal.entries(self._filter, limit=span)
        return [entry.id for entry in entries], entries, len(entries) == span

    def _append(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        first = len(self._ids)
        self.beginInsertRows(QtCore.QModelIndex(), first, first + len(ids) - 1)
        self._ids.extend(ids)
        self._rows = None
        self.endInsertRows()

    def _remember(self, entries: Iterable[Entry]) -> None:
        ids = []
        for entry in entries:
            self._cache[entry.id] = entry
            self._attached.pop(entry.id, None)
            ids.append(entry.id)
        if ids:  # one query a batch: how many pictures and files, for the row's mark
            self._attached.update(self._journal.attachments.counts(ids))
        while len(self._cache) > self._cache_size:
            gone, _entry = self._cache.popitem(last=False)
            self._attached.pop(gone, None)

    def clear(self) -> None:
        """Forget every row, every cached entry and the filter."""
        self._refresh_timer.stop()
        self._complete_timer.stop()
        self._changed.clear()
        self._days_before.clear()
        self._all_ids = None
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
        self._all_ids = None
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
        self._complete_timer.stop()
        span = max(len(self._ids) + len(changed), SEARCH_PAGE)  # new matches may come first
        new_ids, entries, self._more = self._matching(span)
        self._adopt(new_ids)
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
        self._remember(fresh)  # their attachments are counted again too
        self._announce_changed(changed)
        return True

    def refresh_pending(self) -> bool:
        return self._refresh_timer.isActive()

    # -- internals --------------------------------------------------------------------

    def _adopt(self, new_ids: list[int]) -> None:
        """Become `new_ids` by moving, adding and removing rows (or a reset, for many)."""
        if len(set(new_ids).symmetric_difference(self._ids)) > _BIG_CHANGE:
            self._reset_to(new_ids)
            return
        self._remove_missing(set(new_ids))
        self._insert_new(new_ids)
        self._reorder_to(new_ids)

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


def list_headline(entry: Entry) -> str:
    """The title or first line as the list shows it: withhold markers are for exports."""
    return without_markers(entry.headline) or texts.UNTITLED


def spoken_summary(entry: Entry, attached: int = 0) -> str:
    """What a screen reader says for a row (`attached`: its pictures and files)."""
    parts = [
        weekday_and_date(entry.day),
        list_headline(entry),
        mood_words(entry.mood),
    ]
    if entry.emotions:
        parts.append(
            texts.SPOKEN_FEELING.format(emotions=", ".join(content.emotions(entry.emotions)))
        )
    if entry.private:
        parts.append(texts.SPOKEN_PRIVATE)
    if attached:
        parts.append(texts.attachments_mark(attached))
    return ". ".join(parts)
