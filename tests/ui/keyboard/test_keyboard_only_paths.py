"""The three things the app is used for, done with the keyboard alone (issue 23): make a
journal through onboarding, write an entry with a mood and a tag, lock, unlock, and
export a PDF for therapy. Only key events, each sent to the widget with the focus; after
every step the test says where the focus must be."""

from __future__ import annotations

from pathlib import Path

import pytest
from keys_only_kit import (
    Mods,
    focus_inside,
    focus_on,
    focused,
    press,
    tab_to,
    wait_for_focus,
    write,
)
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import settle, wait_for_window

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import Session

pytestmark = pytest.mark.slow  # the whole of onboarding, two unlocks and a PDF


def active(qtbot: QtBot, session: Session, kind: type) -> QtWidgets.QWidget:
    """The session's window of `kind`, once shown and made active (by the app, not the
    test: a keyboard cannot reach a window nobody raised), with the focus inside it."""
    window = wait_for_window(qtbot, session, kind)
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window, timeout=15_000)
    focus_inside(qtbot, window)
    return window


def make_journal(qtbot: QtBot, session: Session) -> None:
    """Onboarding from welcome to the recovery code, Space on each step's button."""
    session.start()
    active(qtbot, session, OnboardingWindow)
    focus_on(qtbot, "begin_button")
    press(qtbot, Qt.Key.Key_Space)
    focus_on(qtbot, "limits_next_button")
    press(qtbot, Qt.Key.Key_Space)
    focus_on(qtbot, "about_next_button")
    press(qtbot, Qt.Key.Key_Space)
    focus_on(qtbot, "new_passphrase")
    write(qtbot, PASSPHRASE)
    tab_to(qtbot, "confirm_passphrase")
    write(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    focus_on(qtbot, "copy_code_button")
    tab_to(qtbot, "stored_checkbox")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "continue_button")
    press(qtbot, Qt.Key.Key_Space)


def write_entry(qtbot: QtBot) -> None:
    """Ctrl+N, a title, the words, a mood of 4 and the tag "walk", then Ctrl+S."""
    press(qtbot, Qt.Key.Key_N, Mods.ControlModifier)
    focus_on(qtbot, "editorBody")
    write(qtbot, "We walked by the river and talked.")
    tab_to(qtbot, "editorTitle", backwards=True)
    write(qtbot, "A calmer day")
    tab_to(qtbot, "moodStep*")
    press(qtbot, Qt.Key.Key_4)
    reach_the_tags(qtbot)
    write(qtbot, "walk,")
    press(qtbot, Qt.Key.Key_S, Mods.ControlModifier)


def reach_the_tags(qtbot: QtBot) -> None:
    """Beside the text on a wide window; on a narrower one (the journal's list takes its
    share) feelings and tags are a tab beside Write and Preview: Tab to the tabs, Right
    to "Feelings and tags", then Tab into it."""
    tags = focused().window().findChild(QtWidgets.QWidget, "editorTags")
    tabs = focused().window().findChild(QtWidgets.QTabWidget, "editorTabs")
    assert tags is not None and tabs is not None
    if tabs.indexOf(tags.parentWidget().parentWidget().parentWidget()) >= 0:
        tab_to(qtbot, "qt_tabwidget_tabbar")
        for _ in range(tabs.count() - 1 - tabs.currentIndex()):
            press(qtbot, Qt.Key.Key_Right)
    tab_to(qtbot, "editorTags")


def unlock(qtbot: QtBot, session: Session) -> MainWindow:
    active(qtbot, session, LockScreen)
    focus_on(qtbot, "passphrase_field")
    write(qtbot, PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)
    main = active(qtbot, session, MainWindow)
    assert isinstance(main, MainWindow)
    return main


def answer_the_file_dialog(qtbot: QtBot, target: Path) -> None:
    """When the save dialog shows: the whole path typed over its suggestion, then Enter."""

    def answer() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, QtWidgets.QFileDialog) or not dialog.isActiveWindow():
            QtCore.QTimer.singleShot(20, answer)
            return
        press(qtbot, Qt.Key.Key_A, Mods.ControlModifier)
        write(qtbot, str(target))
        # The last key closes the file dialog; where the focus goes after is checked once
        # its event loop has returned (this runs inside it).
        qtbot.keyClick(focused(), Qt.Key.Key_Return)

    QtCore.QTimer.singleShot(0, answer)


def export_pdf(qtbot: QtBot, main: MainWindow, target: Path) -> None:
    """Ctrl+7 to Export, Space on "Prepare an export…", PDF chosen, Space on "Save…"."""
    press(qtbot, Qt.Key.Key_7, Mods.ControlModifier)
    tab_to(qtbot, "export_open_button")
    press(qtbot, Qt.Key.Key_Space)
    wait_for_focus(qtbot, lambda w: w.window().objectName() == "export_dialog", "the export")
    tab_to(qtbot, "export_format")
    press(qtbot, Qt.Key.Key_Home)  # PDF is the first format
    tab_to(qtbot, "export_save_button")
    answer_the_file_dialog(qtbot, target)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(target.exists, timeout=30_000)
    focus_on(qtbot, "export_open_button")  # back where the dialog was opened from
    assert focused().window() is main


def test_make_write_lock_unlock_and_export_with_keys_alone(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    make_journal(qtbot, session)
    active(qtbot, session, MainWindow)
    write_entry(qtbot)
    press(qtbot, Qt.Key.Key_L, Mods.ControlModifier)
    main = unlock(qtbot, session)
    target = tmp_path / "for-therapy.pdf"
    export_pdf(qtbot, main, target)
    assert target.read_bytes().startswith(b"%PDF")
    journal = session.journal
    assert isinstance(journal, Journal)
    (entry,) = journal.entries()
    assert (entry.title, entry.mood, entry.tags) == ("A calmer day", 4, ("walk",))
    assert "walked by the river" in entry.body
    settle()
