"""Things that change are said: saving, locking, the backup at a lock, an export, an
import's progress and end, a check-in stored, the together check-in's hand-over. Each
is heard on its way to Qt as a `QAccessibleAnnouncementEvent` (announce_kit); that one
arrives on the AT-SPI bus is test_access_bus.py's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from announce_kit import Heard, hear, words
from import_kit import FIXTURES
from pytestqt.qtbot import QtBot
from uikit import page_shown, settle, wait_active

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.backups import FOLDER as BACKUP_FOLDER
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.journal.editor.entry_editor import QUIET_PERIOD, EntryEditor
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.today import texts as today_texts
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.widgets.access.announce import announce

LEFT = Qt.MouseButton.LeftButton


def test_an_announcement_is_polite_unless_urgent_and_nothing_is_said_for_no_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = hear(monkeypatch)
    source = QtWidgets.QLabel()
    qtbot.addWidget(source)
    announce(source, "Saved")
    announce(source, "Locked", urgent=True)
    announce(source, "")
    assert heard == [Heard("Saved", urgent=False), Heard("Locked", urgent=True)]


def test_saving_an_entry_is_said(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, unlocked: Callable[[], MainWindow]
) -> None:
    main = unlocked()
    main.show_place("journal")
    main.new_entry()
    editor = main.findChild(EntryEditor, "entryEditor")
    assert isinstance(editor, EntryEditor)
    heard = hear(monkeypatch)
    qtbot.keyClicks(editor.title, "An evening")
    editor.save_now()
    assert words(heard) == ["Saved"]


def test_autosaves_while_typing_are_said_at_most_once_a_quiet_period(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    unlocked: Callable[[], MainWindow],
    clock: ManualClock,
) -> None:
    """Each pause in typing saves; a screen reader saying "Saved" after every one talks
    over the person's own words. Said once, then not again until QUIET_PERIOD has passed;
    a save the person asks for (Ctrl+S) is always said."""
    main = unlocked()
    main.new_entry()
    editor = main.findChild(EntryEditor, "entryEditor")
    assert isinstance(editor, EntryEditor)
    heard = hear(monkeypatch)
    for typed in ("One", " two", " three"):
        qtbot.keyClicks(editor.body, typed)
        clock.advance(seconds=20)
        editor.autosave_timer.timeout.emit()  # the pause in typing
    assert words(heard) == ["Saved"]
    clock.advance(seconds=QUIET_PERIOD.total_seconds())
    qtbot.keyClicks(editor.body, " four")
    editor.autosave_timer.timeout.emit()
    assert words(heard) == ["Saved", "Saved"]
    qtbot.keyClicks(editor.body, " five")
    wait_active(qtbot, main)
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert words(heard) == ["Saved", "Saved", "Saved"]


def test_locking_is_said_at_once_then_the_backup_and_its_end(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    unlocked: Callable[[], MainWindow],
    session: Session,
    tmp_path: Path,
) -> None:
    unlocked()
    assert session.journal is not None
    session.journal.settings.set(BACKUP_FOLDER, str(tmp_path / "backups"))
    heard = hear(monkeypatch)
    session.lock()
    qtbot.waitUntil(lambda: session.closing is None, timeout=30_000)
    assert isinstance(session.window, LockScreen)
    assert heard[0] == Heard("Locked", urgent=True)
    assert words(heard)[1:] == [session.window.words.backing_up, "Backup written"]
    assert words(heard)[1].startswith("Making today's backup…")


def test_an_export_says_it_is_writing_and_where_it_went(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal: Journal, tmp_path: Path
) -> None:
    page = ExportPage(journal)
    qtbot.addWidget(page)
    dialog = page.open_dialog()
    assert dialog is not None
    target = tmp_path / "for-therapy.md"
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    dialog.ask_path = lambda _suggested: str(target)
    heard = hear(monkeypatch)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):  # made on a helper's thread
        dialog.save()
    assert target.exists()
    assert words(heard) == [
        "Writing the export…",
        f"Saved to {target}. It is now outside your journal's protection.",
    ]


def test_an_import_says_it_begins_and_how_it_ended(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal: Journal
) -> None:
    dialog = ImportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("jrnl"))
    dialog.path_field.setText(str(FIXTURES / "jrnl" / "journal.txt"))
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "import_read"), LEFT)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1)
    heard = hear(monkeypatch)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "import_start"), LEFT)
    assert words(heard)[0] == "Adding 5 entries…"
    assert words(heard)[-1] == dialog.done_label.text()
    assert "Imported 5 entries" in words(heard)[-1]


def test_an_import_s_progress_is_said_once_a_quarter(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal: Journal
) -> None:
    dialog = ImportDialog(journal)
    qtbot.addWidget(dialog)
    heard = hear(monkeypatch)
    dialog._begin("Adding 8 entries…", total=8)  # the work itself reports through _work
    for done in range(1, 9):
        dialog._work.report(done, 8)
        dialog._show_progress()
    dialog._end()
    assert words(heard) == [
        "Adding 8 entries…",
        "2 of 8 added so far",
        "4 of 8 added so far",
        "6 of 8 added so far",
    ]


def test_a_check_in_stored_is_said(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal: Journal, clock: ManualClock
) -> None:
    dialog = CheckinDialog(journal, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    heard = hear(monkeypatch)
    assert dialog.save() is not None
    assert words(heard) == ["Check-in saved"]


def test_a_quick_check_in_stored_is_said(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, journal: Journal, clock: ManualClock
) -> None:
    with page_shown(qtbot, TodayPage(journal, clock=clock), 1070, 800) as page:
        quick = page.findChild(QtWidgets.QWidget, "todayQuick")
        heard = hear(monkeypatch)
        qtbot.mouseClick(quick.findChild(QtWidgets.QAbstractButton, "moodStep4"), LEFT)
        qtbot.mouseClick(quick.findChild(QtWidgets.QAbstractButton, "todayQuickSave"), LEFT)
        assert words(heard) == [today_texts.QUICK_SAVED]
    settle()
