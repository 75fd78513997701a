"""Screenshots of the Journal place, as a person sees it, into docs/screenshots/journal-*.png.

Run under Xvfb (a screen as large as the largest size):

    xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python tools/screenshots_journal.py

For light and dark: the page at 1180x760 (the app's own size) and 1920x1080, an
entry with a passage kept out of exports (Write and Preview), a search with its
words marked, and the privacy choices explained. Everything happens in a temporary
folder (a fresh vault, its own QSettings) that is removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from screenshots import PASSPHRASE, TODAY, add_samples, settle, unlock

from trustjournal.core.clock import ManualClock
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.keys.keyfile import FLOOR
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
WITHHELD_BODY = (
    "Our session went better than I feared. I told him what I need when plans change.\n"
    "He listened.\n"
    "[[withhold]]I still looked at his phone last night, and I am not ready to say that "
    "out loud yet.[[/withhold]]\n\n"
    "Next week: the weekly walk, and one honest question each."
)


def save(window: QtWidgets.QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"journal-{name}.png"
    window.grab().save(str(path))
    print(path.relative_to(OUT.parents[1]))


def shoot(app: QtWidgets.QApplication, theme: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault, _code = Vault.create(Path(folder) / "vault", PASSPHRASE, params=FLOOR)
        vault.close()
        store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(Path(folder) / "vault", ManualClock(TODAY), Preferences(store))
        session.start(theme)
        unlock(app, session)
        assert session.journal is not None
        session.journal.settings.set("theme", theme)
        add_samples(session.journal)
        session.journal.add_entry(
            EntryDraft(
                day=TODAY.date(),
                title="After the session, a long title that would once have scrolled away",
                body=WITHHELD_BODY,
                mood=3,
                emotions=("hopeful", "anxious", "heard"),
                tags=("therapy", "honesty"),
            )
        )
        session.lock()
        unlock(app, session)
        window = session.window
        assert isinstance(window, MainWindow)
        page = window.journal_page
        assert isinstance(page, JournalPage)
        for size in ((1180, 760), (1920, 1080)):
            window.resize(*size)
            settle(app)
            save(window, f"{size[0]}x{size[1]}-{theme}")
        window.resize(1180, 760)
        page.editor.tabs.setCurrentIndex(1)
        settle(app)
        save(window, f"preview-{theme}")
        page.editor.tabs.setCurrentIndex(0)
        page.editor.explain_button.click()
        settle(app)
        save(window, f"privacy-choices-{theme}")
        page.editor.explain_button.click()
        page.filters.search.setText("talked")
        page.filters.search_timer.timeout.emit()
        settle(app)
        save(window, f"search-{theme}")
        page.filters.search.clear()
        page.filters.search_timer.timeout.emit()
        window.resize(1024, 640)
        settle(app)
        save(window, f"1024x640-{theme}")
        session.close()
        settle(app)


def main() -> int:
    app = application()
    for theme in ("light", "dark"):
        shoot(app, theme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
