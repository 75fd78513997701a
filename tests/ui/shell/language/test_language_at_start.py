"""The app speaks the language chosen (issue 22, item 4): --lang and TRUSTJOURNAL_LANG
first, then Settings' choice (kept in the plain QSettings), then the system; Qt's own
buttons in that language (qtbase_<code>.qm); right to left for a right-to-left language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core import texts
from trustjournal.core.language import speaking
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.settings import language
from trustjournal.ui.shell.settings.preferences import Preferences


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QtWidgets.QApplication) -> Iterator[None]:
    yield
    speaking.choose(None, {})
    language.unload_qt_words(qapp)


def cancel_text() -> str:
    box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    return box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).text()


def test_qt_says_its_own_words_in_the_language(qapp: QtWidgets.QApplication) -> None:
    assert cancel_text() == "Cancel"
    assert language.load_qt_words(qapp, "de_DE")
    assert cancel_text() == "Abbrechen"
    assert not language.load_qt_words(qapp, "xx")  # no such translation: English, no crash


def test_the_choice_in_settings_is_spoken_at_start(qapp: QtWidgets.QApplication) -> None:
    preferences = Preferences()
    preferences.set_language("pseudo")
    assert Preferences().language() == "pseudo"  # kept in QSettings
    assert language.start_speaking(qapp, None, preferences, {"LANG": "C.UTF-8"}) is None
    assert texts.VAULT_LOCKED.startswith("[Ţĥé")


def test_lang_and_trustjournal_lang_come_before_settings(qapp: QtWidgets.QApplication) -> None:
    preferences = Preferences()
    preferences.set_language("pseudo")
    speaking.choose("en", {})
    language.start_speaking(qapp, "en", preferences, {})
    assert texts.VAULT_LOCKED.startswith("The journal")
    language.start_speaking(qapp, None, preferences, {"TRUSTJOURNAL_LANG": "en"})
    assert texts.VAULT_LOCKED.startswith("The journal")


def test_a_language_that_cannot_be_spoken_says_one_line(qapp: QtWidgets.QApplication) -> None:
    preferences = Preferences()
    preferences.set_language("xx")
    problem = language.start_speaking(qapp, None, preferences, {})
    assert problem is not None and "'xx'" in problem
    assert language.problem() == problem
    assert texts.VAULT_LOCKED.startswith("The journal")


def test_pseudo_rtl_lays_the_app_out_right_to_left(
    qapp: QtWidgets.QApplication, qtbot: QtBot
) -> None:
    preferences = Preferences()
    preferences.set_language("pseudo-rtl")
    language.start_speaking(qapp, None, preferences, {})
    assert QtGui.QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert language.direction_of("he_IL") == Qt.LayoutDirection.RightToLeft
    assert language.direction_of("de") == Qt.LayoutDirection.LeftToRight


def test_a_german_system_starts_the_app_in_german(qapp: QtWidgets.QApplication) -> None:
    """As `trustjournal` does under LANG=de_DE.UTF-8: the command line chooses from the
    environment, then the app (Settings left on "system") loads Qt's words and the locale."""
    environ = {"LANG": "de_DE.UTF-8"}
    assert speaking.choose(None, environ) is None
    assert language.start_speaking(qapp, None, Preferences(), environ) is None
    assert texts.VAULT_LOCKED.startswith("Das Tagebuch ist gesperrt.")
    assert cancel_text() == "Abbrechen"
    assert QtCore.QLocale().language() == QtCore.QLocale.Language.German
