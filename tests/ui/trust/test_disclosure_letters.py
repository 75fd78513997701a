"""Unsent letters in the app (issue 24): on the Disclosure page, after words on what an
unsent letter is for; written in a dialog of their own, kept as letters (never entries),
opened and changed, deleted with Undo until the journal locks; keyboard reachable and
named for screen readers; and nothing of them on the lock screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot
from together_walk_kit import held_text
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.disclosure import texts
from trustjournal.ui.trust.disclosure.letter_dialog import LetterDialog
from trustjournal.ui.trust.disclosure.page import DisclosurePage

LEFT = Qt.MouseButton.LeftButton
CANARY = "canary-letter-7f3a"
W = TypeVar("W", bound=QtWidgets.QWidget)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[DisclosurePage]:
    with page_shown(qtbot, DisclosurePage(journal, clock=clock), 1100, 760) as shown:
        yield shown


def find(root: QtWidgets.QWidget, kind: type[W], name: str) -> W:
    found = root.findChild(kind, name)
    assert found is not None, name
    return found


def rows(page: DisclosurePage) -> list[str]:
    listed = page.letters.list
    return [listed.item(row).text() for row in range(listed.count())]


def open_dialog(qtbot: QtBot, page: DisclosurePage) -> LetterDialog:
    qtbot.waitUntil(lambda: isinstance(page.dialog, LetterDialog))
    dialog = page.dialog
    assert isinstance(dialog, LetterDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def write_through_the_dialog(
    qtbot: QtBot, page: DisclosurePage, kind: str, title: str, body: str
) -> None:
    chooser = find(page, QtWidgets.QComboBox, "disclosureLetterKind")
    chooser.setCurrentIndex(chooser.findData(kind))
    qtbot.mouseClick(find(page, QtWidgets.QPushButton, "disclosureLetterWrite"), LEFT)
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(find(dialog, QtWidgets.QLineEdit, "letterTitle"), title)
    qtbot.keyClicks(find(dialog, QtWidgets.QPlainTextEdit, "letterBody"), body)
    qtbot.mouseClick(find(dialog, QtWidgets.QPushButton, "letterSave"), LEFT)
    qtbot.waitUntil(lambda: page.dialog is None)


def test_what_an_unsent_letter_is_for_comes_before_the_list(page: DisclosurePage) -> None:
    about = find(page, QtWidgets.QLabel, "disclosureLettersAbout")
    assert about.text() == texts.LETTERS_ABOUT and about.isVisible()
    assert find(page, QtWidgets.QLabel, "disclosureLettersEmpty").isVisible()
    assert not page.letters.open_button.isEnabled()
    assert not page.letters.delete_button.isEnabled()


def test_a_letter_is_written_and_kept_as_a_letter_not_an_entry(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    write_through_the_dialog(qtbot, page, "amends", "What I owe you", "I am sorry for ...")
    [letter] = journal.letters.listed()
    assert (letter.kind, letter.title, letter.body) == (
        "amends",
        "What I owe you",
        "I am sorry for ...",
    )
    assert journal.count() == 0  # never mixed into the entry list
    qtbot.waitUntil(lambda: len(rows(page)) == 1)
    assert rows(page)[0].startswith("Amends or restitution letter: What I owe you (")
    assert page.letters.chosen() == letter.id
    assert not find(page, QtWidgets.QLabel, "disclosureLettersEmpty").isVisible()


def test_a_letter_is_opened_with_enter_and_changed(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    letter = journal.letters.write("self", "", "Be gentle.")
    qtbot.waitUntil(lambda: rows(page) != [])
    assert rows(page)[0].startswith("A letter to yourself: Untitled (")
    page.letters.list.setFocus()
    page.letters.list.setCurrentRow(0)
    qtbot.keyClick(page.letters.list, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, page)
    kind = find(dialog, QtWidgets.QComboBox, "letterKind")
    assert kind.currentData() == "self" and not kind.isEnabled()
    body = find(dialog, QtWidgets.QPlainTextEdit, "letterBody")
    assert body.toPlainText() == "Be gentle."
    body.setPlainText("Be gentle with yourself.")
    find(dialog, QtWidgets.QLineEdit, "letterTitle").setText("To me")
    qtbot.mouseClick(find(dialog, QtWidgets.QPushButton, "letterSave"), LEFT)
    qtbot.waitUntil(lambda: rows(page)[0].startswith("A letter to yourself: To me ("))
    assert journal.letters.get(letter.id).body == "Be gentle with yourself."


def test_cancel_keeps_the_letter_as_it_was(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    letter = journal.letters.write("impact", "Impact", "As it was.")
    qtbot.waitUntil(lambda: rows(page) != [])
    page.letters.list.setCurrentRow(0)
    dialog = page.letters.open_chosen()
    assert dialog is not None
    find(dialog, QtWidgets.QPlainTextEdit, "letterBody").setPlainText("Not kept.")
    qtbot.mouseClick(find(dialog, QtWidgets.QPushButton, "letterCancel"), LEFT)
    qtbot.waitUntil(lambda: page.dialog is None)
    assert journal.letters.get(letter.id) == letter


def test_a_deleted_letter_comes_back_with_undo(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    kept = journal.letters.write("impact", "Kept", "Stays.")
    gone = journal.letters.write("amends", "Gone for now", "Comes back.")
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    page.letters.select(gone.id)
    assert page.letters.delete_chosen(ask=False) == gone
    assert journal.letters.listed() == [kept]
    message = find(page, QtWidgets.QLabel, "disclosureLetterUndoMessage")
    undo = find(page, QtWidgets.QPushButton, "disclosureLetterUndo")
    assert message.text() == "Letter deleted." and undo.isVisible()
    qtbot.mouseClick(undo, LEFT)
    assert journal.letters.listed() == [kept, gone]
    assert page.letters.chosen() == gone.id
    assert not undo.isVisible()


def test_the_letters_empty_at_lock_and_undo_is_forgotten(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    journal.letters.write("impact", CANARY, CANARY)
    gone = journal.letters.write("self", "Gone", "Gone.")
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    page.letters.select(gone.id)
    page.letters.delete_chosen(ask=False)
    page.letters.list.setCurrentRow(0)
    dialog = page.letters.open_chosen()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    page.clear_for_lock()
    qtbot.waitUntil(lambda: page.dialog is None and not dialog.isVisible())
    assert page.letters.list.count() == 0
    assert not page.letters.undo_button.isVisible()
    assert page.letters.undo_delete() is None
    assert CANARY not in held_text(page)


def test_every_letter_control_is_named_and_reached_with_tab(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    journal.letters.write("impact", "A", "B")
    qtbot.waitUntil(lambda: rows(page) != [])
    page.letters.list.setCurrentRow(0)
    names = (
        "disclosureLetters",
        "disclosureLetterKind",
        "disclosureLetterWrite",
        "disclosureLetterOpen",
        "disclosureLetterDelete",
    )
    controls = [find(page, QtWidgets.QWidget, name) for name in names]
    assert all(control.accessibleName() for control in controls)
    controls[0].setFocus()
    qtbot.waitUntil(controls[0].hasFocus)
    reached = []
    for _step in range(len(controls) - 1):
        qtbot.keyClick(QtWidgets.QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QtWidgets.QApplication.focusWidget().objectName())
    assert reached == list(names[1:])


def test_the_dialog_fields_are_named_and_tab_leaves_the_letter(
    qtbot: QtBot, page: DisclosurePage
) -> None:
    dialog = page.letters.write()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    for name in ("letterKind", "letterTitle", "letterBody", "letterSave", "letterCancel"):
        assert find(dialog, QtWidgets.QWidget, name).accessibleName(), name
    body = find(dialog, QtWidgets.QPlainTextEdit, "letterBody")
    body.setFocus()
    qtbot.waitUntil(body.hasFocus)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert body.toPlainText() == "" and not body.hasFocus()


@pytest.mark.slow  # a whole session, unlocked and locked again
def test_a_letter_written_in_the_app_is_nowhere_on_the_lock_screen(
    qtbot: QtBot, session: Session, unlocked: Callable[[], MainWindow]
) -> None:
    main = unlocked()
    page = main.pages["disclosure"]
    assert isinstance(page, DisclosurePage)
    write_through_the_dialog(qtbot, page, "impact", CANARY, f"Dear you, {CANARY}.")
    session.lock()
    qtbot.waitUntil(lambda: isinstance(session.window, LockScreen))
    for window in QtWidgets.QApplication.topLevelWidgets():
        assert CANARY not in held_text(window)


def test_deleting_the_preparation_notes_leaves_no_disclosure_draft_to_undo(
    qtbot: QtBot, page: DisclosurePage, journal: Journal
) -> None:
    draft = journal.letters.write("disclosure", "Draft", CANARY)
    kept = journal.letters.write("self", "Kept", "Stays.")
    qtbot.waitUntil(lambda: len(rows(page)) == 2)
    page.letters.select(draft.id)
    page.letters.delete_chosen(ask=False)
    page.delete_preparation(ask=False)
    assert page.letters.undo_delete() is None  # the draft does not come back
    assert journal.letters.listed() == [kept]
    assert not page.letters.undo_button.isVisible()
