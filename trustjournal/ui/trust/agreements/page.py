"""The Agreements page: what was agreed, when, when to look at it again, and how it went.

Changing an agreement's status keeps every earlier status in its history,
shown beside the agreement. Reviews that have come are highlighted gently.
"""

from __future__ import annotations

from trustjournal.core.changes import Topic
from trustjournal.core.clock import Clock
from trustjournal.core.errors import NotFound
from trustjournal.core.journal.disclosure.disclosure_json import arrangement_summary
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language.speaking import _
from trustjournal.core.records.disclosure import PAUSED, Arrangement
from trustjournal.core.records.trust import AGREEMENT_STATUSES, Agreement
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.trust import texts as trust_texts
from trustjournal.ui.trust.agreements import texts
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.model import (
    DUE_ROLE,
    AgreementTableModel,
    review_is_due,
)
from trustjournal.ui.trust.timeline.data import short_day
from trustjournal.ui.trust.trust_page import TrustPage, details_panel, list_beside_details
from trustjournal.ui.widgets.access.labelling import say_what_it_chooses
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import button, heading, label, show_text
from trustjournal.ui.widgets.sizing import table_width

# Palette colours, so the notice reads well in light and dark without a colour of its own.
NOTICE_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-left: 4px solid palette(highlight); border-radius: 6px; padding: 8px 12px; }"
)


class AgreementTable(QtWidgets.QTableView):
    """Never narrower than every column's name and dates need (the details beside give
    way); only a long agreement ends in "…", and the details show all of it."""

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        least = super().minimumSizeHint()
        bar = self.verticalScrollBar().isVisible()
        whole = table_width(self, eliding=(0,), bar=bar)
        return QtCore.QSize(max(least.width(), whole), least.height())


class DetailsScroll(QtWidgets.QScrollArea):
    """As wide as its details need (the list beside gives way, as before they scrolled);
    only up and down it scrolls."""

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        least = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return least
        bar = self.verticalScrollBar().sizeHint().width()
        return QtCore.QSize(inner.minimumSizeHint().width() + bar, least.height())


