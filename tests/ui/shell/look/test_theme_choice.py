"""High contrast, light and dark (issue 23, item 5): chosen in Settings, and followed when the
desktop asks for it (Qt 6.10's contrast preference; older Qt cannot tell)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from pytestqt.qtbot import QtBot
from uikit import find, open_settings

from trustjournal.core.settings import DECLARED
from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell import theme
from trustjournal.ui.shell.appearance import Appearance
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import THEMES as REMEMBERED
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import CHOICES, CONTRAST_DARK, CONTRAST_LIGHT, LIGHT


def window_colour(app: QtWidgets.QApplication) -> str:
    return app.palette().color(QtGui.QPalette.ColorRole.Window).name()


@pytest.fixture
def restyled(qapp: QtWidgets.QApplication) -> Iterator[QtWidgets.QApplication]:
    yield qapp
    theme.apply_theme(qapp, "light")


def test_every_theme_can_be_kept_in_the_journal_and_remembered_for_the_lock_screen() -> None:
    assert DECLARED["theme"].choices == CHOICES == REMEMBERED


@pytest.mark.parametrize(
    ("dark", "contrast", "expected"),
    [
        (False, False, "light"),
        (True, False, "dark"),
        (False, True, "contrast-light"),
        (True, True, "contrast-dark"),
    ],
)
def test_system_follows_the_desktops_scheme_and_its_wish_for_contrast(
    monkeypatch: pytest.MonkeyPatch, dark: bool, contrast: bool, expected: str
) -> None:
    scheme = Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light
    hints = SimpleNamespace(colorScheme=lambda: scheme)
    monkeypatch.setattr(QtGui.QGuiApplication, "styleHints", lambda: hints)
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: contrast)
    assert theme.resolve("system") == expected
    assert (
        theme.resolve("contrast-dark") == "contrast-dark"
    )  # a choice is kept whatever the desktop


def test_the_desktops_contrast_preference_is_read_where_qt_has_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    high = Qt.ContrastPreference.HighContrast
    asking = SimpleNamespace(accessibility=lambda: SimpleNamespace(contrastPreference=lambda: high))
    monkeypatch.setattr(QtGui.QGuiApplication, "styleHints", lambda: asking)
    assert theme.system_wants_contrast()
    older_qt = SimpleNamespace(colorScheme=lambda: Qt.ColorScheme.Light)  # no accessibility()
    monkeypatch.setattr(QtGui.QGuiApplication, "styleHints", lambda: older_qt)
    assert not theme.system_wants_contrast()


def test_a_system_theme_follows_the_desktop_when_it_asks_for_contrast(
    monkeypatch: pytest.MonkeyPatch, restyled: QtWidgets.QApplication, preferences: Preferences
) -> None:
    look = Appearance(preferences)
    look.restyle("system")
    assert window_colour(restyled) == LIGHT.window
    asked: list[tuple[str, int, bool]] = []
    restyle = look.restyle

    def recorded(choice: str, text_size: int = 11, still: bool = False) -> None:
        asked.append((choice, text_size, still))
        restyle(choice, text_size, still)

    monkeypatch.setattr(look, "restyle", recorded)
    monkeypatch.setattr(theme, "system_wants_contrast", lambda: True)
    hints = QtGui.QGuiApplication.styleHints().accessibility()
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert asked == [("system", 11, False)]
    assert window_colour(restyled) == CONTRAST_LIGHT.window
    restyle("dark", 14)  # a theme chosen by name stays, whatever the desktop says
    asked.clear()
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    QtGui.QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert asked == []


@pytest.mark.parametrize(
    ("value", "colors"), [("contrast-light", CONTRAST_LIGHT), ("contrast-dark", CONTRAST_DARK)]
)
def test_a_high_contrast_theme_chosen_in_settings_is_applied_and_kept(
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    preferences: Preferences,
    restyled: QtWidgets.QApplication,
    value: str,
    colors: theme.Colors,
) -> None:
    dialog = open_settings(unlocked(), qtbot, session)
    combo = find(dialog, QtWidgets.QComboBox, "theme_choice")
    assert isinstance(combo, QtWidgets.QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    assert combo.currentIndex() > 0 and combo.currentText().startswith("High contrast")
    qtbot.mouseClick(
        find(dialog, QtWidgets.QPushButton, "save_settings_button"), Qt.MouseButton.LeftButton
    )
    assert session.journal is not None and session.journal.settings.theme == value
    assert window_colour(restyled) == colors.window
    assert preferences.theme() == value  # the lock screen wears it too
