"""The part of the agreement dialog that makes an agreement a transparency arrangement:
what it opens up, when it starts, when it ends (a day, or how many days it runs), and each
partner's yes. Hidden until asked for: most agreements are not arrangements."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.journal.disclosure.arrangements import LONGEST_DAYS
from trustjournal.core.journal.disclosure.disclosure_json import arrangement_name
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import ARRANGEMENT_KINDS, ArrangementDraft
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.trust.agreements import texts
from trustjournal.ui.trust.timeline.event_dialog import date_edit, day_of
from trustjournal.ui.widgets.access.labelling import say_what_it_chooses
from trustjournal.ui.widgets.controls import label

# A month at first: long enough to help, short enough that it is chosen again, not kept
# by habit.
FIRST_LENGTH_DAYS = 30


class ArrangementForm(QtCore.QObject):
    """A check box that shows the arrangement's fields; `draft()` is None while unchecked.

    Its rows go into the dialog's own form (`add_rows`), so their labels share the
    dialog's label column: a form of its own lined up its fields 35-43 px (by font) left of
    the agreement's (issue 24)."""

    def __init__(self, today: dt.date, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementArrangementForm")
        self.is_arrangement = QtWidgets.QCheckBox(_("It is a transparency arrangement"))
        self.is_arrangement.setObjectName("agreementIsArrangement")
        self.is_arrangement.setAccessibleName(self.is_arrangement.text())
        self._make_fields(today)
        self._form: QtWidgets.QFormLayout | None = None
        self._rows = range(0)  # the rows of the fields in that form, once added
        self.is_arrangement.toggled.connect(self._show_fields)

    def _make_fields(self, today: dt.date) -> None:
        self.kind = self._kind_choice()
        self.starts = date_edit("agreementArrangementStarts", _("The day it starts"), today)
        self._end_choices(today)
        self.my_yes = QtWidgets.QCheckBox(_("I say yes to it"))
        self.my_yes.setObjectName("agreementArrangementMyYes")
        self.partner_yes = QtWidgets.QCheckBox(_("My partner has said yes to it"))
        self.partner_yes.setObjectName("agreementArrangementPartnerYes")
        for box in (self.my_yes, self.partner_yes):
            box.setAccessibleName(box.text())

    def add_rows(self, form: QtWidgets.QFormLayout) -> None:
        """The check box and, under it, the fields (hidden until it is ticked)."""
        form.addRow(self.is_arrangement)
        first = form.rowCount()
        form.addRow(label(texts.OFFERED_NOT_TAKEN, "muted"))
        form.addRow(label(texts.ENDS_WHEN_NOT_CHOSEN, "muted"))
        form.addRow(_("What it opens up"), self.kind)
        form.addRow(_("Starts on"), self.starts)
        form.addRow(self.by_end_day, self.ends)
        form.addRow(self.by_length, self.days)
        form.addRow(self.my_yes)
        form.addRow(self.partner_yes)
        form.addRow(label(texts.ARRANGEMENT_YES_HELP, "muted"))
        self._form, self._rows = form, range(first, form.rowCount())
        self._show_fields(self.is_arrangement.isChecked())

    def set_offered(self, offered: bool) -> None:
        """Offered, or not at all (an arrangement's terms are not changed afterwards)."""
        if self._form is not None:
            self._form.setRowVisible(self.is_arrangement, offered)
        self._show_fields(offered and self.is_arrangement.isChecked())

    def _show_fields(self, shown: bool) -> None:
        if self._form is not None:
            for row in self._rows:
                self._form.setRowVisible(row, shown)

    def _kind_choice(self) -> QtWidgets.QComboBox:
        kind = QtWidgets.QComboBox()
        kind.setObjectName("agreementArrangementKind")
        kind.setAccessibleName(_("What the arrangement opens up"))
        for name in ARRANGEMENT_KINDS:
            kind.addItem(arrangement_name(name), name)
        say_what_it_chooses(kind)
        return kind

    def _end_choices(self, today: dt.date) -> None:
        """Its end as a day or as a number of days: one of the two, never neither."""
        self.by_length = QtWidgets.QRadioButton(_("Number of days it runs"))
        self.by_length.setObjectName("agreementArrangementByLength")
        self.by_end_day = QtWidgets.QRadioButton(_("Ends on"))
        self.by_end_day.setObjectName("agreementArrangementByEndDay")
        for choice in (self.by_length, self.by_end_day):
            choice.setAccessibleName(choice.text())
        self.days = QtWidgets.QSpinBox()
        self.days.setObjectName("agreementArrangementDays")
        self.days.setAccessibleName(_("Number of days it runs"))
        self.days.setRange(1, LONGEST_DAYS)
        self.days.setValue(FIRST_LENGTH_DAYS)
        last = today + dt.timedelta(days=FIRST_LENGTH_DAYS - 1)
        self.ends = date_edit("agreementArrangementEnds", _("The day it ends"), last)
        self.by_length.toggled.connect(self.days.setEnabled)
        self.by_end_day.toggled.connect(self.ends.setEnabled)
        self.by_length.setChecked(True)
        self.ends.setEnabled(False)

    def draft(self) -> ArrangementDraft | None:
        if not self.is_arrangement.isChecked():
            return None
        by_length = self.by_length.isChecked()
        return ArrangementDraft(
            kind=str(self.kind.currentData()),
            starts=day_of(self.starts),
            ends=None if by_length else day_of(self.ends),
            days=self.days.value() if by_length else None,
            my_yes=self.my_yes.isChecked(),
            partner_yes=self.partner_yes.isChecked(),
        )
