"""Screenshots of the real app windows, in light and dark, at 1180x760 (the app's own
size), into docs/screenshots/ as <place>-<theme>.png; the journal also at 1920x1080.

Run under Xvfb:

    xvfb-run -a -s '-screen 0 1920x1080x24' .venv/bin/python tools/screenshots.py

Everything happens in a temporary folder (a fresh vault, its own QSettings)
that is removed afterwards; the sample entries are invented for the pictures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TRUSTJOURNAL_KDF_TARGET_SECONDS", "0")  # fast vaults for pictures
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.app import application
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import ABOUT, OnboardingWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

SIZE = QtCore.QSize(1180, 760)
WIDE = QtCore.QSize(1920, 1080)
OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "quiet river under the old stone bridge"  # noqa: S105 (a throwaway vault)
TODAY = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)

SAMPLES = (
    (
        0,
        "A calmer evening",
        "We sat on the balcony after dinner and talked without phones. He answered my "
        "questions without getting defensive, and I noticed I could breathe more easily.\n\n"
        "Not everything is fixed. But tonight felt like **us** again, for a little while.",
        4,
        ("hopeful", "heard", "calm"),
        ("check-in",),
        ("talked openly", "a walk together"),
    ),
    (
        2,
        "Therapy session",
        "We talked about transparency and what it means for each of us. I said I need to "
        "know when plans change; that is not control, it is safety for me right now.",
        3,
        ("anxious", "hopeful"),
        ("therapy",),
        ("couples therapy",),
    ),
    (
        3,
        "",
        "A song in the car brought everything back. I felt the old knot in my stomach. "
        "I wrote it down instead of pushing it away.",
        2,
        ("hurt", "sad", "on edge"),
        ("trigger",),
        (),
    ),
    (
        6,
        "Our first agreement",
        "We wrote down three agreements together: check in before changing plans, no "
        "deleting messages, and a weekly walk to talk about how we are doing.",
        4,
        ("respected", "hopeful"),
        ("agreements",),
        ("made plans together",),
    ),
    (
        9,
        "Hard day",
        "I could not stop checking his phone in my head. I am tired of feeling like this.",
        1,
        ("distrust", "exhausted"),
        (),
        (),
    ),
)


def settle(app: QtWidgets.QApplication, rounds: int = 20) -> None:
    QtCore.QThreadPool.globalInstance().waitForDone()
    for _ in range(rounds):
        app.processEvents()


def save(widget: QtWidgets.QWidget, theme: str, name: str) -> None:
    write(widget.grab(), theme, name)


def save_with_dialog(
    window: QtWidgets.QWidget, dialog: QtWidgets.QWidget, theme: str, name: str
) -> None:
    """The window dimmed, with the dialog over its middle, as the person sees it."""
    picture = window.grab()
    painter = QtGui.QPainter(picture)
    painter.fillRect(picture.rect(), QtGui.QColor(0, 0, 0, 90))
    front = dialog.grab()
    x = (picture.width() - front.width()) // 2
    y = (picture.height() - front.height()) // 2
    painter.drawPixmap(x, y, front)
    painter.end()
    write(picture, theme, name)


def write(picture: QtGui.QPixmap, theme: str, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}-{theme}.png"
    picture.save(str(path))
    print(path.relative_to(OUT.parents[1]))


def add_samples(journal: Journal) -> None:
    for days_ago, title, body, mood, emotions, tags, activities in reversed(SAMPLES):
        journal.add_entry(
            EntryDraft(
                day=TODAY.date() - dt.timedelta(days=days_ago),
                title=title,
                body=body,
                mood=mood,
                emotions=emotions,
                tags=tags,
                activities=activities,
            )
        )


def onboarding(app: QtWidgets.QApplication, session: Session, theme: str) -> None:
    window = session.window
    assert isinstance(window, OnboardingWindow)
    window.resize(SIZE)
    settle(app)
    save(window, theme, "onboarding-welcome")
    window.go_to(1)
    settle(app)
    save(window, theme, "onboarding-limits")
    window.go_to(ABOUT)
    window.about_you.roles.buttons()[0].setChecked(True)
    window.about_you.phases.buttons()[1].setChecked(True)
    settle(app)
    save(window, theme, "onboarding-role")
    window.go_to(ABOUT + 1)
    window.form.first.setText(PASSPHRASE)
    window.form.second.setText(PASSPHRASE)
    settle(app)
    save(window, theme, "onboarding-passphrase")
    window.create_vault()
    wait(app, lambda: window.steps.currentIndex() == window.steps.count() - 1)
    window.code_view.stored.setChecked(True)
    settle(app)
    save(window, theme, "onboarding-recovery-code")
    window.code_view.continue_button.click()
    wait(app, lambda: isinstance(session.window, MainWindow))


def wait(app: QtWidgets.QApplication, done: Callable[[], bool]) -> None:
    deadline = QtCore.QDeadlineTimer(30_000)
    while not done():
        if deadline.hasExpired():
            raise SystemExit("the app did not get there in time")
        QtCore.QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()


def main_window(app: QtWidgets.QApplication, session: Session, theme: str) -> None:
    assert session.journal is not None
    session.journal.settings.set("theme", theme)
    add_samples(session.journal)
    session.lock()
    unlock(app, session)
    window = session.window
    assert isinstance(window, MainWindow)
    window.resize(SIZE)
    settle(app)
    save(window, theme, "journal")
    window.resize(WIDE)
    settle(app)
    save(window, theme, "journal-wide")
    window.resize(SIZE)
    settle(app)
    session.open_settings()
    settle(app)
    assert session.settings_dialog is not None
    save_with_dialog(window, session.settings_dialog, theme, "settings")
    session.settings_dialog.reject()


def unlock(app: QtWidgets.QApplication, session: Session) -> None:
    screen = session.window
    assert isinstance(screen, LockScreen)
    screen.field.setText(PASSPHRASE)
    screen.try_unlock()
    wait(app, lambda: isinstance(session.window, MainWindow))


def lock_screen(app: QtWidgets.QApplication, session: Session, theme: str) -> None:
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    screen.resize(SIZE)
    settle(app)
    save(screen, theme, "lock-screen")
    screen.field.setText("not my passphrase")
    screen.try_unlock()
    wait(app, lambda: screen.throttle.failures == 1)
    settle(app)
    save(screen, theme, "lock-screen-wrong-passphrase")
    screen.field.clear()
    screen.open_recovery()
    settle(app)
    assert screen.recovery_dialog is not None
    save_with_dialog(screen, screen.recovery_dialog, theme, "recovery")
    screen.recovery_dialog.reject()


def shoot(app: QtWidgets.QApplication, theme: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = QtCore.QSettings(str(Path(folder) / "prefs.ini"), QtCore.QSettings.Format.IniFormat)
        session = Session(Path(folder) / "vault", ManualClock(TODAY), Preferences(store))
        session.start(theme)
        onboarding(app, session, theme)
        main_window(app, session, theme)
        lock_screen(app, session, theme)
        session.close()
        settle(app)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", choices=("light", "dark"), action="append")
    parser.add_argument("--size", default="1180x760", help="window size, e.g. 1366x768")
    arguments = parser.parse_args()
    themes = arguments.theme or ["light", "dark"]
    width, height = (int(part) for part in arguments.size.split("x"))
    SIZE.setWidth(width)
    SIZE.setHeight(height)
    app = application()
    for theme in themes:
        shoot(app, theme)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
