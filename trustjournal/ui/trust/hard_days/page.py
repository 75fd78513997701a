"""The "When it's hard" place: breathing, grounding, the person's own support contacts,
hard dates with their plans, and a plain line about emergencies.

Made without a journal (from the lock screen) it shows only what holds nothing
private: the pacer, the grounding steps and the emergency line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from trustjournal.core.changes import Topic
from trustjournal.core.clock import Clock, SystemClock
from trustjournal.core.errors import TrustJournalError
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.care import HardDate
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.hard_days import texts
from trustjournal.ui.trust.hard_days.dialogs import HardDateDialog, SupportContactDialog, plan_text
from trustjournal.ui.trust.hard_days.grounding import Grounding
from trustjournal.ui.trust.hard_days.pacer import BreathingPacer
from trustjournal.ui.trust.hard_days.rows import Row, RowAction, RowList
from trustjournal.ui.trust.timeline.data import long_day
from trustjournal.ui.widgets.beside_or_below import BesideOrBelow
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import (
    button,
    card,
    fill_with_scrolling,
    heading,
    label,
    show_text,
)
from trustjournal.ui.widgets.dialog_slot import DialogSlot
from trustjournal.ui.widgets.page import Page
from trustjournal.ui.widgets.sizing import ReadingMeasure

PLAN_ACTION = "hardDaysPlanDate"
# The place's whole width, in average characters, on a wide screen: each of its two columns
# then holds about 80 characters a line, the measure that reads easily.
MEASURE_CHARS = 180


def date_row(index: int, hard: HardDate) -> Row:
    """A hard date as a row: its title, the day, the plan, and where or what, if given."""
    written = plan_text(hard.plan)
    aside = " · ".join(part for part in (hard.place, hard.reminder) if part)
    wording = {PLAN_ACTION: _("Change the plan")} if written else {}
    title = texts.HARD_DATE_ROW.format(title=hard.title, day=long_day(hard.day))
    return Row(index, title, written or texts.NO_PLAN_YET, aside, wording)


class HardDaysPage(Page):
    def __init__(
        self,
        journal: Journal | None,
        parent: QtWidgets.QWidget | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hardDaysPage")
        self.setAccessibleName(_("When it's hard"))
        self._journal = journal
        self._clock: Clock = clock or (journal.clock if journal else SystemClock())
        self.dialogs = DialogSlot()
        self._trigger: tuple[int, dt.datetime] | None = None  # (event id, when this place opened)
        self.pacer = BreathingPacer(self._clock)
        self.grounding = Grounding()
        self._build()
        self.watcher: ChangeWatcher | None = None
        if journal is not None:
            topics = (Topic.SUPPORT_CONTACTS, Topic.HARD_DATES, Topic.EVENTS)
            self.watcher = ChangeWatcher(journal, topics, self)
            self.watcher.changed.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        left = QtWidgets.QVBoxLayout()
        right_column = QtWidgets.QWidget()
        right = QtWidgets.QVBoxLayout(right_column)
        right.setContentsMargins(0, 0, 0, 0)
        for column in (left, right):
            column.setSpacing(18)
        breathe, breathe_layout = card("hardDaysBreathCard", _("Breathe with the circle"))
        breathe_layout.addWidget(self.pacer)
        ground, ground_layout = card("hardDaysGroundingCard", _("Come back to the room"))
        ground_layout.addWidget(self.grounding)
        left.addWidget(breathe)
        right.addWidget(self._contacts_card())
        if self._journal is not None:
            left.addWidget(ground)
            right.addWidget(self._dates_card())
        else:  # no plans to show while locked: the grounding steps take their place
            right.addWidget(ground)
        left.addStretch(1)
        right.addStretch(1)
        # Side by side when both fit, else one below the other: at 200 % text beside a
        # sidebar wide enough for its names, two columns ran 58 px past the window.
        columns = BesideOrBelow(left, right_column)
        columns.setObjectName("hardDaysColumns")
        columns.box.setSpacing(18)
        inner = QtWidgets.QWidget()
        inner.setObjectName("hardDaysContent")
        layout = QtWidgets.QVBoxLayout(inner)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(8)
        layout.addWidget(heading(_("When it's hard")))
        layout.addWidget(label(texts.INTRO, "muted"))
        layout.addWidget(self._emergency())
        layout.addWidget(self._aftercare())
        layout.addSpacing(8)
        layout.addWidget(columns, 1)
        # Its own scroll area, like Today's, so wrapped words always get their full height.
        scroll = fill_with_scrolling(self, inner, "hardDaysScroll")
        self.measure = ReadingMeasure(scroll, MEASURE_CHARS)

    def _emergency(self) -> QtWidgets.QFrame:
        frame = QtWidgets.QFrame()  # a slim card: one plain line that is always there
        frame.setObjectName("hardDaysEmergency")
        frame.setProperty("role", "card")
        frame.setAccessibleName(_("If you are in danger"))
        layout = QtWidgets.QVBoxLayout(frame)
        layout.setContentsMargins(22, 12, 22, 12)
        layout.setSpacing(4)
        layout.addWidget(label(texts.EMERGENCY, "", "hardDaysEmergencyText"))
        layout.addWidget(label(texts.PROFESSIONAL, "muted"))
        return frame

    def _aftercare(self) -> QtWidgets.QFrame:
        frame, layout = card("hardDaysAftercare", _("After the trigger"))
        self.aftercare = frame
        self.aftercare_text = label(texts.AFTER_TRIGGER, "", "hardDaysAftercareText")
        self.helped_button = button(_("It helped"), "hardDaysHelped", primary=True)
        self.not_now_button = button(_("Not now"), "hardDaysNotNow")
        self.minutes = QtWidgets.QSpinBox()
        self.minutes.setObjectName("hardDaysMinutes")
        self.minutes.setAccessibleName(_("Minutes until calmer"))
        self.minutes.setRange(0, 10_000)
        self.minutes.setSuffix(_(" minutes"))
        self.keep_minutes = button(_("Keep it"), "hardDaysKeepMinutes", primary=True)
        self.leave_minutes = button(_("Leave it out"), "hardDaysLeaveMinutes")
        row = QtWidgets.QHBoxLayout()
        for widget in (self.helped_button, self.not_now_button, self.minutes):
            row.addWidget(widget)
        row.addWidget(self.keep_minutes)
        row.addWidget(self.leave_minutes)
        row.addStretch(1)
        layout.addWidget(self.aftercare_text)
        layout.addLayout(row)
        self.helped_button.clicked.connect(self.it_helped)
        self.not_now_button.clicked.connect(self.end_aftercare)
        self.keep_minutes.clicked.connect(self.keep_minutes_to_calm)
        self.leave_minutes.clicked.connect(self.end_aftercare)
        self._show_asking(False)
        frame.setVisible(False)
        return frame

    def _contacts_card(self) -> QtWidgets.QFrame:
        frame, layout = card("hardDaysContactsCard", _("People you can reach"))
        self.contacts_text = label("", "muted", "hardDaysContactsText")
        layout.addWidget(self.contacts_text)
        if self._journal is None:
            self.contacts_text.setText(texts.CONTACTS_LOCKED)
            return frame
        self.contacts = RowList(
            "hardDaysContacts",
            _("Your support contacts"),
            (
                RowAction(_("Change"), "hardDaysChangeContact", self.open_contact),
                RowAction(_("Remove"), "hardDaysRemoveContact", self._remove_contact),
            ),
        )
        self.add_contact = button(_("Add someone"), "hardDaysAddContact")
        self.add_contact.clicked.connect(lambda: self.open_contact(None))
        layout.addWidget(self.contacts)
        layout.addLayout(self._row(self.add_contact))
        return frame

    def _dates_card(self) -> QtWidgets.QFrame:
        frame, layout = card("hardDaysDatesCard", _("Hard dates, with a plan"))
        self.dates_text = label(texts.NO_HARD_DATES, "muted", "hardDaysDatesText")
        self.dates = RowList(
            "hardDaysDates",
            _("Hard dates"),
            (RowAction(_("Write the plan"), PLAN_ACTION, self._plan_for),),
        )
        self.add_date = button(_("Add a hard date"), "hardDaysAddDate")
        self.add_date.clicked.connect(lambda: self.open_hard_date(None))
        layout.addWidget(self.dates_text)
        layout.addWidget(self.dates)
        layout.addLayout(self._row(self.add_date))
        return frame

    @staticmethod
    def _row(*buttons: QtWidgets.QPushButton) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        journal = self._journal
        if journal is None:
            return
        contacts = journal.support_contacts.listed()
        self.contacts.set_rows([Row(c.id, c.name, c.reach, c.note) for c in contacts])
        self.contacts_text.setText(texts.NO_CONTACTS)
        self.contacts_text.setVisible(not contacts)
        self._hard_dates = journal.hard_dates.listed()
        self.dates.set_rows([date_row(index, hard) for index, hard in enumerate(self._hard_dates)])

    def dialog_open(self) -> QtWidgets.QDialog | None:
        """The dialog open on this page, if any."""
        return self.dialogs.dialog

    # -- support contacts and hard dates ----------------------------------------------------------

    def open_contact(self, contact_id: int | None) -> SupportContactDialog | None:
        if self._journal is None:
            return None
        contact = self._journal.support_contacts.get(contact_id) if contact_id else None
        dialog = SupportContactDialog(self._journal, self, contact)
        self.dialogs.open(dialog)
        return dialog

    def _remove_contact(self, contact_id: int) -> None:
        if self._journal is not None:
            self._journal.support_contacts.delete(contact_id)

    def open_hard_date(self, hard_date: HardDate | None) -> HardDateDialog | None:
        if self._journal is None:
            return None
        dialog = HardDateDialog(self._journal, self, hard_date, self._clock.today())
        self.dialogs.open(dialog)
        return dialog

    def _plan_for(self, index: int) -> None:
        self.open_hard_date(self._hard_dates[index])

    # -- after a strong trigger ------------------------------------------------------------------

    def start_after_trigger(self, event_id: int) -> None:
        """Offered right after a strong trigger was logged: the time spent here from now on
        can become its minutes to calm, if the person says so."""
        self._trigger = (event_id, self._clock.now())
        self.aftercare_text.setText(texts.AFTER_TRIGGER)
        self._show_asking(False)
        self.aftercare.setVisible(True)

    def it_helped(self) -> None:
        if self._trigger is None:
            return
        _event_id, since = self._trigger
        spent = (self._clock.now() - since).total_seconds()
        minutes = max(1, math.ceil(spent / 60))
        self.minutes.setValue(minutes)
        self.aftercare_text.setText(texts.helped_ask(minutes))
        self._show_asking(True)

    def keep_minutes_to_calm(self) -> None:
        if self._trigger is None or self._journal is None:
            return
        event_id, _since = self._trigger
        try:
            moment = self._journal.events.get(event_id)
            draft = dataclasses.replace(moment.draft(), minutes_to_calm=self.minutes.value())
            self._journal.events.update(event_id, draft)
        except TrustJournalError as error:
            show_text(self.aftercare_text, str(error))
            return
        self.end_aftercare()

    def end_aftercare(self) -> None:
        self._trigger = None
        self.aftercare.setVisible(False)

    def _show_asking(self, asking: bool) -> None:
        for widget in (self.minutes, self.keep_minutes, self.leave_minutes):
            widget.setVisible(asking)
        for widget in (self.helped_button, self.not_now_button):
            widget.setVisible(not asking)

    # -- the contract with the app shell -----------------------------------------------------------

    def save_pending(self) -> None:
        """Nothing here waits unsaved: each dialog saves when the person says so."""

    def clear_for_lock(self) -> None:
        self.dialogs.close()
        self.pacer.stop()
        if self.watcher is not None:
            self.watcher.stop()
        self.end_aftercare()
        if self._journal is not None:
            self.contacts.clear()
            self.dates.clear()
            self._hard_dates = []
        self._journal = None
