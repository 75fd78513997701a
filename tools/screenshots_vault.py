"""Screenshots of the vault's screens: the lock screen, Settings' backups, restore, key change.

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_vault.py

Everything happens in a temporary folder (a fresh vault, its own QSettings); the
pictures go to docs/screenshots/vault-*.png.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.backups import FOLDER, back_up_now
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "quiet river under the old stone bridge"  # noqa: S105 (a throwaway vault)
NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


def settle(app: QtWidgets.QApplication) -> None:
    for _ in range(20):
        app.processEvents()
    QtCore.QThreadPool.globalInstance().waitForDone()
    for _ in range(20):
        app.processEvents()


def grab(app: QtWidgets.QApplication, widget: QtWidgets.QWidget, name: str) -> None:
    settle(app)
    widget.grab().save(str(OUT / f"vault-{name}.png"))


def main() -> None:
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for kind in (QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Format.IniFormat):
            QtCore.QSettings.setPath(kind, QtCore.QSettings.Scope.UserScope, str(folder / "qs"))
        vault, _code = Vault.create(folder / "journal", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=ManualClock(NOW))
        journal.settings.set(FOLDER, str(folder / "Backups on USB"))
        back_up_now(journal, prune=True)
        journal.close()
        session = Session(folder / "journal", ManualClock(NOW), Preferences())
        session.start()
        screen = session.window
        assert isinstance(screen, LockScreen)
        screen.resize(1280, 800)
        grab(app, screen, "lock-screen")
        screen.open_restore()
        dialog = screen.restore_dialog
        assert dialog is not None
        dialog.file_field.setText(str(folder / "Backups on USB" / "TrustJournal-backup-….tjbackup"))
        grab(app, dialog, "restore-dialog")
        dialog.reject()
        screen.field.setText(PASSPHRASE)
        screen.try_unlock()
        settle(app)
        session.open_settings()
        assert session.settings_dialog is not None
        grab(app, session.settings_dialog, "settings")
        session.open_backups()
        assert session.backup_dialog is not None
        grab(app, session.backup_dialog, "backups")
        session.open_rotate_key()
        rotation = session.rotate_key_dialog
        assert rotation is not None
        grab(app, rotation, "change-key")
        rotation.passphrase.setText(PASSPHRASE)
        rotation.start_rotation()
        settle(app)
        grab(app, rotation, "change-key-code")
        rotation.force_close()
        session.close()
        settle(app)


if __name__ == "__main__":
    main()
