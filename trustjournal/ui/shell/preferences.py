"""What the app must know before unlocking, kept in QSettings: geometry and a neutral title.

Nothing about the journal's content is ever stored here. Everything else the
person chooses lives inside the vault (`journal.settings`).
"""

from __future__ import annotations

from trustjournal.ui.qt import QtCore, QtWidgets

ORGANISATION = "TrustJournal"
APP_NAME = "TrustJournal"
DEFAULT_TITLE = "TrustJournal"
_TITLE_KEY = "window/neutral_title"
_GEOMETRY_KEY = "window/geometry"


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
