"""Screenshots of the Help menu's windows over the real app, into docs/screenshots/.

xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_help.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots as shots

from trustjournal.core.clock import ManualClock
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences


def shoot(app: QtWidgets.QApplication, theme: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Vault.create(Path(folder) / "vault", shots.PASSPHRASE)[0].close()
        store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(Path(folder) / "vault", ManualClock(shots.TODAY), Preferences(store))
        session.start(theme)
        shots.unlock(app, session)
        window = session.window
        assert isinstance(window, MainWindow) and session.journal is not None
        session.journal.settings.set("theme", theme)
        session.lock()
        shots.unlock(app, session)
        window = session.window
        assert isinstance(window, MainWindow)
        window.resize(shots.SIZE)
        for action, name, picture in (
            ("shortcuts_action", "shortcuts_dialog", "help-shortcuts"),
            ("limits_action", "limits_dialog", "help-protects"),
            ("about_action", "about_dialog", "help-about"),
        ):
            window.actions_by_name[action].trigger()
            shots.settle(app)
            dialog = window.findChild(QtWidgets.QDialog, name)
            assert dialog is not None
            shots.save_with_dialog(window, dialog, theme, picture)
            dialog.close()
            shots.settle(app)
        session.close()
        shots.settle(app)


def main() -> int:
    app = application()
    for theme in ("light", "dark"):
        shoot(app, theme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
