"""How the app looks and what it is called: theme, text size, reduced motion, the window
title (the neutral one, when chosen) and the quick-hide key. A theme of "system" follows the
desktop when it changes its colour scheme or asks for high contrast, while the app runs.

Before unlock only what the device remembers is known (QSettings: the last theme and the
title); the journal's own choices, kept inside it, apply from unlock on.
"""

from __future__ import annotations

from trustjournal.core.settings import Settings
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme


class Appearance:
    def __init__(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.shown: tuple[str, int, bool] = ("system", DEFAULT_TEXT_SIZE, False)
        self._follow_the_desktop()

    def _follow_the_desktop(self) -> None:
        hints = QtGui.QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.desktop_changed)
        accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self.desktop_changed)

    def desktop_changed(self) -> None:
        """The desktop's colours or its wish for contrast changed: a "system" theme follows."""
        if self.shown[0] == "system":
            self.restyle(*self.shown)

    def title(self) -> str:
        """The window title every window wears: the app's name, or the neutral one chosen."""
        return self.preferences.window_title()

    def neutral(self) -> bool:
        """A neutral title is chosen: what shows before unlock names nothing either."""
        return bool(self.preferences.neutral_title())

    def before_unlock(self, theme: str = "") -> None:
        """The theme last chosen on this device (or `theme`), at the default text size:
        the chosen size lives inside the journal, which the lock screen cannot read."""
        self.restyle(theme or self.preferences.theme())

    def at_unlock(self, settings: Settings) -> None:
        """The journal's own theme and text size win over what the device remembered."""
        self.restyle(settings.theme, settings.text_size, settings.reduce_motion)

    def fit(self, window: MainWindow, settings: Settings) -> None:
        window.set_quick_hide_key(settings.quick_hide_key)

    def apply_settings(self, settings: Settings, window: MainWindow | None) -> None:
        """The settings changed: restyle, remember the theme for the next lock screen, and
        give the journal's window the new quick-hide key and icons for the new colours."""
        self.at_unlock(settings)
        self.preferences.set_theme(settings.theme)
        if window is not None:
            self.fit(window, settings)
            window.refresh_icons()

    def retitle(self, window: QtWidgets.QWidget | None) -> None:
        if window is not None:
            window.setWindowTitle(self.title())

    def restyle(self, choice: str, text_size: int = DEFAULT_TEXT_SIZE, still: bool = False) -> None:
        self.shown = (choice, text_size, still)
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            apply_theme(app, choice, text_size, still)
