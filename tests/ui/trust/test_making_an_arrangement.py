"""Making a transparency arrangement in the app: a new agreement marked as one (its kind,
start, length or end day, each partner's yes), an agreement already made marked later, a
bad value refused in one sentence with nothing stored, and a yes recorded afterwards beside
the agreement, with its day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import NotFound
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import WAITING
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.timeline.data import short_day

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[AgreementsPage]:
    with page_shown(qtbot, AgreementsPage(journal, clock=clock), 1100, 760) as shown:
        yield shown


def opened(page: AgreementsPage, agreement_id: int | None = None) -> AgreementDialog:
    dialog = page.open_dialog(agreement_id)
    assert dialog is not None
    return dialog


def save(qtbot: QtBot, dialog: AgreementDialog) -> None:
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "agreementSave"), LEFT)


def tick(qtbot: QtBot, box: QtWidgets.QCheckBox) -> None:
    """A click on the box itself (a form row stretches a check box past its words)."""
    qtbot.mouseClick(box, LEFT, pos=QtCore.QPoint(8, box.height() // 2))


def qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def test_a_new_agreement_made_an_arrangement_keeps_its_terms_and_yes(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: AgreementsPage
) -> None:
    dialog = opened(page)
    form = dialog.arrangement
    assert not form.kind.isVisible()
    tick(qtbot, form.is_arrangement)
    qtbot.waitUntil(form.kind.isVisible)
    dialog.title_field.setText("Phones open on the table")
    form.kind.setCurrentIndex(form.kind.findData("phone"))
    form.days.setValue(14)
    tick(qtbot, form.my_yes)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    made = journal.agreements.listed()[0]
    arrangement = journal.arrangements.get(made.id)
    today = clock.today()
    assert (arrangement.kind, arrangement.starts) == ("phone", today)
    assert arrangement.ends == today + dt.timedelta(days=13)
    assert (arrangement.my_yes, arrangement.partner_yes) == (today, None)
    assert arrangement.state(today) == WAITING
    qtbot.waitUntil(page.arrangement_part.isVisible)
    assert page.my_yes_line.text() == f"You said yes on {short_day(today)}."
    assert page.partner_yes_line.text() == "Your partner has not said yes yet."
    assert not page.my_yes_button.isVisible()
    qtbot.mouseClick(page.partner_yes_button, LEFT)
    assert journal.arrangements.get(made.id).partner_yes == today
    assert page.partner_yes_line.text() == f"Your partner said yes on {short_day(today)}."
    assert not page.partner_yes_button.isVisible()
    assert page.arrangement_state.text().startswith("Phone openness: Runs until")


def test_an_end_before_the_start_gets_one_sentence_and_nothing_is_stored(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: AgreementsPage
) -> None:
    dialog = opened(page)
    form = dialog.arrangement
    form.is_arrangement.setChecked(True)
    dialog.title_field.setText("Sharing locations")
    form.by_end_day.setChecked(True)
    assert form.ends.isEnabled() and not form.days.isEnabled()
    form.ends.setDate(qdate(clock.today() - dt.timedelta(days=2)))
    save(qtbot, dialog)
    message = dialog.findChild(QtWidgets.QLabel, "agreementMessage")
    assert message.text() == "An arrangement cannot end before it starts. Nothing was stored."
    assert dialog.isVisible()
    assert journal.agreements.listed() == []


def test_an_agreement_made_earlier_can_be_marked_and_an_arrangement_not_again(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: AgreementsPage
) -> None:
    today = clock.today()
    plain = journal.agreements.add(AgreementDraft("Calls at lunch", today)).id
    dialog = opened(page, plain)
    form = dialog.arrangement
    form.is_arrangement.setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData("calls"))
    form.by_end_day.setChecked(True)
    form.ends.setDate(qdate(today - dt.timedelta(days=1)))
    dialog.title_field.setText("Calls at lunch, every day")
    save(qtbot, dialog)
    # Refused: neither the arrangement nor the new words were stored.
    assert dialog.isVisible()
    assert journal.agreements.get(plain).title == "Calls at lunch"
    with pytest.raises(NotFound):
        journal.arrangements.get(plain)
    form.ends.setDate(qdate(today + dt.timedelta(days=9)))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert journal.agreements.get(plain).title == "Calls at lunch, every day"
    assert journal.arrangements.get(plain).ends == today + dt.timedelta(days=9)
    again = opened(page, plain)
    assert again.arrangement.is_arrangement.isHidden() and again.arrangement.kind.isHidden()


def test_the_arrangements_rows_line_up_with_the_agreements(
    qtbot: QtBot, page: AgreementsPage
) -> None:
    """One label column for the whole dialog: the arrangement's fields start where the
    agreement's do (issue 24: they were a form of their own, 35 px to the left)."""
    dialog = opened(page)
    form = dialog.arrangement
    form.is_arrangement.setChecked(True)
    qtbot.waitUntil(form.kind.isVisible)

    def left_edge(widget: QtWidgets.QWidget) -> int:
        return widget.mapTo(dialog, QtCore.QPoint(0, 0)).x()

    fields = (form.kind, form.starts, form.ends, form.days)
    assert [left_edge(field) for field in fields] == [left_edge(dialog.title_field)] * 4
    assert left_edge(form.my_yes) == left_edge(dialog.has_review)  # boxes across the row
