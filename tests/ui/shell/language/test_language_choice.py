"""Settings' "Language" (issue 22, item 4): offered choices, the restart note as soon as
another is picked, the choice kept in the app's plain settings, and the one line when the
language chosen could not be spoken."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import find, open_settings

from trustjournal.core.language import speaking
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings import language
from trustjournal.ui.shell.settings.preferences import Preferences

Unlock = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QtWidgets.QApplication) -> Iterator[None]:
    yield
    speaking.choose(None, {})
    language.unload_qt_words(qapp)


def language_combo(dialog: QtWidgets.QWidget) -> QtWidgets.QComboBox:
    combo = find(dialog, QtWidgets.QComboBox, "language_choice")
    assert isinstance(combo, QtWidgets.QComboBox)
    return combo


def test_the_language_choice_is_kept_and_says_to_restart(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    window = unlocked()
    dialog = open_settings(window, qtbot, session)
    combo = language_combo(dialog)
    assert [combo.itemData(i) for i in range(combo.count())][:2] == ["system", "en"]
    note = find(dialog, QtWidgets.QLabel, "language_restart_note")
    assert not note.isVisible()
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(note.isVisible)
    assert note.text() == "Restart TrustJournal to finish changing the language."
    qtbot.mouseClick(
        find(dialog, QtWidgets.QPushButton, "save_settings_button"), Qt.MouseButton.LeftButton
    )
    assert Preferences().language() == "en"
    again = open_settings(window, qtbot, session)
    assert language_combo(again).currentData() == "en"


def test_settings_say_when_the_language_chosen_cannot_be_spoken(
    qapp: QtWidgets.QApplication, unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    preferences = Preferences()
    preferences.set_language("xx")
    language.start_speaking(qapp, None, preferences, {})
    dialog = open_settings(unlocked(), qtbot, session)
    problem = find(dialog, QtWidgets.QLabel, "language_problem")
    assert problem.isVisible() and "'xx'" in problem.text()
    assert language_combo(dialog).currentData() == "xx"  # kept until changed
