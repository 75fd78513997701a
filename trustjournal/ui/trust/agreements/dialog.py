"""Writing down or changing an agreement: its words, the day it was made, when to review it,
and whether it is a transparency arrangement (a new one, or one not marked yet)."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.errors import NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import Agreement, AgreementDraft
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.trust.agreements import texts
from trustjournal.ui.trust.agreements.arrangement_form import ArrangementForm
from trustjournal.ui.trust.timeline.event_dialog import date_edit, day_of
from trustjournal.ui.widgets.dialog_slot import (
    dialog_layout,
    save_controls,
    save_or_say,
    short_text,
)

REVIEW_AFTER = dt.timedelta(days=30)


class AgreementDialog(QtWidgets.QDialog):
    def __init__(
        self,
        journal: Journal,
        today: dt.date,
        parent: QtWidgets.QWidget | None = None,
        agreement_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self._journal = journal
        self.agreement_id = agreement_id
        existing = journal.agreements.get(agreement_id) if agreement_id is not None else None
        self.setWindowTitle(_("Change this agreement") if existing else _("A new agreement"))
        self.setAccessibleName(self.windowTitle())
        self._build(today)
        if existing is not None:
            self._fill(existing)
        # An arrangement's terms are not changed afterwards (pause, end or a new one).
        self._may_mark = not self._is_arrangement(agreement_id)
        if not self._may_mark:
            self.arrangement.set_offered(False)

    def _build(self, today: dt.date) -> None:
        self.title_field = QtWidgets.QLineEdit()
        self.title_field.setObjectName("agreementTitle")
        self.title_field.setAccessibleName(_("The agreement"))
        self.title_field.setPlaceholderText(_("For example: we tell each other when plans change"))
        self.details = short_text("agreementDetails", _("Details"), height=110)
        self.made = date_edit("agreementMade", _("Day it was made"), today)
        self.has_review = QtWidgets.QCheckBox(_("Look at it again together on"))
        self.has_review.setObjectName("agreementHasReview")
        self.has_review.setAccessibleName(_("Set a review date"))
        self.has_review.setChecked(True)
        self.review = date_edit("agreementReview", _("Review date"), today + REVIEW_AFTER)
        self.has_review.toggled.connect(self.review.setEnabled)
        self.arrangement = ArrangementForm(today, self)
        self.message, self.save_button, self.cancel_button = save_controls(
            self, "agreement", self.save
        )
        form = QtWidgets.QFormLayout()
        form.addRow(_("Agreement"), self.title_field)
        form.addRow(_("Details"), self.details)
        form.addRow(_("Made on"), self.made)
        form.addRow(self.has_review, self.review)
        self.arrangement.add_rows(form)
        buttons = (self.cancel_button, self.save_button)
        dialog_layout(self, form, self.message, buttons, texts.AGREEMENT_HELP, width=620)

    def _fill(self, agreement: Agreement) -> None:
        self.title_field.setText(agreement.title)
        self.details.setPlainText(agreement.details)
        self.made.setDate(
            QtCore.QDate(agreement.made.year, agreement.made.month, agreement.made.day)
        )
        self.has_review.setChecked(agreement.review is not None)
        if agreement.review is not None:
            review = agreement.review
            self.review.setDate(QtCore.QDate(review.year, review.month, review.day))

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            title=self.title_field.text(),
            made=day_of(self.made),
            details=self.details.toPlainText(),
            review=day_of(self.review) if self.has_review.isChecked() else None,
        )

    def save(self) -> Agreement | None:
        return save_or_say(self, self.message, self._store)

    def _is_arrangement(self, agreement_id: int | None) -> bool:
        if agreement_id is None:
            return False
        try:
            self._journal.arrangements.get(agreement_id)
        except NotFound:
            return False
        return True

    def _store(self) -> Agreement:
        arrangement = self.arrangement.draft() if self._may_mark else None
        if self.agreement_id is not None:
            return self._changed(self.agreement_id, arrangement)
        if arrangement is not None:
            saved, _made = self._journal.arrangements.make(self.draft(), arrangement)
        else:
            saved = self._journal.agreements.add(self.draft())
        self.agreement_id = saved.id
        return saved

    def _changed(self, agreement_id: int, arrangement: ArrangementDraft | None) -> Agreement:
        """The words changed, and the agreement marked as an arrangement if asked: its
        values are checked first, so that a refused arrangement changes nothing."""
        if arrangement is not None:
            self._journal.arrangements.checked(arrangement)
        saved = self._journal.agreements.update(agreement_id, self.draft())
        if arrangement is not None:
            self._journal.arrangements.mark(agreement_id, arrangement)
        return saved
