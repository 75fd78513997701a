"""What the session wires together around the journal's window: nothing opens over the
lock screen, every dialog opens over the journal, a failed save never holds up backups or
a check-in together, the together window wears the neutral title, and reminders ask the
open journal whether a check-in is due."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from together_walk_kit import start_together
from uikit import choose, settle
from uikit import text_of as label_text

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import DiskFull
from trustjournal.core.journal.care.reminders import Reminder
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import CheckinDraft
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.shell import appearance as appearance_module
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import DEFAULT_SIZE, MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.theme import DARK, DEFAULT_TEXT_SIZE
from trustjournal.ui.widgets.sizing import FRAME

Unlock = Callable[[], MainWindow]

# Each way in to a dialog, and where the session keeps what it opened.
DIALOGS = {
    "open_settings": "settings_dialog",
    "open_backups": "backup_dialog",
    "open_change_passphrase": "change_passphrase_dialog",
    "open_rotate_key": "rotate_key_dialog",
    "start_together": "owner_check",
}


def _visible_windows() -> list[QtWidgets.QWidget]:
    return [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("opener", [*DIALOGS, "_begin_together"])
def test_nothing_opens_over_the_lock_screen(
    opener: str, unlocked: Unlock, session: Session
) -> None:
    """A menu action or a confirmation that arrives after a lock finds no journal: it
    does nothing, and the lock screen stays the only window."""
    unlocked()
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    getattr(session, opener)()
    settle()
    assert session.window is screen and session.journal is None
    assert all(getattr(session, kept) is None for kept in DIALOGS.values())
    assert session.together is None and session.rotation_offer is None
    assert _visible_windows() == [screen]


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("opener", DIALOGS)
def test_every_dialog_opens_over_the_journal_window(
    opener: str, unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    """Over the journal: centred on it, blocking only it, and gone with it at a lock."""
    main = unlocked()
    getattr(session, opener)()
    dialog = getattr(session, DIALOGS[opener])
    assert isinstance(dialog, QtWidgets.QDialog)
    assert dialog.parentWidget() is main
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.reject()


def _failing_save(monkeypatch: pytest.MonkeyPatch, main: MainWindow) -> list[str]:
    """Saving the editor fails as a full disk would; notes each attempt."""
    tried: list[str] = []

    def fail() -> None:
        tried.append("save")
        raise DiskFull()

    monkeypatch.setattr(main, "save_pending", fail)
    return tried


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("opener", ["open_backups", "open_rotate_key"])
def test_a_failed_save_does_not_keep_backups_or_the_key_change_closed(
    opener: str,
    unlocked: Unlock,
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The editor keeps its words and says so itself; the vault work may still be wanted."""
    main = unlocked()
    tried = _failing_save(monkeypatch, main)
    getattr(session, opener)()
    assert tried == ["save"]
    dialog = getattr(session, DIALOGS[opener])
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_failed_save_does_not_hold_up_a_check_in_together(
    unlocked: Unlock, session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = unlocked()
    tried = _failing_save(monkeypatch, main)
    flow = start_together(qtbot, session, main)
    assert tried == ["save"]
    assert flow.isVisible() and not main.isVisible()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_together_window_wears_the_neutral_title(
    unlocked: Unlock, session: Session, qtbot: QtBot, preferences: Preferences
) -> None:
    """Someone glancing at the screen or the task bar sees the chosen title, nothing more."""
    preferences.set_neutral_title("Notes")
    main = unlocked()
    flow = start_together(qtbot, session, main)
    assert flow.windowTitle() == "Notes"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_reminders_ask_the_open_journal_whether_a_check_in_is_due(
    unlocked: Unlock, session: Session, clock: ManualClock
) -> None:
    """A check-in made today means no check-in reminder, though none was ever shown."""
    choose(clock, checkin=True)
    unlocked()
    assert session.journal is not None
    session.journal.checkins.add(CheckinDraft(day=clock.today(), scores={"overall": 6}))
    assert Reminder.CHECKIN not in session.reminders.check()
    session.journal.settings.set("checkin_cadence_days", 1)
    clock.advance(days=1)
    assert Reminder.CHECKIN in session.reminders.check()


def test_while_locked_reminders_count_from_the_last_reminder(
    unlocked: Unlock, session: Session, clock: ManualClock
) -> None:
    choose(clock, checkin=True)
    unlocked()
    session.lock()
    assert session.reminders.checkin_due() is None  # the journal cannot be asked
    assert Reminder.CHECKIN in session.reminders.check()


def test_the_sessions_helpers_go_with_it(
    data_dir: Path, clock: ManualClock, preferences: Preferences, qtbot: QtBot
) -> None:
    """Qt ownership, not only Python's: the idle watcher's app-wide input filter, the
    reminders' timer and tray, and the clipboard guard end when the session does, and the
    session ends with whatever owns it."""
    owner = QtCore.QObject()
    made = Session(data_dir, clock, preferences, parent=owner)
    gone: list[str] = []
    parts = {
        "session": made,
        "clipboard": made.clipboard,
        "idle": made.idle,
        "reminders": made.reminders,
    }
    for name, part in parts.items():
        part.destroyed.connect(lambda *_, name=name: gone.append(name))
    with qtbot.waitSignal(made.destroyed):
        owner.deleteLater()
    assert sorted(gone) == sorted(parts)


def test_the_session_keeps_the_preferences_it_is_given(
    created_vault: tuple[Path, str], clock: ManualClock, tmp_path: Path
) -> None:
    """Its own store, not the app's default one: the neutral title read from it shows."""
    folder, _code = created_vault
    store = QtCore.QSettings(str(tmp_path / "own.ini"), QtCore.QSettings.Format.IniFormat)
    given = Preferences(store)
    given.set_neutral_title("Notes")
    made = Session(folder, clock, given)
    try:
        made.start()
        assert made.preferences is given
        assert made.window is not None and made.window.windowTitle() == "Notes"
    finally:
        made.close()


def test_only_a_change_of_settings_restyles_the_app(
    unlocked: Unlock, session: Session, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Restyling touches every widget: an entry saved (each autosave) must not cost that."""
    unlocked()
    journal = session.journal
    assert journal is not None
    styled: list[str] = []

    def apply_theme(
        _app: QtWidgets.QApplication, choice: str, _size: int, _still: bool = False
    ) -> None:
        styled.append(choice)

    monkeypatch.setattr(appearance_module, "apply_theme", apply_theme)
    journal.add_entry(EntryDraft(day=clock.today(), title="An ordinary evening"))
    assert styled == []
    journal.settings.set("theme", "dark")
    assert styled == ["dark"]


def test_onboarding_wears_the_neutral_title(session: Session, preferences: Preferences) -> None:
    """A title chosen before (QSettings outlive a journal) shows from the first window on."""
    preferences.set_neutral_title("Notes")
    session.start()
    assert isinstance(session.window, OnboardingWindow)
    assert session.window.windowTitle() == "Notes"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_journals_own_theme_and_text_size_apply_at_unlock(
    unlocked: Unlock, session: Session, preferences: Preferences, qapp: QtWidgets.QApplication
) -> None:
    """The journal's choice wins over what the lock screen remembered (here nothing)."""
    unlocked()
    assert session.journal is not None
    session.journal.settings.set("theme", "dark")
    session.journal.settings.set("text_size", 14)
    session.lock()
    preferences.set_theme("light")  # as if the remembered choice were lost or older
    unlocked()
    assert qapp.palette().color(QtGui.QPalette.ColorRole.Window).name() == DARK.window.lower()
    assert qapp.font().pointSize() == 14


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("how", ["start", "lock"])
def test_the_lock_screen_shows_in_the_open_with_no_note(
    how: str, unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    """Only quick-hide keeps it minimised; a note is shown only when there is one."""
    if how == "start":
        session.start()
    else:
        unlocked()
        session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    qtbot.waitUntil(screen.isVisible)
    assert not screen.isMinimized()
    assert label_text(screen, "unlock_note") == ""


def test_the_journal_shows_in_the_open(unlocked: Unlock, qtbot: QtBot) -> None:
    main = unlocked()
    qtbot.waitUntil(main.isVisible)
    assert not main.isMinimized()


def test_onboarding_shows_in_the_open(session: Session, qtbot: QtBot) -> None:
    session.start()  # no journal in this folder yet
    window = session.window
    assert isinstance(window, OnboardingWindow)
    qtbot.waitUntil(window.isVisible)
    assert not window.isMinimized()


def test_a_maximised_journal_locks_to_a_maximised_lock_screen(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    """The window keeps its place and size: nothing on screen jumps at a lock."""
    main = unlocked()
    main.showMaximized()
    qtbot.waitUntil(main.isMaximized)
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    qtbot.waitUntil(screen.isMaximized)


def test_the_first_window_has_the_default_size_then_the_last_one_used(
    session: Session, preferences: Preferences, created_vault: tuple[Path, str], qtbot: QtBot
) -> None:
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    # Nothing remembered yet: the default, as far as the screen (800x800 here) has room.
    room = screen.screen().availableGeometry().marginsRemoved(FRAME).size()
    assert screen.size() == DEFAULT_SIZE.boundedTo(room)
    screen.resize(640, 480)  # inside the offscreen screen, which restoring keeps it to
    preferences.save_geometry(screen)
    session.close()
    session.start()
    assert session.window is not None and session.window.size() == QtCore.QSize(640, 480)


def test_the_journal_window_is_raised_and_takes_the_keyboard_after_unlock(
    unlocked: Unlock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing right after unlocking goes to the journal. The offscreen platform activates
    every new window by itself; a window manager that prevents focus stealing does not,
    so the session asks for it, and this checks the asking."""
    asked: list[str] = []
    for request in ("raise_", "activateWindow"):
        original = getattr(MainWindow, request)

        def ask(window: MainWindow, _name: str = request, _do: object = original) -> None:
            asked.append(_name)
            _do(window)  # type: ignore[operator]

        monkeypatch.setattr(MainWindow, request, ask)
    main = unlocked()
    assert asked == ["raise_", "activateWindow"]
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is main)


def test_before_unlock_the_text_has_the_default_size(
    session: Session, qapp: QtWidgets.QApplication
) -> None:
    """The chosen size lives inside the journal; the lock screen cannot know it."""
    session.start()
    assert qapp.font().pointSize() == DEFAULT_TEXT_SIZE
