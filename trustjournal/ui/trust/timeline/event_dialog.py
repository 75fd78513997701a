"""Adding or changing one moment on the timeline: its kind, day, title and note.

Triggers also keep how strong they felt and how long it took to feel calm
again, so the person can watch them fade over time.
"""

from __future__ import annotations

import datetime as dt

from trustjournal.core.chart import style as chart_style
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import (
    EVENT_KINDS,
    INTENSITY_MAX,
    Event,
    EventDraft,
    event_kind_label,
)
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.trust.hard_days.offer import is_strong_trigger, offer_calm_minutes
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.widgets.controls import button_row, heading, label
from trustjournal.ui.widgets.dates import day_month_year_pattern
from trustjournal.ui.widgets.dialog_fit import dialog_body
from trustjournal.ui.widgets.dialog_slot import (
    FitsWhenShown,
    save_controls,
    save_or_say,
    short_text,
)

# A new moment starts on the most common gentle kind, not on "Discovery or disclosure".
NEW_MOMENT_KIND = "therapy"
WIDTH = 520  # px at the usual text size


def date_edit(name: str, accessible: str, day: dt.date) -> QtWidgets.QDateEdit:
    edit = QtWidgets.QDateEdit(QtCore.QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(day_month_year_pattern())
    return edit


def day_of(edit: QtWidgets.QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def optional_spin(name: str, accessible: str, maximum: int, suffix: str) -> QtWidgets.QSpinBox:
    """A spin box whose lowest step means 'not noted'."""
    spin = QtWidgets.QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(texts.NOT_NOTED)
    spin.setSuffix(suffix)
    spin.setValue(-1)
    return spin


def spin_value(spin: QtWidgets.QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


class EventDialog(QtWidgets.QDialog):
    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None = None,
        event_id: int | None = None,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self._journal = journal
        self.event_id = event_id
        existing = journal.events.get(event_id) if event_id is not None else None
        self._entry_id = existing.entry_id if existing is not None else None
        self.offer: QtWidgets.QMessageBox | None = None  # after a strong trigger is logged
        self._marked = (
            existing is not None and journal.hard_dates.for_moment(existing.id) is not None
        )
        self.setWindowTitle(_("Change this moment") if existing else _("Add a moment"))
        self.setAccessibleName(self.windowTitle())
        self._build(day or journal.clock.today())
        if existing is not None:
            self._fill(existing)
        else:
            self.kind.setCurrentIndex(EVENT_KINDS.index(NEW_MOMENT_KIND))
        self._kind_changed()

    def _build(self, day: dt.date) -> None:
        self.kind = QtWidgets.QComboBox()
        self.kind.setObjectName("eventKind")
        self.kind.setAccessibleName(_("What kind of moment"))
        for kind in EVENT_KINDS:
            self.kind.addItem(chart_style.glyph(kind, self.palette()), event_kind_label(kind), kind)
        self.day = date_edit("eventDay", _("Day"), day)
        self.title_field = QtWidgets.QLineEdit()
        self.title_field.setObjectName("eventTitle")
        self.title_field.setAccessibleName(_("Title"))
        self.title_field.setPlaceholderText(
            _("A few words, for example: first session with Dr. Lee")
        )
        self.note = short_text("eventNote", _("Note"), height=90)
        self.intensity = optional_spin(
            "eventIntensity", _("How strong it felt"), INTENSITY_MAX, texts.OF_TEN_SUFFIX
        )
        self.minutes = optional_spin(
            "eventMinutes", _("Minutes until calmer"), 10_000, texts.MINUTES_SUFFIX
        )
        self.trigger_help = label(texts.TRIGGER_HELP, "muted", "eventTriggerHelp")
        self.hard_date = QtWidgets.QCheckBox(texts.HARD_DATE_CHECK)
        self.hard_date.setObjectName("eventHardDate")
        self.hard_date.setAccessibleName(texts.HARD_DATE_CHECK)
        self.message, self.save_button, self.cancel_button = save_controls(self, "event", self.save)
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _lay_out(self) -> None:
        form = QtWidgets.QFormLayout()
        form.addRow(_("Kind"), self.kind)
        form.addRow(_("Day"), self.day)
        form.addRow(_("Title"), self.title_field)
        form.addRow(_("Note"), self.note)
        form.addRow("", self.hard_date)
        body, outer = dialog_body(self, "eventScroll")
        body.addWidget(heading(self.windowTitle()))
        body.addLayout(form)
        body.addWidget(self._trigger_box())
        body.addStretch(1)
        outer.addWidget(self.message)
        outer.addLayout(button_row(self.cancel_button, self.save_button))
        FitsWhenShown(self, WIDTH)

    def _trigger_box(self) -> QtWidgets.QGroupBox:
        """The trigger's details, always in place (only enabled for a trigger): a hint that
        appeared on choosing Trigger moved the fields under the pointer and, inside the
        form, was drawn over the Note box."""
        box = QtWidgets.QGroupBox(_("If it was a trigger"))
        box.setObjectName("eventTriggerBox")
        layout = QtWidgets.QVBoxLayout(box)
        layout.addWidget(self.trigger_help)
        form = QtWidgets.QFormLayout()
        form.addRow(_("How strong"), self.intensity)
        form.addRow(_("Calmer after"), self.minutes)
        layout.addLayout(form)
        return box

    def _fill(self, event: Event) -> None:
        self.kind.setCurrentIndex(EVENT_KINDS.index(event.kind))
        self.day.setDate(QtCore.QDate(event.day.year, event.day.month, event.day.day))
        self.title_field.setText(event.title)
        self.note.setPlainText(event.note)
        self.intensity.setValue(-1 if event.intensity is None else event.intensity)
        self.minutes.setValue(-1 if event.minutes_to_calm is None else event.minutes_to_calm)
        self.hard_date.setChecked(self._marked)

    def _kind_changed(self) -> None:
        trigger = self.kind.currentData() == "trigger"
        for widget in (self.intensity, self.minutes, self.trigger_help):
            widget.setEnabled(trigger)
        discovery = self.kind.currentData() == "discovery"  # always a hard date
        if discovery:
            self.hard_date.setChecked(True)
        elif not self.hard_date.isEnabled():  # leaving "discovery": back to the moment's own
            self.hard_date.setChecked(self._marked)
        self.hard_date.setEnabled(not discovery)

    def draft(self) -> EventDraft:
        trigger = self.kind.currentData() == "trigger"
        return EventDraft(
            day=day_of(self.day),
            kind=str(self.kind.currentData()),
            title=self.title_field.text(),
            note=self.note.toPlainText(),
            entry_id=self._entry_id,
            intensity=spin_value(self.intensity) if trigger else None,
            minutes_to_calm=spin_value(self.minutes) if trigger else None,
        )

    def save(self) -> Event | None:
        is_new = self.event_id is None
        saved = save_or_say(self, self.message, self._store)
        if saved is not None and is_new and is_strong_trigger(saved):
            self.offer = offer_calm_minutes(self.parentWidget(), saved.id)
        return saved

    def _store(self) -> Event:
        if self.event_id is not None:
            saved = self._journal.events.update(self.event_id, self.draft())
            self._journal.hard_dates.mark_moment(saved.id, self.hard_date.isChecked())
            return saved
        saved = self._journal.events.add(self.draft())
        self.event_id = saved.id
        self._journal.hard_dates.mark_moment(saved.id, self.hard_date.isChecked())
        return saved
