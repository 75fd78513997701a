"""Screenshots of every place in high contrast and with large text (issue 23, items 5 and 6),
at 1180x760, into docs/screenshots/ as <place>-contrast.png (high contrast, light),
<place>-contrast-dark.png (high contrast, dark) and <place>-large.png (text at 200 %, light):
the lock screen, each place of the sidebar, Settings, the check-in's step, the export
dialog and an agreement.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_look.py

Uses the invented sample journal of tools/screenshots_trust.py, in a temporary folder that
is removed afterwards.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots_trust import (  # type: ignore[import-not-found]
    NOW,
    PASSPHRASE,
    SIZE,
    fill,
    settle,
    with_dialog,
    write,
)

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.places import PLACES
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.checkin_dialog import CheckinDialog

LOOKS = {  # suffix: (theme, text size)
    "contrast": ("contrast-light", DEFAULT_TEXT_SIZE),
    "contrast-dark": ("contrast-dark", DEFAULT_TEXT_SIZE),
    "large": ("light", 2 * DEFAULT_TEXT_SIZE),
}


def shoot(app: QtWidgets.QApplication, folder: Path, journal: Journal, look: str) -> None:
    theme, text_size = LOOKS[look]
    apply_theme(app, theme, text_size)
    clock = ManualClock(NOW)
    lock = LockScreen(folder / "vault", clock)
    lock.resize(SIZE)
    lock.show()
    settle(app)
    write(lock.grab(), f"lock-screen-{look}")
    lock.close()
    window = MainWindow(journal, clock)
    window.resize(SIZE)
    window.show()
    for place in PLACES:
        window.show_place(place.key)
        settle(app)
        write(window.grab(), f"{place.key.replace('_', '-')}-{look}")
    store = QtCore.QSettings(str(folder / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
    settings = SettingsDialog(journal.settings, Preferences(store), window)
    settings.show()
    settle(app)
    write(with_dialog(window, settings), f"settings-{look}")
    settings.reject()
    checkin = CheckinDialog(journal, window, clock)
    checkin.go_to(1)
    checkin.show()
    settle(app)
    write(with_dialog(window, checkin), f"checkin-step-{look}")
    checkin.reject()
    shoot_room_dialogs(app, window, journal, look)
    window.clear_for_lock()
    window.release()
    window.close()
    settle(app)


def shoot_room_dialogs(
    app: QtWidgets.QApplication, window: MainWindow, journal: Journal, look: str
) -> None:
    """The export dialog and the first agreement, over the window they open from."""
    export = ExportDialog(journal, window)
    agreement_id = journal.agreements.listed()[0].id
    agreement = AgreementDialog(journal, journal.clock.today(), window, agreement_id)
    for dialog, name in ((export, "export-dialog"), (agreement, "agreement-dialog")):
        dialog.show()
        settle(app)
        write(with_dialog(window, dialog), f"{name}-{look}")
        dialog.reject()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--look", choices=tuple(LOOKS), action="append")
    arguments = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        vault, _code = Vault.create(folder / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=ManualClock(NOW))
        fill(journal, journal.clock)
        for look in arguments.look or list(LOOKS):
            shoot(app, folder, journal, look)
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
