"""What the app must know before unlocking, kept in QSettings: geometry, a neutral title and
the theme (so the lock screen is not a bright flash at night when Dark was chosen).

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
_GEOMETRY_KEY = "window/geometry"
_THEME_KEY = "window/theme"
THEMES = ("system", "light", "dark")


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

    def _keep_private(self) -> None:
        """Only the person may read these settings (0600), as every file of the app."""
        written = Path(self._store.fileName())
        with contextlib.suppress(OSError):
            if written.is_file():
                written.chmod(0o600)

    def window_title(self) -> str:
        return self.neutral_title() or DEFAULT_TITLE

    def save_geometry(self, window: QtWidgets.QWidget) -> None:
        self._store.setValue(_GEOMETRY_KEY, window.saveGeometry())
        self._store.sync()

    def restore_geometry(self, window: QtWidgets.QWidget) -> bool:
        value = self._store.value(_GEOMETRY_KEY)
        if isinstance(value, QtCore.QByteArray) and not value.isEmpty():
            return bool(window.restoreGeometry(value))
        return False