def scrolling(panel: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    """The details scroll up and down when the window is short: an arrangement's state,
    its yeses and the history no longer fit 760 px in a longer language, and were cut."""
    area = DetailsScroll()
    area.setObjectName("agreementsDetailsScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # no nameless stop: Tab reaches its controls
    return area


class AgreementsPage(TrustPage):
    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(journal, parent, clock, "agreementsPage", _("Agreements"))
        self.model = AgreementTableModel(self)
        self._build()
        self._connect()
        self.watcher = ChangeWatcher(journal, (Topic.AGREEMENTS, Topic.ARRANGEMENTS), self)
        self.watcher.changed.connect(self.refresh)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.due_banner = label("", "", "agreementsDue")
        self.due_banner.setStyleSheet(NOTICE_STYLE)
        self.filter = QtWidgets.QComboBox()
        self.filter.setObjectName("agreementsFilter")
        self.filter.setAccessibleName(_("Which agreements to show"))
        self.filter.addItem(_("All agreements"), "")
        for status in AGREEMENT_STATUSES:
            self.filter.addItem(texts.agreement_status(status), status)
        self.add_button = button(_("New agreement…"), "agreementsAdd", primary=True)
        self.table = self._table()
        self.empty = label(texts.AGREEMENTS_EMPTY, "muted", "agreementsEmpty")
        # The heading on its own line: beside the filter and the button it pushed the page
        # past a 1180 px window.
        top = QtWidgets.QHBoxLayout()
        say_what_it_chooses(self.filter)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.add_button)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(heading(_("Agreements")))
        left.addLayout(top)
        left.addWidget(self.due_banner)
        left.addWidget(self.table, 1)
        left.addWidget(self.empty)
        left.addStretch(0)
        list_beside_details(self, left, scrolling(self._details()))

    def _table(self) -> QtWidgets.QTableView:
        table = AgreementTable()
        table.setObjectName("agreementsList")
        table.setAccessibleName(_("Agreements"))
        table.setModel(self.model)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        # A long agreement ends in "…" here; the details beside the list show all of it.
        table.setProperty("layout_may_elide", [0])
        return table

    def _details(self) -> QtWidgets.QWidget:
        panel, layout = details_panel("agreementsDetailsPanel")
        self.title = label("", "subheading", "agreementsTitle")
        self.dates = label("", "muted", "agreementsDates")
        self.details = label("", "", "agreementsDetails")
        self.review_note = label(texts.AGREEMENT_REVIEW_NOTE, "", "agreementsReviewNote")
        self.status = QtWidgets.QComboBox()
        self.status.setObjectName("agreementsStatus")
        self.status.setAccessibleName(_("Status"))
        for status in AGREEMENT_STATUSES:
            self.status.addItem(texts.agreement_status(status), status)
        say_what_it_chooses(self.status)
        self.set_status_button = button(_("Change status"), "agreementsSetStatus")
        self.edit_button = button(_("Change the words…"), "agreementsEdit")
        self.history = QtWidgets.QListWidget()
        self.history.setObjectName("agreementsHistory")
        self.history.setAccessibleName(_("Status history, oldest first"))
        self.history.setWordWrap(True)
        self.nothing_chosen = label(
            texts.AGREEMENT_NOTHING_CHOSEN, "muted", "agreementsNothingChosen"
        )
        for widget in (self.nothing_chosen, self.title, self.dates, self.details, self.review_note):
            layout.addWidget(widget)
        layout.addWidget(self._arrangement_part())
        layout.addWidget(self._chosen_only(), 1)
        self.details_panel = panel
        return panel

    def _arrangement_part(self) -> QtWidgets.QWidget:
        """For a transparency arrangement: where it stands, a pause in one click, an end,
        and the words that say it is offered, not taken."""
        self.arrangement_part = QtWidgets.QWidget()
        self.arrangement_part.setObjectName("agreementsArrangementPart")
        layout = QtWidgets.QVBoxLayout(self.arrangement_part)
        layout.setContentsMargins(0, 0, 0, 0)
        self.arrangement_state = label("", "subheading", "agreementsArrangementState")
        self.pause_button = button(_("Pause"), "agreementsPauseArrangement")
        self.end_button = button(_("End it today"), "agreementsEndArrangement")
        layout.addWidget(self.arrangement_state)
        layout.addWidget(label(texts.OFFERED_NOT_TAKEN, "muted"))
        layout.addWidget(label(texts.ENDS_WHEN_NOT_CHOSEN, "muted"))
        layout.addWidget(self._yeses())
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.pause_button)
        row.addWidget(self.end_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.arrangement_part.setVisible(False)
        return self.arrangement_part

    def _yeses(self) -> QtWidgets.QWidget:
        """Each partner's yes with its day, and under a yes still missing, a way to record
        it (one under the other: side by side, a longer language cut the buttons)."""
        yeses = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(yeses)
        layout.setContentsMargins(0, 0, 0, 0)
        self.my_yes_line = label("", "", "agreementsMyYes")
        self.partner_yes_line = label("", "", "agreementsPartnerYes")
        self.my_yes_button = button(_("I say yes"), "agreementsSayMyYes")
        self.partner_yes_button = button(_("My partner said yes"), "agreementsSayPartnerYes")
        left = QtCore.Qt.AlignmentFlag.AlignLeft
        layout.addWidget(self.my_yes_line)
        layout.addWidget(self.my_yes_button, 0, left)
        layout.addWidget(self.partner_yes_line)
        layout.addWidget(self.partner_yes_button, 0, left)
        return yeses

    def _chosen_only(self) -> QtWidgets.QWidget:
        """Status, change and history: shown only for a chosen agreement (empty, they looked
        like a live status box and an empty history)."""
        self.chosen_part = QtWidgets.QWidget()
        self.chosen_part.setObjectName("agreementsChosenPart")
        layout = QtWidgets.QVBoxLayout(self.chosen_part)
        layout.setContentsMargins(0, 0, 0, 0)
        # The status above its button: side by side in the narrow details, a longer
        # language's "Change status" was cut.
        layout.addWidget(self.status)
        layout.addWidget(self.set_status_button)
        layout.addWidget(self.edit_button)
        layout.addWidget(label(_("History"), "subheading"))
        layout.addWidget(self.history, 1)
        return self.chosen_part

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self._edit_current)
        self.set_status_button.clicked.connect(self._set_status)
        self.pause_button.clicked.connect(self.pause_or_go_on)
        self.end_button.clicked.connect(self.end_arrangement)
        self.my_yes_button.clicked.connect(lambda: self.record_yes("mine"))
        self.partner_yes_button.clicked.connect(lambda: self.record_yes("partner"))
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda *_: self._edit_current())

    # -- the contract with the app shell -----------------------------------------------------

    def clear_for_lock(self) -> None:
        self.watcher.stop()
        self.model.clear()
        self._show(None)
        show_text(self.due_banner, "")
        super().clear_for_lock()

    # -- reading and showing -----------------------------------------------------------------

    def refresh(self) -> None:
        if self._journal is None:
            return
        chosen = self.current()
        status = self.filter.currentData() or None
        self.model.set_agreements(self._journal.agreements.listed(status), self._clock.today())
        due = len(self._journal.agreements.due_for_review())
        show_text(self.due_banner, "" if not due else trust_texts.agreements_due(due))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.table.setVisible(self.model.rowCount() > 0)
        self.select(chosen.id if chosen else self._first_due())

    def _first_due(self) -> int | None:
        """With nothing chosen yet, the first agreement ready for a review, if any."""
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(DUE_ROLE):
                return self.model.agreement_at(row).id
        return None

    def select(self, agreement_id: int | None) -> None:
        row = self.model.row_of(agreement_id) if agreement_id is not None else None
        if row is None and self.model.rowCount() > 0:
            row = 0
        if row is None:
            self._show(None)
            return
        self.table.setCurrentIndex(self.model.index(row, 0))
        self._show_current()

    def current(self) -> Agreement | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.agreement_at(index.row())

    def _show_current(self) -> None:
        self._show(self.current())

    def _show(self, agreement: Agreement | None) -> None:
        self.details_panel.setEnabled(agreement is not None)
        self.chosen_part.setVisible(agreement is not None)
        self.nothing_chosen.setVisible(agreement is None)
        self.history.clear()
        self._show_arrangement(agreement)
        if agreement is None or self._journal is None:
            for widget in (self.title, self.dates, self.details):
                widget.clear()
            self.review_note.setVisible(False)
            return
        self.title.setText(agreement.title)
        made = short_day(agreement.made)
        if agreement.review:
            review = short_day(agreement.review)
            self.dates.setText(texts.AGREEMENT_MADE_AND_REVIEW.format(made=made, review=review))
        else:
            self.dates.setText(texts.AGREEMENT_MADE_ON.format(made=made))
        show_text(self.details, agreement.details)
        self.review_note.setVisible(review_is_due(agreement, self._clock.today()))
        self.status.setCurrentIndex(AGREEMENT_STATUSES.index(agreement.status))
        for change in self._journal.agreements.history(agreement.id):
            day = short_day(change.changed_at.date())
            self.history.addItem(texts.agreement_history_line(change.status, day))

    def _arrangement_of(self, agreement: Agreement | None) -> Arrangement | None:
        if agreement is None or self._journal is None:
            return None
        try:
            return self._journal.arrangements.get(agreement.id)
        except NotFound:
            return None

    def _show_arrangement(self, agreement: Agreement | None) -> None:
        arrangement = self._arrangement_of(agreement)
        self.arrangement_part.setVisible(arrangement is not None)
        if arrangement is None:
            return
        today = self._clock.today()
        self.arrangement_state.setText(arrangement_summary(arrangement, today, short_day))
        paused = arrangement.state(today) == PAUSED
        self.pause_button.setText(_("Go on") if paused else _("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        still_on = arrangement.ended(today) is None
        self.pause_button.setVisible(still_on)
        self.end_button.setVisible(still_on)
        self._show_yeses(arrangement, still_on)

    def _show_yeses(self, arrangement: Arrangement, still_on: bool) -> None:
        mine, theirs = arrangement.my_yes, arrangement.partner_yes
        self.my_yes_line.setText(
            texts.MY_YES_ON.format(day=short_day(mine)) if mine else texts.MY_YES_NOT_YET
        )
        self.partner_yes_line.setText(
            texts.PARTNER_YES_ON.format(day=short_day(theirs))
            if theirs
            else texts.PARTNER_YES_NOT_YET
        )
        self.my_yes_button.setVisible(still_on and mine is None)
        self.partner_yes_button.setVisible(still_on and theirs is None)

    # -- changing --------------------------------------------------------------------------

    def pause_or_go_on(self) -> None:
        """One click: a running arrangement pauses, a paused one goes on."""
        chosen = self.current()
        arrangement = self._arrangement_of(chosen)
        if arrangement is None or self._journal is None or chosen is None:
            return
        if arrangement.state(self._clock.today()) == PAUSED:
            self._journal.arrangements.resume(chosen.id)
        else:
            self._journal.arrangements.pause(chosen.id)
        self.refresh()
        self.select(chosen.id)

    def record_yes(self, whose: str) -> None:
        """A yes recorded as such, with today's day ("mine" or "partner")."""
        chosen = self.current()
        if self._arrangement_of(chosen) is None or self._journal is None or chosen is None:
            return
        self._journal.arrangements.say_yes(chosen.id, whose)
        self.refresh()
        self.select(chosen.id)

    def end_arrangement(self) -> None:
        chosen = self.current()
        if self._arrangement_of(chosen) is None or self._journal is None or chosen is None:
            return
        self._journal.arrangements.end(chosen.id)
        self.refresh()
        self.select(chosen.id)

    def open_dialog(self, agreement_id: int | None) -> AgreementDialog | None:
        if self._journal is None:
            return None
        dialog = AgreementDialog(self._journal, self._clock.today(), self, agreement_id)
        self.dialogs.open(dialog, lambda: self._saved(dialog))
        return dialog

    def _saved(self, dialog: AgreementDialog) -> None:
        self.refresh()
        self.select(dialog.agreement_id)

    def _edit_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.open_dialog(chosen.id)

    def _set_status(self) -> None:
        chosen = self.current()
        if chosen is None or self._journal is None:
            return
        self._journal.agreements.set_status(chosen.id, str(self.status.currentData()))
        self.refresh()
        self.select(chosen.id)
