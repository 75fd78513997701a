"""Tags: Enter, a comma and Tab each finish a tag, and Tab still leaves an empty word
(issue 21, item 12: "talks" Enter "evening" became "talksevening")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import wait_active

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.journal.editor.words import WordsField
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtWidgets


class Form(QtWidgets.QWidget):
    """A tag field with a field after it, for Tab to move to."""

    def __init__(self) -> None:
        super().__init__()
        layout = QtWidgets.QVBoxLayout(self)
        self.tags = WordsField(self)
        self.tags.setObjectName("tags")
        self.after = QtWidgets.QLineEdit(self)
        self.after.setObjectName("after")
        layout.addWidget(self.tags)
        layout.addWidget(self.after)


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    shown = Form()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    wait_active(qtbot, shown)
    shown.tags.setFocus()
    qtbot.waitUntil(shown.tags.hasFocus)
    yield shown


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Comma, Qt.Key.Key_Tab],
    ids=["return", "enter", "comma", "tab"],
)
def test_each_finishing_key_separates_two_tags(form: Form, qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClicks(form.tags, "talks")
    if key == Qt.Key.Key_Comma:
        qtbot.keyClicks(form.tags, ",")  # as typed: the key with its text
    else:
        qtbot.keyClick(form.tags, key)
    qtbot.keyClicks(form.tags, "evening")
    assert form.tags.words() == ("talks", "evening")
    assert form.tags.text() == "talks, evening"
    assert form.tags.hasFocus()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab], ids=["return", "tab"])
def test_a_key_on_an_offered_completion_takes_it_and_finishes_the_tag(
    form: Form, qtbot: QtBot, key: Qt.Key
) -> None:
    form.tags.set_known(["evening", "talks"])
    qtbot.keyClicks(form.tags, "eve")
    popup = form.tags._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, key)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert form.tags.hasFocus()
    qtbot.keyClicks(form.tags, "talks")
    assert form.tags.words() == ("evening", "talks")


def test_tab_from_an_empty_word_moves_focus_on(form: Form, qtbot: QtBot) -> None:
    qtbot.keyClick(form.tags, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.tags.text() == ""


def test_tab_finishes_a_tag_then_moves_on(form: Form, qtbot: QtBot) -> None:
    qtbot.keyClicks(form.tags, "talks")
    qtbot.keyClick(form.tags, Qt.Key.Key_Tab)
    assert form.tags.hasFocus() and form.tags.text() == "talks, "
    qtbot.keyClick(form.tags, Qt.Key.Key_Tab)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.tags.words() == ("talks",)


def test_shift_tab_is_left_to_focus(form: Form, qtbot: QtBot) -> None:
    form.after.setFocus()
    qtbot.waitUntil(form.after.hasFocus)
    qtbot.keyClick(form.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(form.tags.hasFocus)
    qtbot.keyClicks(form.tags, "talks")
    qtbot.keyClick(form.tags, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(form.after.hasFocus)
    assert form.tags.text() == "talks"


def test_tags_finished_with_enter_reach_the_vault(
    qtbot: QtBot, page: JournalPage, journal: Journal
) -> None:
    page.new_entry()
    tags = page.findChild(QtWidgets.QLineEdit, "editorTags")
    assert isinstance(tags, WordsField)
    tags.setFocus()
    qtbot.keyClicks(tags, "talks")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    qtbot.keyClicks(tags, "evening")
    page.save_pending()
    assert page.editor.entry_id is not None
    assert set(journal.entry(page.editor.entry_id).tags) == {"talks", "evening"}
