"""The Disclosure page: the warning first, questions parked and marked, topics from both
lists, the ledger, the days, the checklist ticked, a bad value said in one sentence, and
"Delete the preparation notes" saying what it cannot remove; emptied at lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.disclosure import texts as core_texts
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.trust.disclosure.page import DisclosurePage


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[DisclosurePage]:
    with page_shown(qtbot, DisclosurePage(journal, clock=clock), 1100, 760) as shown:
        yield shown


def rows(widget: QtWidgets.QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def type_and_press(qtbot: QtBot, edit: QtWidgets.QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_warning_comes_before_anything_is_written(page: DisclosurePage) -> None:
    warning = page.findChild(QtWidgets.QLabel, "disclosureWarning")
    assert warning is not None and warning.text() == core_texts.WARNING
    assert warning.isVisible()
    assert "destroy" in warning.text() and "legal" in warning.text()


def test_a_question_is_parked_and_marked(
    page: DisclosurePage, journal: Journal, qtbot: QtBot
) -> None:
    type_and_press(qtbot, page.question_text, "Who else knew?")
    qtbot.waitUntil(lambda: page.questions.count() == 1)
    assert rows(page.questions) == ["Still open: Who else knew?"]
    assert page.question_text.text() == ""
    page.questions.setCurrentRow(0)
    page.question_state.setCurrentIndex(page.question_state.findData("answered"))
    qtbot.mouseClick(page.question_mark, Qt.MouseButton.LeftButton)
    assert [q.state for q in journal.disclosure.questions()] == ["answered"]
    assert rows(page.questions) == ["Answered: Who else knew?"]


def test_topics_the_ledger_and_days(
    page: DisclosurePage, journal: Journal, qtbot: QtBot, clock: ManualClock
) -> None:
    type_and_press(qtbot, page.topic_text, "Sexual details")
    page.topic_from_partner.setChecked(True)
    type_and_press(qtbot, page.topic_text, "Where they met")
    assert [(t.text, t.source) for t in journal.disclosure.topics()] == [
        ("Sexual details", "mine"),
        ("Where they met", "partner"),
    ]
    page.told_new.setChecked(False)
    type_and_press(qtbot, page.told_text, "The dates again.")
    assert [(line.told, line.new) for line in journal.disclosure.ledger()] == [
        ("The dates again.", False)
    ]
    assert "(told before)" in rows(page.ledger)[0]
    later = clock.today() + dt.timedelta(days=7)
    page.planned.setDate(QtCore.QDate(later.year, later.month, later.day))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert [m.planned for m in journal.disclosure.meetings()] == [later]
    page.held_note.setText("Heavy, and clearer.")
    qtbot.mouseClick(page.held_button, Qt.MouseButton.LeftButton)
    assert [(m.held, m.note) for m in journal.disclosure.meetings()] == [
        (clock.today(), "Heavy, and clearer.")
    ]


def test_a_bad_value_is_one_sentence_and_nothing_is_stored(
    page: DisclosurePage, journal: Journal, qtbot: QtBot
) -> None:
    type_and_press(qtbot, page.told_text, "x" * 500)
    assert "a sentence or two" in page.message.text() and page.message.isVisible()
    assert journal.disclosure.ledger() == []
    assert page.told_text.text() == "x" * 500  # nothing the person typed is lost


def test_delete_the_preparation_notes_says_what_it_cannot_remove(
    page: DisclosurePage, journal: Journal, qtbot: QtBot
) -> None:
    type_and_press(qtbot, page.step_text, "The dates, in order")
    page.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    assert [s.done for s in journal.disclosure.checklist()] == [True]
    journal.disclosure.add_topic("Kept topic")
    page.delete_preparation(ask=False)
    assert page.checklist.count() == 0
    assert rows(page.topics) == ["Kept topic"]
    assert page.message.text().startswith("Deleted 1 preparation note.")
    assert "until they rotate out" in page.message.text()


def test_the_page_empties_at_lock(page: DisclosurePage, journal: Journal) -> None:
    journal.disclosure.ask("Private question")
    page.refresh()
    page.question_text.setText("half typed")
    page.clear_for_lock()
    assert page.questions.count() == 0 and page.question_text.text() == ""
