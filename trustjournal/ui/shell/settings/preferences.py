"""What the app must know before unlocking, kept in QSettings: where the window was (its
place, size and whether it was maximised: the lock screen shows it before the vault is
open), a neutral title, the theme (so the lock screen is not a bright flash at night
when Dark was chosen) and the language (the lock screen speaks it).

Nothing about the journal's content is ever stored here. Everything else the
person chooses lives inside the vault (`journal.settings`).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from trustjournal.ui.qt import QtCore, QtWidgets

ORGANISATION = "TrustJournal"
APP_NAME = "TrustJournal"
DEFAULT_TITLE = "TrustJournal"
_TITLE_KEY = "window/neutral_title"
_OLD_GEOMETRY_KEY = "window/geometry"  # Qt's saveGeometry() bytes, as kept before: removed
_PLACE_KEY = "window/place"
_MAXIMISED_KEY = "window/maximised"
_THEME_KEY = "window/theme"
_LANGUAGE_KEY = "language"
THEMES = ("system", "light", "dark", "contrast-light", "contrast-dark")
SYSTEM_LANGUAGE = "system"


class Preferences:
    def __init__(self, store: QtCore.QSettings | None = None) -> None:
        self._store = store or QtCore.QSettings(ORGANISATION, APP_NAME)

    def neutral_title(self) -> str:
        value = self._store.value(_TITLE_KEY, "")
        return value.strip() if isinstance(value, str) else ""

    def set_neutral_title(self, title: str) -> None:
        if title.strip():
            self._store.setValue(_TITLE_KEY, title.strip())
        else:
            self._store.remove(_TITLE_KEY)
        self._store.sync()

    def theme(self) -> str:
        """The theme chosen inside the journal, remembered for the lock screen."""
        value = self._store.value(_THEME_KEY, "system")
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        if theme == self.theme() or theme not in THEMES:
            return
        self._store.setValue(_THEME_KEY, theme)
        self._store.sync()
        self._keep_private()

    def language(self) -> str:
        """The language chosen in Settings ("de", "en"), or "system" to follow the computer."""
        value = self._store.value(_LANGUAGE_KEY, SYSTEM_LANGUAGE)
        return value if isinstance(value, str) and value else SYSTEM_LANGUAGE

    def set_language(self, code: str) -> None:
        if code == SYSTEM_LANGUAGE:
            self._store.remove(_LANGUAGE_KEY)
        else:
            self._store.setValue(_LANGUAGE_KEY, code)
        self._store.sync()
        self._keep_private()

    def _keep_private(self) -> None:
        """Only the person may read these settings (0600), as every file of the app."""
        written = Path(self._store.fileName())
        with contextlib.suppress(OSError):
            if written.is_file():
                written.chmod(0o600)

    def window_title(self) -> str:
        return self.neutral_title() or DEFAULT_TITLE

    def save_geometry(self, window: QtWidgets.QWidget) -> None:
        """Where `window` is: its place and size when not maximised, and whether it is."""
        place = window.normalGeometry()  # empty for a window never shown: its geometry then
        self._store.setValue(_PLACE_KEY, place if place.isValid() else window.geometry())
        self._store.setValue(_MAXIMISED_KEY, window.isMaximized())
        self._store.remove(_OLD_GEOMETRY_KEY)
        self._store.sync()
        self._keep_private()

    def remembered_place(self) -> tuple[QtCore.QRect, bool] | None:
        """Where the window was when the app last ended (not maximised), and whether it
        was maximised; None before the first time."""
        place = self._store.value(_PLACE_KEY)
        if not isinstance(place, QtCore.QRect) or place.isEmpty():
            return None
        return place, bool(self._store.value(_MAXIMISED_KEY, False, type=bool))
