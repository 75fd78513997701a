"""Search as you type, and filters by date range, mood range, emotion and tag."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from trustjournal.core.journal.vocabulary import emotion_families
from trustjournal.core.language import content
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import MOOD_LABELS, EntryFilter, mood_label
from trustjournal.ui.journal import texts
from trustjournal.ui.journal.naming import named
from trustjournal.ui.qt import QtCore, QtWidgets, Signal
from trustjournal.ui.widgets.dates import pydate, qdate, short_date_pattern

SEARCH_PAUSE_MS = 150
_ANY_DAY = QtCore.QDate(1900, 1, 1)


class JournalFilters(QtWidgets.QWidget):
    """Emits `filter_changed` with an EntryFilter; typing waits for a short pause first."""

    filter_changed = Signal(object)  # EntryFilter

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalFilters")
        self.search_timer = QtCore.QTimer(self)
        self.search_timer.setObjectName("journalSearchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self._announce)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._search_row())
        self.panel = self._filter_panel()
        self.panel.setVisible(False)
        layout.addWidget(self.panel)

    def _search_row(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        self.search = named(QtWidgets.QLineEdit(self), "journalSearch", _("Search your journal"))
        self.search.setPlaceholderText(_("Search your journal…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.toggle = named(QtWidgets.QToolButton(self), "journalFilterToggle", _("Show filters"))
        self.toggle.setText(_("Filters"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._show_panel)
        row.addWidget(self.search, 1)
        row.addWidget(self.toggle)
        return row

    def _filter_panel(self) -> QtWidgets.QWidget:
        panel = named(QtWidgets.QFrame(self), "journalFilterPanel", _("Filters"))
        grid = QtWidgets.QFormLayout(panel)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date_from = _date_field(panel, "journalDateFrom", _("From day"))
        self.date_to = _date_field(panel, "journalDateTo", _("To day"))
        self.mood_min = _mood_field(panel, "journalMoodMin", _("Lowest mood"))
        self.mood_max = _mood_field(panel, "journalMoodMax", _("Highest mood"))
        self.emotion = named(QtWidgets.QComboBox(panel), "journalEmotion", _("Emotion"))
        self.emotion.addItem(_("Any emotion"), None)
        for family in emotion_families():
            for name in family.emotions:
                shown, kind = content.emotion(name), content.emotion_family(family.label)
                self.emotion.addItem(
                    texts.EMOTION_IN_FAMILY.format(emotion=shown, family=kind), name
                )
        self.tag = named(QtWidgets.QComboBox(panel), "journalTag", _("Tag"))
        self.set_tags(())
        clear = _("Clear filters")
        self.clear_button = named(QtWidgets.QPushButton(clear, panel), "journalClearFilters", clear)
        self.clear_button.clicked.connect(self.clear)
        # A row reads "From [day] to [day]": the two words a translation may change.
        grid.addRow(_("From"), _pair(self.date_from, _("to"), self.date_to, panel))
        grid.addRow(_("Mood"), _pair(self.mood_min, _("to"), self.mood_max, panel))
        grid.addRow(_("Emotion"), self.emotion)
        grid.addRow(_("Tag"), self.tag)
        grid.addRow("", self.clear_button)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._announce)
        for combo in (self.mood_min, self.mood_max, self.emotion, self.tag):
            combo.currentIndexChanged.connect(self._announce)
        return panel

    # -- reading and setting ----------------------------------------------------------

    def current(self) -> EntryFilter:
        mood_min, mood_max = self.mood_min.currentData(), self.mood_max.currentData()
        emotion, tag = self.emotion.currentData(), self.tag.currentData()
        return EntryFilter(
            date_from=_day_of(self.date_from),
            date_to=_day_of(self.date_to),
            mood_min=mood_min,
            mood_max=mood_max,
            emotions=(emotion,) if emotion else (),
            tags=(tag,) if tag else (),
            search=searchable(self.search.text()),
        )

    def set_tags(self, tags: Iterable[str]) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(_("Any tag"), None)
        for tag in tags:
            self.tag.addItem(tag, tag)
        found = self.tag.findData(chosen) if chosen else 0
        self.tag.setCurrentIndex(max(found, 0))
        self.tag.blockSignals(False)

    def show_day(self, day: dt.date) -> None:
        """Narrow the list to one day (a click in the calendar)."""
        with self._quietly():
            self.date_from.setDate(qdate(day))
            self.date_to.setDate(qdate(day))
        self.toggle.setChecked(True)
        self._announce()

    def clear(self) -> None:
        """Back to every entry, with no search text or filter left anywhere."""
        self.search_timer.stop()
        with self._quietly():
            self.search.setText("")  # setText also empties the field's undo
            for field in (self.date_from, self.date_to):
                field.setDate(_ANY_DAY)
            for combo in (self.mood_min, self.mood_max, self.emotion, self.tag):
                combo.setCurrentIndex(0)
        self._announce()

    def flush(self) -> None:
        """Apply typed search text now instead of after the pause."""
        if self.search_timer.isActive():
            self._announce()

    def _announce(self) -> None:
        self.search_timer.stop()
        self.filter_changed.emit(self.current())

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.toggle.setAccessibleName(_("Hide filters") if shown else _("Show filters"))

    def _quietly(self) -> _Quiet:
        return _Quiet(self.findChildren(QtWidgets.QWidget))


class _Quiet:
    """Block signals of some widgets for a moment, so one change is announced once."""

    def __init__(self, widgets: list[QtWidgets.QWidget]) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)


def searchable(typed: str) -> str:
    """What to search for: a single letter still being typed waits for the next one
    (it would match nearly every entry, slowly, and say little)."""
    head, _space, last = typed.rstrip().rpartition(" ")
    still_typing = typed == typed.rstrip()
    if still_typing and len(last) == 1 and last.isalnum():
        return head
    return typed


def _date_field(parent: QtWidgets.QWidget, name: str, label: str) -> QtWidgets.QDateEdit:
    field = named(QtWidgets.QDateEdit(parent), name, label)
    field.setCalendarPopup(True)
    field.setMinimumDate(_ANY_DAY)
    field.setSpecialValueText(_("Any day"))
    field.setDisplayFormat(short_date_pattern())
    field.setDate(_ANY_DAY)
    return field


def _mood_field(parent: QtWidgets.QWidget, name: str, label: str) -> QtWidgets.QComboBox:
    combo = named(QtWidgets.QComboBox(parent), name, label)
    combo.addItem(_("Any"), None)
    for mood in MOOD_LABELS:
        combo.addItem(texts.MOOD_CHOICE.format(mood=mood, label=mood_label(mood)), mood)
    return combo


def _pair(
    first: QtWidgets.QWidget, between: str, second: QtWidgets.QWidget, parent: QtWidgets.QWidget
) -> QtWidgets.QWidget:
    holder = QtWidgets.QWidget(parent)
    row = QtWidgets.QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 1)
    row.addWidget(QtWidgets.QLabel(between, holder))
    row.addWidget(second, 1)
    return holder


def _day_of(field: QtWidgets.QDateEdit) -> dt.date | None:
    return None if field.date() == _ANY_DAY else pydate(field.date())
