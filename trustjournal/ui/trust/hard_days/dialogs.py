"""Dialogs of the hard-days place: a support contact, and a hard date with its plan."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.care import (
    HardDate,
    HardDateDraft,
    HardDatePlan,
    SupportContact,
    SupportContactDraft,
)
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.trust.hard_days import texts
from trustjournal.ui.trust.timeline.event_dialog import date_edit, day_of
from trustjournal.ui.widgets.controls import label
from trustjournal.ui.widgets.dialog_slot import (
    dialog_layout,
    line,
    save_controls,
    save_or_say,
    short_text,
)


def plan_text(plan: HardDatePlan) -> str:
    """The plan as a few plain lines; empty parts are left out."""
    parts = (
        (texts.PLAN_WILL_DO, plan.will_do),
        (texts.PLAN_CAN_REACH, plan.can_reach),
        (texts.PLAN_FROM_PARTNER, plan.from_partner),
    )
    return "\n".join(line.format(text=text) for line, text in parts if text)


class SupportContactDialog(QtWidgets.QDialog):
    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None, contact: SupportContact | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportContactDialog")
        self._journal = journal
        self.contact_id = contact.id if contact is not None else None
        self.setWindowTitle(_("Change this contact") if contact else _("Add someone you can reach"))
        self.setAccessibleName(self.windowTitle())
        self.name = line("contactName", _("Name"), _("For example: my therapist, Sam, a helpline"))
        self.reach = line(
            "contactReach", _("How to reach them"), _("A number, an address, a place")
        )
        self.note = short_text("contactNote", _("Note"), _("When to call, what helps to say…"))
        if contact is not None:
            self.name.setText(contact.name)
            self.reach.setText(contact.reach)
            self.note.setPlainText(contact.note)
        self.message, save, cancel = save_controls(self, "contact", self.save)
        form = QtWidgets.QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("How to reach"), self.reach)
        form.addRow(_("Note"), self.note)
        dialog_layout(self, form, self.message, (cancel, save))

    def save(self) -> SupportContact | None:
        return save_or_say(self, self.message, self._store)

    def _store(self) -> SupportContact:
        draft = SupportContactDraft(
            name=self.name.text(), reach=self.reach.text(), note=self.note.toPlainText()
        )
        if self.contact_id is None:
            return self._journal.support_contacts.add(draft)
        return self._journal.support_contacts.update(self.contact_id, draft)


class HardDateDialog(QtWidgets.QDialog):
    """A new hard date, or the plan for one (a discovery's day and title are its moment's)."""

    def __init__(
        self,
        journal: Journal,
        parent: QtWidgets.QWidget | None,
        hard_date: HardDate | None,
        today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hardDateDialog")
        self._journal = journal
        self._hard_date = hard_date
        self.setWindowTitle(_("A plan for a hard date") if hard_date else _("Add a hard date"))
        self.setAccessibleName(self.windowTitle())
        self.day = date_edit("hardDateDay", _("Day"), hard_date.day if hard_date else today)
        self.title_field = line("hardDateTitle", _("Title"), _("A few words to know it by"))
        self.place = line("hardDatePlace", _("A place, if any"), _("Optional"))
        self.reminder = line(
            "hardDateReminder", _("A kind of reminder"), _("A song, a restaurant…")
        )
        self.will_do = short_text("hardDateWillDo", _("What I will do that day"))
        self.can_reach = short_text("hardDateCanReach", _("Who I can reach"))
        self.from_partner = short_text(
            "hardDateFromPartner", _("What I need from my partner, if anyone")
        )
        linked = hard_date is not None and hard_date.event_id is not None
        self.day.setEnabled(not linked)
        self.title_field.setEnabled(not linked)
        if hard_date is not None:
            self._fill(hard_date)
        self.message, save, cancel = save_controls(self, "hardDate", self.save)
        form = QtWidgets.QFormLayout()
        form.addRow(_("Day"), self.day)
        form.addRow(_("Title"), self.title_field)
        if linked:
            form.addRow(label(texts.MOMENT_HELP, "muted"))
        form.addRow(_("Place"), self.place)
        form.addRow(_("Reminder"), self.reminder)
        form.addRow(_("I will"), self.will_do)
        form.addRow(_("I can reach"), self.can_reach)
        form.addRow(_("From my partner"), self.from_partner)
        dialog_layout(self, form, self.message, (cancel, save), texts.PLAN_HELP)

    def _fill(self, hard_date: HardDate) -> None:
        self.title_field.setText(hard_date.title)
        self.place.setText(hard_date.place)
        self.reminder.setText(hard_date.reminder)
        self.will_do.setPlainText(hard_date.plan.will_do)
        self.can_reach.setPlainText(hard_date.plan.can_reach)
        self.from_partner.setPlainText(hard_date.plan.from_partner)

    def draft(self) -> HardDateDraft:
        return HardDateDraft(
            day=day_of(self.day),
            title=self.title_field.text(),
            place=self.place.text(),
            reminder=self.reminder.text(),
            plan=HardDatePlan(
                will_do=self.will_do.toPlainText(),
                can_reach=self.can_reach.toPlainText(),
                from_partner=self.from_partner.toPlainText(),
            ),
            event_id=self._hard_date.event_id if self._hard_date else None,
        )

    def save(self) -> HardDate | None:
        return save_or_say(self, self.message, self._store)

    def _store(self) -> HardDate:
        hard_id = self._hard_date.id if self._hard_date else None
        return self._journal.hard_dates.save(self.draft(), hard_id)
