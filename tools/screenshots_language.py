"""Screenshots of the journal and Today under the pseudo-locale and right to left, at
1180x760, into docs/screenshots/<place>-<language>-light.png (issue 22, item 7): English
left on screen is not marked yet, and a mirrored layout shows what right-to-left
languages will see.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_language.py

Everything happens in a temporary folder (a fresh vault, its own QSettings) that is
removed afterwards; the sample entries are the standard screenshots' own.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from screenshots import OUT, PASSPHRASE, SIZE, TODAY, add_samples, settle, unlock

from trustjournal.core.clock import ManualClock
from trustjournal.core.language import speaking
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.language import direction_of
from trustjournal.ui.shell.settings.preferences import Preferences

LANGUAGES = ("pseudo", "pseudo-rtl")
PLACES = ("journal", "today")


def shoot(app: QtWidgets.QApplication, language: str) -> None:
    speaking.choose(language, {})
    app.setLayoutDirection(direction_of(language))
    with tempfile.TemporaryDirectory() as folder:
        Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)[0].close()
        store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(Path(folder) / "vault", ManualClock(TODAY), Preferences(store))
        session.start("light")
        unlock(app, session)
        assert session.journal is not None
        add_samples(session.journal)
        session.lock()
        unlock(app, session)  # the places built again, over the samples
        window = session.window
        assert isinstance(window, MainWindow)
        window.resize(SIZE)
        for place in PLACES:
            window.show_place(place)
            settle(app)
            path = OUT / f"{place}-{language}-light.png"
            window.grab().save(str(path))
            print(path.relative_to(OUT.parents[1]))
        session.close()
        settle(app)


def main() -> int:
    app = application()
    for language in LANGUAGES:
        shoot(app, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
