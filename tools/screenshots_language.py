"""Screenshots in another language, light, at 1180x760, into
docs/screenshots/<place>-<language>-light.png (issue 22).

- `--language pseudo` and `pseudo-rtl` (the default): the journal, Today, the timeline,
  Prompts and Agreements; English left on screen is not marked yet, and a mirrored
  layout shows what right-to-left languages will see.
- `--language de` or `es`: every place a person meets first, in a shipped language:
  onboarding (welcome, who is writing), the lock screen, the journal, Today, a check-in,
  the timeline, the export dialog and "When it's hard".

One language per run (Qt's own words and the locale are chosen once per process, as in
the app). Run under Xvfb:

    xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_language.py
    xvfb-run -a -s '-screen 0 1280x800x24' \
        .venv/bin/python tools/screenshots_language.py --language de

Everything happens in a temporary folder (a fresh vault, its own QSettings) that is
removed afterwards; the sample entries are the standard screenshots' own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from screenshots import OUT, PASSPHRASE, SIZE, TODAY, add_samples, settle, unlock, wait
from screenshots_hard_days import fill_hard_days  # type: ignore[import-not-found]
from screenshots_trust import fill, with_dialog  # type: ignore[import-not-found]

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import ABOUT, OnboardingWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.language import direction_of, start_speaking
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.checkin_dialog import CheckinDialog

LANGUAGES = ("pseudo", "pseudo-rtl")
SHIPPED = ("de", "es")
PLACES = ("journal", "today", "timeline", "prompts", "agreements")
# The places of a shipped language's pictures, by the main window's key.
TRUST_PLACES = {"journal": "journal", "today": "today", "timeline": "timeline"}


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


def write(picture: QtGui.QPixmap, place: str, language: str) -> None:
    path = OUT / f"{place}-{language}-light.png"
    picture.save(str(path))
    print(path.relative_to(OUT.parents[1]))


def shoot_shell(app: QtWidgets.QApplication, language: str) -> None:
    """Onboarding's welcome and "who is writing", then the lock screen of the journal it made."""
    with tempfile.TemporaryDirectory() as folder:
        store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(Path(folder) / "vault", ManualClock(TODAY), Preferences(store))
        session.start("light")
        window = session.window
        assert isinstance(window, OnboardingWindow)
        window.resize(SIZE)
        settle(app)
        write(window.grab(), "onboarding-welcome", language)
        window.go_to(ABOUT)
        window.about_you.roles.buttons()[0].setChecked(True)
        window.about_you.phases.buttons()[1].setChecked(True)
        settle(app)
        write(window.grab(), "onboarding-role", language)
        window.go_to(ABOUT + 1)
        window.form.first.setText(PASSPHRASE)
        window.form.second.setText(PASSPHRASE)
        window.create_vault()
        wait(app, lambda: window.steps.currentIndex() == window.steps.count() - 1)
        window.code_view.stored.setChecked(True)
        window.code_view.continue_button.click()
        wait(app, lambda: isinstance(session.window, MainWindow))
        session.lock()
        screen = session.window
        assert isinstance(screen, LockScreen)
        screen.resize(SIZE)
        settle(app)
        write(screen.grab(), "lock-screen", language)
        session.close()
        settle(app)


def shoot_places(app: QtWidgets.QApplication, language: str) -> None:
    """The journal, Today, the timeline, "When it's hard", a check-in and the export
    dialog, over a journal of a year and more (the trust screenshots' own)."""
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        clock = ManualClock(TODAY)
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        journal = Journal(vault, clock=clock)
        fill(journal, clock)
        add_samples(journal)
        fill_hard_days(journal)
        window = MainWindow(journal, clock)
        window.resize(SIZE)
        window.show()
        for key, place in (*TRUST_PLACES.items(), ("hard_days", "hard-days-place")):
            window.show_place(key)
            settle(app)
            write(window.grab(), place, language)
        window.show_place("today")
        dialog = CheckinDialog(journal, window, clock)
        dialog.show()
        dialog.go_to(1)
        settle(app)
        write(with_dialog(window, dialog), "checkin-step", language)
        dialog.reject()
        window.show_place("export")
        export = window.pages["export"]
        assert isinstance(export, ExportPage)
        opened = export.open_dialog()
        assert opened is not None
        settle(app)
        write(with_dialog(window, opened), "export-dialog", language)
        opened.reject()
        window.clear_for_lock()
        window.release()
        window.deleteLater()
        settle(app)
        journal.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=(*LANGUAGES, *SHIPPED), action="append")
    languages = parser.parse_args().language or list(LANGUAGES)
    if len(languages) > 1 and any(code in SHIPPED for code in languages):
        parser.error("a shipped language is shot alone, one per run")
    app = application()
    for language in languages:
        if language in SHIPPED:
            speaking.choose(language, {})
            with tempfile.TemporaryDirectory() as folder:  # never the person's own settings
                ini = QtCore.QSettings.Format.IniFormat
                store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), ini)
                start_speaking(app, language, Preferences(store))
            shoot_shell(app, language)
            shoot_places(app, language)
        else:
            shoot(app, language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
