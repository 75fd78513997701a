"""The Agreements page: a checked model, gentle review highlights, status history kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.model import DUE_ROLE, AgreementTableModel
from trustjournal.ui.trust.agreements.page import AgreementsPage

LEFT = Qt.MouseButton.LeftButton


def days(clock: ManualClock, n: int) -> dt.date:
    return clock.today() + dt.timedelta(days=n)


@pytest.fixture
def agreements(journal: Journal, clock: ManualClock) -> dict[str, int]:
    made = days(clock, -40)
    return {
        "plans": journal.agreements.add(
            AgreementDraft("Tell each other when plans change", made, review=days(clock, -1))
        ).id,
        "phones": journal.agreements.add(
            AgreementDraft("Phones stay open", made, "No deleting messages", days(clock, 20))
        ).id,
        "walk": journal.agreements.add(AgreementDraft("A weekly walk to talk", made)).id,
    }


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[AgreementsPage]:
    with page_shown(qtbot, AgreementsPage(journal, clock=clock), 1100, 760) as shown:
        yield shown


def titles(page: AgreementsPage) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_model_passes_the_model_tester(
    qtmodeltester: object, journal: Journal, clock: ManualClock, agreements: dict[str, int]
) -> None:
    model = AgreementTableModel()
    model.set_agreements(journal.agreements.listed(), clock.today())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_list_shows_status_dates_and_highlights_reviews_due(
    agreements: dict[str, int], page: AgreementsPage
) -> None:
    assert titles(page) == [
        "Tell each other when plans change",
        "Phones stay open",
        "A weekly walk to talk",
    ]
    model = page.model
    assert [model.index(0, c).data() for c in range(4)] == [
        "Tell each other when plans change",
        "Active",
        "2 Feb 2026",
        "13 Mar 2026 (review)",
    ]
    spoken = model.index(0, 3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "13 Mar 2026, time to look at it together"
    assert [model.index(r, 0).data(DUE_ROLE) for r in range(3)] == [True, False, False]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    banner = page.findChild(QtWidgets.QLabel, "agreementsDue")
    assert banner.isVisible() and "One agreement is ready" in banner.text()
    page.select(agreements["plans"])
    assert page.findChild(QtWidgets.QLabel, "agreementsReviewNote").isVisible()
    page.select(agreements["phones"])
    assert not page.findChild(QtWidgets.QLabel, "agreementsReviewNote").isVisible()
    assert page.findChild(QtWidgets.QLabel, "agreementsDetails").text() == "No deleting messages"


def test_status_changes_keep_their_history(
    qtbot: QtBot,
    journal: Journal,
    clock: ManualClock,
    agreements: dict[str, int],
    page: AgreementsPage,
) -> None:
    page.select(agreements["phones"])
    status = page.findChild(QtWidgets.QComboBox, "agreementsStatus")
    for chosen in ("revised", "retired"):
        clock.advance(days=1)
        status.setCurrentIndex(status.findData(chosen))
        qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "agreementsSetStatus"), LEFT)
    assert journal.agreements.get(agreements["phones"]).status == "retired"
    history = page.findChild(QtWidgets.QListWidget, "agreementsHistory")
    lines = [history.item(row).text() for row in range(history.count())]
    assert lines == [
        "Made active on 14 Mar 2026",
        "Revised on 15 Mar 2026",
        "Retired on 16 Mar 2026",
    ]
    assert page.model.index(1, 1).data() == "Retired"
    page.filter.setCurrentIndex(page.filter.findData("retired"))
    assert titles(page) == ["Phones stay open"]


def test_add_and_edit_through_the_dialog(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: AgreementsPage
) -> None:
    assert page.findChild(QtWidgets.QLabel, "agreementsEmpty").isVisible()
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "agreementsAdd"), LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    qtbot.keyClicks(dialog.title_field, "Check in before changing plans")
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "agreementSave"), LEFT)
    qtbot.waitUntil(lambda: titles(page) == ["Check in before changing plans"])
    made = journal.agreements.listed()[0]
    assert (made.made, made.review) == (clock.today(), days(clock, 30))
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "agreementsEdit"), LEFT)
    edit = page.dialog
    assert isinstance(edit, AgreementDialog) and edit.agreement_id == made.id
    edit.title_field.setText("Call before changing plans")
    edit.has_review.setChecked(False)
    qtbot.mouseClick(edit.findChild(QtWidgets.QPushButton, "agreementSave"), LEFT)
    qtbot.waitUntil(lambda: titles(page) == ["Call before changing plans"])
    assert journal.agreements.get(made.id).review is None


def test_a_review_before_the_day_made_is_refused_with_a_reason(
    qtbot: QtBot, clock: ManualClock, page: AgreementsPage
) -> None:
    dialog = page.open_dialog(None)
    assert dialog is not None
    dialog.title_field.setText("Honest answers")
    dialog.review.setDate(dialog.made.date().addDays(-3))
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "agreementSave"), LEFT)
    assert dialog.isVisible()
    assert "review date" in dialog.findChild(QtWidgets.QLabel, "agreementMessage").text()


def test_lock_empties_the_page(agreements: dict[str, int], page: AgreementsPage) -> None:
    page.clear_for_lock()
    assert page.model.rowCount() == 0
    assert page.findChild(QtWidgets.QListWidget, "agreementsHistory").count() == 0
    assert page.findChild(QtWidgets.QLabel, "agreementsTitle").text() == ""


def test_with_nothing_chosen_no_status_or_history_shows(
    qtbot: QtBot, journal: Journal, page: AgreementsPage
) -> None:
    assert not page.findChild(QtWidgets.QComboBox, "agreementsStatus").isVisible()
    assert not page.findChild(QtWidgets.QListWidget, "agreementsHistory").isVisible()
    assert page.findChild(QtWidgets.QLabel, "agreementsNothingChosen").isVisible()
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "agreementsAdd"), LEFT)
    dialog = page.dialog
    assert isinstance(dialog, AgreementDialog)
    qtbot.keyClicks(dialog.title_field, "Say when plans change")
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "agreementSave"), LEFT)
    qtbot.waitUntil(lambda: page.findChild(QtWidgets.QListWidget, "agreementsHistory").isVisible())
    assert page.findChild(QtWidgets.QComboBox, "agreementsStatus").isVisible()
    assert not page.findChild(QtWidgets.QLabel, "agreementsNothingChosen").isVisible()
