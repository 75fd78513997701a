"""`trustjournal --capture` (the desktop entry's "New note"): the capture window alone.

A process of its own that never opens the journal: no passphrase, no key derivation, no
SQLCipher, and so no process lock either. It runs beside an app that has the journal open;
that app reviews the note at its next unlock. Only the device's own choices are read (the
language, the theme, a neutral title), never the journal's.
"""

from __future__ import annotations

from pathlib import Path

from trustjournal.core.hardening import harden_process
from trustjournal.ui.qt import Qt, QtCore
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.appearance import Appearance
from trustjournal.ui.shell.capture.window import CaptureWindow
from trustjournal.ui.shell.guards.private_traces import make_settings_private
from trustjournal.ui.shell.settings.language import start_speaking
from trustjournal.ui.shell.settings.preferences import APP_NAME, ORGANISATION, Preferences


def run(data_dir: str | Path, check_start: bool = False, lang: str | None = None) -> int:
    harden_process()
    app = application()
    make_settings_private(QtCore.QSettings(ORGANISATION, APP_NAME))
    preferences = Preferences()
    start_speaking(app, lang, preferences)
    appearance = Appearance(preferences)
    appearance.before_unlock()
    window = CaptureWindow(data_dir, appearance.title(), appearance.neutral())
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    if check_start:  # for packagers, as the app's own --check-start does
        from trustjournal.ui.shell.app import report_shown_and_quit

        QtCore.QTimer.singleShot(0, lambda: report_shown_and_quit(app))
    return app.exec()
