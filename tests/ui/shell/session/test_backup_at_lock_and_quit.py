"""Today's backup at lock or quit runs off the GUI thread; the vault closes only after it."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import text_of as label_text
from uikit import type_passphrase

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.backups import FOLDER, LastBackup, write_backup
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.backup.file_format import backup_name
from trustjournal.core.vault.backup.making import list_backups
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell import closing_backup
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.backups import status_text

Unlock = Callable[[], MainWindow]


class HeldBackup:
    """The real backup, held at its start until the test lets it go; notes what it saw."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go = threading.Event()
        self.vault_open_while_running: list[bool] = []

    def __call__(self, journal: Journal, prune: bool = False) -> LastBackup:
        self.started.set()
        assert self.go.wait(timeout=60)  # a safety net only: the test lets it go at once
        self.vault_open_while_running.append(journal.vault.is_open)
        return write_backup(journal, prune=prune)


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldBackup]:
    backup = HeldBackup()
    monkeypatch.setattr(closing_backup, "write_backup", backup)
    yield backup
    backup.go.set()  # never leave a worker waiting


def _journal_with_a_drive(unlocked: Unlock, session: Session, drive: Path) -> Journal:
    unlocked()
    journal = session.journal
    assert journal is not None
    journal.settings.set(FOLDER, str(drive))
    return journal


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_the_lock_screen_shows_at_once_while_the_backup_runs(
    unlocked: Unlock, session: Session, qtbot: QtBot, tmp_path: Path, held: HeldBackup
) -> None:
    drive = tmp_path / "drive"
    journal = _journal_with_a_drive(unlocked, session, drive)
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)  # at once: nothing of the journal shows
    assert session.journal is None
    assert session.closing is not None and session.closing.running
    assert journal.vault.is_open  # the backup still needs it
    assert not screen.field.isEnabled()
    assert "Making today's backup" in label_text(screen, "unlock_note")
    held.go.set()
    qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)
    assert held.vault_open_while_running == [True]
    assert not journal.vault.is_open
    assert len(list_backups(drive)) == 1
    assert screen.field.isEnabled()
    assert label_text(screen, "unlock_note") == ""
    type_passphrase(qtbot, screen, PASSPHRASE)
    screen.try_unlock()
    qtbot.waitUntil(lambda: isinstance(session.window, MainWindow), timeout=30_000)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_quitting_waits_for_the_backup_with_a_short_status(
    unlocked: Unlock, session: Session, tmp_path: Path, held: HeldBackup
) -> None:
    drive = tmp_path / "drive"
    journal = _journal_with_a_drive(unlocked, session, drive)
    seen: list[str] = []

    def look_then_let_go() -> None:  # runs inside the wait's own event loop
        status = [w for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(label_text(w, "closing_backup_text") for w in status if _is_status(w))
        held.go.set()

    QtCore.QTimer.singleShot(0, look_then_let_go)
    session.shut_down()
    assert seen == [closing_backup.MAKING]
    assert held.vault_open_while_running == [True]  # never closed under the backup
    assert not journal.vault.is_open
    assert len(list_backups(drive)) == 1
    assert session.closing is None


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_quitting_during_a_locks_backup_waits_for_it(
    unlocked: Unlock, session: Session, tmp_path: Path, held: HeldBackup
) -> None:
    journal = _journal_with_a_drive(unlocked, session, tmp_path / "drive")
    session.lock()
    assert held.started.wait(timeout=30)
    QtCore.QTimer.singleShot(0, held.go.set)
    session.shut_down()
    assert held.vault_open_while_running == [True]
    assert not journal.vault.is_open


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_failed_backup_is_one_sentence_on_the_lock_screen_and_in_settings(
    unlocked: Unlock, session: Session, qtbot: QtBot, tmp_path: Path, clock: ManualClock
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    journal = _journal_with_a_drive(unlocked, session, blocked)
    session.lock()
    qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)
    assert not journal.vault.is_open
    screen = session.window
    assert isinstance(screen, LockScreen)
    note = label_text(screen, "unlock_note")
    assert note.startswith("Today's backup could not be made, but your journal is safe.")
    assert "Traceback" not in note and screen.field.isEnabled()
    unlocked()
    assert session.journal is not None
    assert note in status_text(session.journal)
    blocked.unlink()
    blocked.mkdir()  # the folder is there now: the next day's backup works
    clock.advance(days=1)
    session.lock()
    qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)
    unlocked()
    assert session.journal is not None
    assert "could not be made" not in status_text(session.journal)


def _is_status(widget: QtWidgets.QWidget) -> bool:
    return widget.objectName() == "closing_backup_status"


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_finished_backup_is_let_go(
    unlocked: Unlock, session: Session, qtbot: QtBot, tmp_path: Path, held: HeldBackup
) -> None:
    _journal_with_a_drive(unlocked, session, tmp_path / "drive")
    session.lock()
    closing = session.closing
    assert closing is not None
    held.go.set()
    with qtbot.waitSignal(closing.destroyed, timeout=30_000):
        pass  # deleted once done, not kept until the session ends
    assert session.closing is None


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_restore_from_settings_waits_for_todays_backup(
    unlocked: Unlock, session: Session, qtbot: QtBot, tmp_path: Path, held: HeldBackup
) -> None:
    """The journal is locked at once; the restore dialog opens when the backup is done."""
    drive = tmp_path / "drive"
    _journal_with_a_drive(unlocked, session, drive)
    session.restore_from_settings()
    screen = session.window
    assert isinstance(screen, LockScreen) and session.journal is None
    assert held.started.wait(timeout=30)
    assert screen.restore_dialog is None  # not while the backup still reads the journal
    held.go.set()
    qtbot.waitUntil(lambda: screen.restore_dialog is not None, timeout=30_000)
    dialog = screen.restore_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert len(list_backups(drive)) == 1
    dialog.reject()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_quick_hide_closes_the_journal_at_once_without_a_backup(
    unlocked: Unlock, session: Session, tmp_path: Path, held: HeldBackup
) -> None:
    """Hiding must be instant: today's backup waits for the next lock or quit."""
    drive = tmp_path / "drive"
    journal = _journal_with_a_drive(unlocked, session, drive)
    session.quick_hide()
    assert session.closing is None and not held.started.is_set()
    assert not journal.vault.is_open
    assert list_backups(drive) == []


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("closing", ["lock", "quit"])
def test_the_backup_at_lock_or_quit_prunes_the_journals_old_backups(
    unlocked: Unlock, session: Session, qtbot: QtBot, tmp_path: Path, closing: str
) -> None:
    drive = tmp_path / "drive"
    journal = _journal_with_a_drive(unlocked, session, drive)
    model = write_backup(journal, drive).path  # this journal's own, copied under older names
    start = journal.clock.now() - dt.timedelta(days=40)
    for number in range(39):
        shutil.copyfile(model, drive / backup_name(start + dt.timedelta(days=number)))
    model.unlink()  # today's is made by the closing backup
    if closing == "lock":
        session.lock()
        qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)
    else:
        session.shut_down()
    days = {backup.made_at.date() for backup in list_backups(drive)}
    assert len(days) == 9  # 7 days that have one, and 2 weeks' newest before them
