"""Screenshots of notes written while the journal is locked (issue 25): the capture window
over the lock screen, and the review at unlock over the journal, light and dark, at
1180x760, into docs/screenshots/ (capture-<theme>.png, review-<theme>.png); the lock
screen itself, with its "Write without opening", as lock-screen-<theme>.png.

xvfb-run -a -s '-screen 0 1280x800x24' .venv/bin/python tools/screenshots_capture.py

A fresh vault in a temporary folder; the notes are invented for the pictures.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots as shots

from trustjournal.core.clock import ManualClock
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.inbox.sealing import Note
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

NOTES = (
    (-20, "Saw the old messages pop up again at work. Heart racing.", 2, ("work", "trigger")),
    (-9, "Could not sleep. Wrote this instead of waking him.", 2, ("night",)),
    (-2, "He brought coffee without asking. Small, but I noticed it.", 4, ("hope",)),
)


def seal_samples(folder: Path) -> None:
    now = dt.datetime(2026, 3, 14, 3, 5).astimezone()
    for hours, text, mood, tags in NOTES:
        moment = now + dt.timedelta(hours=hours)
        inbox.capture(folder, Note(text=text, written_at=moment, mood=mood, tags=tags))


def capture_window(app: QtWidgets.QApplication, session: Session, theme: str) -> None:
    screen = session.window
    assert isinstance(screen, LockScreen)
    screen.resize(shots.SIZE)
    shots.settle(app)
    shots.save(screen, theme, "lock-screen")
    window = session.open_capture()
    window.text.setPlainText(
        "In the car park after the session. He said the word she used to say and my "
        "stomach dropped.\n\nBreathed, counted the blue cars. It passed after a few minutes."
    )
    window.mood.set_mood(2)
    window.tags.setText("trigger, breathing")
    shots.settle(app)
    shots.save_with_dialog(screen, window, theme, "capture")
    window.close()


def shoot(app: QtWidgets.QApplication, theme: str) -> None:
    with tempfile.TemporaryDirectory() as place:
        folder = Path(place) / "vault"
        Vault.create(folder, shots.PASSPHRASE)[0].close()
        store = QtCore.QSettings(str(Path(place) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(folder, ManualClock(shots.TODAY), Preferences(store))
        session.start(theme)
        shots.unlock(app, session)
        assert session.journal is not None
        session.journal.settings.set("theme", theme)
        session.lock()
        capture_window(app, session, theme)
        seal_samples(folder)
        damaged = inbox.capture(folder, Note("damaged", dt.datetime.now().astimezone()))
        damaged.write_bytes(damaged.read_bytes()[:-7])  # cut short, as a crash would
        shots.unlock(app, session)
        window = session.window
        assert isinstance(window, MainWindow)
        window.resize(shots.SIZE)
        shots.wait(app, lambda: session.dialogs.review_dialog is not None)
        review = session.dialogs.review_dialog
        assert review is not None
        shots.wait(app, lambda: not review.opening_now)  # the notes open on the helper
        review.list.item(0).setCheckState(Qt.CheckState.Checked)
        review.list.item(1).setCheckState(Qt.CheckState.Checked)
        shots.settle(app)
        shots.save_with_dialog(window, review, theme, "review")
        review.reject()
        session.close()
        shots.settle(app)


def main() -> int:
    app = application()
    for theme in ("light", "dark"):
        shoot(app, theme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
