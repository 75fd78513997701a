"""The capture window, opened from the lock screen: it needs no passphrase (no key is ever
derived), shows nothing of the journal, seals a note the core then opens, empties itself
after Save, and leaves no text of its own on the clipboard when it closes."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from capture_kit import capture_from_lock_screen, derivations, words_shown
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import choose, wait_active

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.sealed_notes import SealedNotes
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.inbox import capture_key, inbox
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.capture import texts as capture_texts
from trustjournal.ui.shell.capture.window import CaptureWindow
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.preferences import Preferences

PAST = "lantern-harbour-past-entry"
LEFT = Qt.MouseButton.LeftButton


def _with_a_past_entry(folder: Path) -> None:
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        journal.add_entry(
            EntryDraft(day=dt.date(2025, 11, 2), title=f"{PAST} title", body=f"{PAST} body")
        )
    finally:
        journal.close()


def test_the_lock_screen_offers_writing_at_once_by_keyboard_too(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    session.start()
    screen = session.window
    assert isinstance(screen, LockScreen)
    qtbot.waitExposed(screen)
    write = screen.write_button
    assert write.isVisible() and write.isEnabled()
    assert write.accessibleName() == "Write without opening"
    wait_active(qtbot, screen)
    qtbot.waitUntil(screen.field.hasFocus)
    qtbot.keyClick(screen.field, Qt.Key.Key_Tab)  # Unlock waits for a passphrase: skipped
    assert QtWidgets.QApplication.focusWidget() is write
    qtbot.keyClick(write, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: session.capture is not None and session.capture.isVisible())


def test_the_window_needs_no_passphrase_and_shows_nothing_of_the_journal(
    created_vault: tuple[Path, str],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = created_vault
    _with_a_past_entry(folder)
    called = derivations(monkeypatch)
    window = capture_from_lock_screen(qtbot, session)
    shown = words_shown(window)
    assert PAST not in shown
    assert "2025" not in shown and "1 entry" not in shown
    fingerprint = capture_key.read_public_key(VaultPaths(folder)).fingerprint
    assert f"Capture key: {fingerprint}" in shown
    assert f"Sealed for: {folder.name}" in shown
    qtbot.keyClicks(window.text, "the car park again")
    qtbot.mouseClick(window.save_button, LEFT)
    assert called == []  # no passphrase, no recovery code, no unlock: the public key alone
    assert session.journal is None


def test_save_seals_a_note_the_journal_opens_and_empties_the_window(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    folder, _code = created_vault
    window = capture_from_lock_screen(qtbot, session)
    qtbot.keyClicks(window.text, "It hit me at work.")
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    qtbot.keyClicks(window.text, "I breathed and it passed.")
    window.mood.set_mood(2)
    window.tags.setText("work, breathing")
    with qtbot.waitSignal(window.sealed):
        qtbot.mouseClick(window.save_button, LEFT)
    assert window.status.text() == inbox_texts.SEALED
    assert window.text.toPlainText() == "" and not window.text.document().isUndoAvailable()
    assert window.mood.mood() is None and window.tags.text() == ""
    journal = Journal(Vault.unlock(folder, PASSPHRASE))
    try:
        [waiting] = SealedNotes(journal).open().notes
    finally:
        journal.close()
    assert waiting.note.text == "It hit me at work.\nI breathed and it passed."
    assert waiting.note.mood == 2
    assert waiting.note.tags == ("work", "breathing")


def test_an_empty_note_is_refused_in_one_sentence(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    folder, _code = created_vault
    window = capture_from_lock_screen(qtbot, session)
    qtbot.mouseClick(window.save_button, LEFT)
    assert window.error.text() == inbox_texts.EMPTY_NOTE
    assert inbox.waiting_names(folder) == []


def test_closing_empties_the_window_and_the_clipboard_it_filled(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    window = capture_from_lock_screen(qtbot, session)
    qtbot.keyClicks(window.text, "words copied from the note")
    window.text.selectAll()
    window.text.copy()
    clipboard = QtGui.QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text() == "words copied from the note")
    window.close()
    assert clipboard.text() == ""
    assert window.text.toPlainText() == ""


def test_a_missing_capture_key_is_said_before_anything_is_written(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    folder, _code = created_vault
    VaultPaths(folder).capture_key.unlink()
    window = capture_from_lock_screen(qtbot, session)
    assert window.error.text() == inbox_texts.KEY_UNUSABLE
    qtbot.keyClicks(window.text, "still worth writing")
    qtbot.mouseClick(window.save_button, LEFT)
    assert window.error.text() == inbox_texts.KEY_UNUSABLE
    assert window.text.toPlainText() == "still worth writing"  # kept, to save once it is mended
    assert inbox.waiting_names(folder) == []


def test_the_tray_offers_a_new_note(session: Session, qtbot: QtBot, clock: ManualClock) -> None:
    choose(clock, in_tray=True)
    session.reminders.start()
    tray = session.reminders.tray
    assert tray is not None
    [new_note] = [a for a in tray.contextMenu().actions() if a.objectName() == "trayNewNote"]
    assert new_note.text() == "New note"
    new_note.trigger()
    qtbot.waitUntil(lambda: session.capture is not None and session.capture.isVisible())


def test_under_a_neutral_title_the_window_names_no_journal(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot, preferences: Preferences
) -> None:
    preferences.set_neutral_title("Notes")
    window = capture_from_lock_screen(qtbot, session)
    qtbot.keyClicks(window.text, "a quiet note")
    qtbot.mouseClick(window.save_button, LEFT)
    assert window.windowTitle() == "Notes"
    assert window.status.text() == "Sealed. It will be there when you next unlock."
    shown = words_shown(window)
    assert re.search(r"journal|trust", shown, re.IGNORECASE) is None, shown


def test_the_desktop_entrys_new_note_opens_the_capture_window_alone(
    created_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """`trustjournal --capture` (the desktop action): only the capture window shows, in a
    process of its own that never opens the journal."""
    folder, _code = created_vault
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    command = [sys.executable, "-m", "trustjournal", "--data-dir", str(folder)]
    finished = subprocess.run(
        [*command, "--capture", "--check-start"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "shown: capture_window"


def _discard_question(window: CaptureWindow) -> QtWidgets.QMessageBox:
    """The question asked now (an answered one may wait for its deletion a moment)."""
    question = window.discard_question
    assert isinstance(question, QtWidgets.QMessageBox)
    assert question.objectName() == "capture_discard_question" and question.isVisible()
    return question


class _FromTheWindowSystem(QtGui.QCloseEvent):
    """A close that came from outside the app (the window's close button, Alt+F4), as Qt
    marks it; a test cannot press a window manager's button offscreen."""

    def spontaneous(self) -> bool:
        return True


def test_escape_with_words_asks_first_and_keep_writing_is_the_default(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    folder, _code = created_vault
    window = capture_from_lock_screen(qtbot, session)
    wait_active(qtbot, window)  # Escape is the window's own key
    qtbot.keyClicks(window.text, "not sealed yet")
    qtbot.keyClick(window.text, Qt.Key.Key_Escape)
    assert session.capture is window and window.isVisible()  # nothing gone without asking
    question = _discard_question(window)
    qtbot.waitExposed(question)
    assert question.text() == capture_texts.DISCARD_NOTE_QUESTION
    keep = question.defaultButton()
    assert keep is not None and keep.text() == capture_texts.KEEP_WRITING
    assert question.escapeButton() is keep
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default: keep writing
    qtbot.waitUntil(lambda: not question.isVisible())
    assert window.isVisible() and window.text.toPlainText() == "not sealed yet"
    wait_active(qtbot, window)
    qtbot.keyClick(window.text, Qt.Key.Key_Escape)
    discard = _discard_question(window).findChild(QtWidgets.QPushButton, "capture_discard_confirm")
    assert discard is not None and discard.text() == "Discard"
    with qtbot.waitSignal(window.destroyed):
        qtbot.mouseClick(discard, LEFT)
    assert session.capture is None
    assert inbox.waiting_names(folder) == []


def test_escape_on_an_empty_note_closes_without_a_question(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    window = capture_from_lock_screen(qtbot, session)
    wait_active(qtbot, window)
    window.mood.set_mood(3)  # no words: nothing to lose that a question would save
    with qtbot.waitSignal(window.destroyed):
        qtbot.keyClick(window.text, Qt.Key.Key_Escape)
    assert session.capture is None


def test_closing_the_window_itself_with_words_asks_too(
    created_vault: tuple[Path, str], session: Session, qtbot: QtBot
) -> None:
    window = capture_from_lock_screen(qtbot, session)
    qtbot.keyClicks(window.text, "half a thought")
    closing = _FromTheWindowSystem()
    window.closeEvent(closing)
    assert not closing.isAccepted()  # the window stays
    assert window.isVisible() and window.text.toPlainText() == "half a thought"
    question = _discard_question(window)
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape in the question keeps writing too
    qtbot.waitUntil(lambda: not question.isVisible())
    assert window.isVisible() and window.text.toPlainText() == "half a thought"
    window.close()  # the app's own close (quitting) asks nothing: it must never wait
    assert not window.isVisible() and window.text.toPlainText() == ""
