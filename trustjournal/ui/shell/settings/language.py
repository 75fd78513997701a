"""Speaking the chosen language at start: our words (gettext, core/language/speaking.py),
Qt's own words (its standard buttons and dialogs, from PySide6's `qtbase_<code>.qm`), the
locale's dates and numbers (`QLocale.setDefault`) and its direction (right to left for
Arabic, Hebrew, Persian and `--lang pseudo-rtl`).

The language comes from `--lang`, then TRUSTJOURNAL_LANG, then the choice in Settings
(kept in the app's plain QSettings: it is not private), then the system's locale. It is
chosen once, before the first window: a change in Settings takes effect at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from trustjournal.core.language import speaking
from trustjournal.core.language.pseudo import PSEUDO, PSEUDO_RTL
from trustjournal.ui.qt import Qt, QtCore, QtGui
from trustjournal.ui.shell.settings.preferences import SYSTEM_LANGUAGE, Preferences

# Kept alive for the app's life: Qt does not own an installed translator.
_translators: list[QtCore.QTranslator] = []
# Said in Settings when the language chosen there could not be spoken; None when all is well.
_problem: list[str | None] = [None]


def start_speaking(
    app: QtCore.QCoreApplication,
    asked: str | None,
    preferences: Preferences,
    environ: Mapping[str, str] = os.environ,
) -> str | None:
    """Speak the language the person chose, everywhere; the one line to say when it
    cannot be (None when all is well)."""
    chosen = preferences.language()
    if asked is None and not environ.get("TRUSTJOURNAL_LANG") and chosen != SYSTEM_LANGUAGE:
        _problem[0] = speaking.choose(chosen, environ)
    code = speaking.spoken_code()
    if code not in (speaking.ENGLISH, PSEUDO, PSEUDO_RTL):
        QtCore.QLocale.setDefault(QtCore.QLocale(code))
        load_qt_words(app, code)
    QtGui.QGuiApplication.setLayoutDirection(direction_of(code))
    return _problem[0]


def problem() -> str | None:
    """Why the language chosen in Settings is not spoken, if it is not."""
    return _problem[0]


def direction_of(code: str) -> Qt.LayoutDirection:
    if code == PSEUDO_RTL:
        return Qt.LayoutDirection.RightToLeft
    if code in (speaking.ENGLISH, PSEUDO):
        return Qt.LayoutDirection.LeftToRight
    return QtCore.QLocale(code).textDirection()


def load_qt_words(app: QtCore.QCoreApplication, code: str) -> bool:
    """Install Qt's own translations for `code` (its buttons, file and colour dialogs);
    False when this Qt has none for it (Qt then says its words in English)."""
    folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QtCore.QTranslator(app)
    if not translator.load(QtCore.QLocale(code), "qtbase", "_", folder):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def unload_qt_words(app: QtCore.QCoreApplication) -> None:
    """Qt speaks English again (a test that loaded another language leaves it so)."""
    while _translators:
        app.removeTranslator(_translators.pop())
    _problem[0] = None
