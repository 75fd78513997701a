"""The Help menu: the shortcuts read from the app itself, what it protects, and About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

import trustjournal
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell import onboarding
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

Unlocked = Callable[[], MainWindow]


def open_from_help(qtbot: QtBot, main: MainWindow, action: str, dialog: str) -> QtWidgets.QDialog:
    menu = main.findChild(QtWidgets.QMenu, "menu_help")
    assert menu is not None
    chosen = next(item for item in menu.actions() if item.objectName() == action)
    chosen.trigger()
    qtbot.waitUntil(lambda: main.findChild(QtWidgets.QDialog, dialog) is not None)
    found = main.findChild(QtWidgets.QDialog, dialog)
    assert isinstance(found, QtWidgets.QDialog)
    qtbot.waitUntil(found.isVisible)
    return found


def table_rows(dialog: QtWidgets.QDialog) -> list[tuple[str, str, str]]:
    table = dialog.findChild(QtWidgets.QTableWidget, "shortcuts_table")
    assert table is not None
    return [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[misc]
        for row in range(table.rowCount())
    ]


def native(keys: str | QtGui.QKeySequence.StandardKey) -> str:
    return QtGui.QKeySequence(keys).toString(QtGui.QKeySequence.SequenceFormat.NativeText)


def test_the_help_menu_offers_shortcuts_limits_and_about(unlocked: Unlocked) -> None:
    main = unlocked()
    menu = main.findChild(QtWidgets.QMenu, "menu_help")
    assert menu is not None
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names == ["shortcuts_action", "limits_action", "about_action"]


def test_the_cheat_sheet_lists_every_key_the_window_answers(
    unlocked: Unlocked, qtbot: QtBot
) -> None:
    main = unlocked()
    rows = table_rows(open_from_help(qtbot, main, "shortcuts_action", "shortcuts_dialog"))
    listed = {(keys, does) for keys, does, _where in rows}
    for action in main.actions():
        if not action.shortcut().isEmpty():
            text = action.text().replace("&", "").rstrip("…")
            assert (native(action.shortcut()), text) in listed, text
    assert (native("Ctrl+L"), "Lock") in listed
    assert (native("Ctrl+Shift+H"), "Hide and lock") in listed
    # The pages' own keys are there too, each saying what it does and where.
    assert (native(QtGui.QKeySequence.StandardKey.Find), "Search the journal", "Journal") in rows
    assert all(does for _keys, does, _where in rows)
    # A key the window already answers is listed once, for the window.
    keys = [keys for keys, _does, _where in rows]
    assert len(keys) == len(set(keys))


def test_the_cheat_sheet_follows_a_changed_shortcut(unlocked: Unlocked, qtbot: QtBot) -> None:
    main = unlocked()
    main.set_quick_hide_key("Ctrl+Alt+J")
    rows = table_rows(open_from_help(qtbot, main, "shortcuts_action", "shortcuts_dialog"))
    assert (native("Ctrl+Alt+J"), "Hide and lock", "Anywhere") in rows
    assert native("Ctrl+Shift+H") not in [keys for keys, _does, _where in rows]


def test_the_cheat_sheet_opens_with_its_key(unlocked: Unlocked, qtbot: QtBot) -> None:
    main = unlocked()
    action = main.actions_by_name["shortcuts_action"]
    assert action.shortcut() == QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.HelpContents)


def test_what_it_protects_says_the_words_onboarding_says(unlocked: Unlocked, qtbot: QtBot) -> None:
    main = unlocked()
    dialog = open_from_help(qtbot, main, "limits_action", "limits_dialog")
    assert dialog.windowTitle() == "What TrustJournal protects and what it cannot"
    shown = [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    said = onboarding.texts  # the words onboarding shows, read as it reads them
    for words in (said.KEPT_PRIVATE, said.NOT_PRIVATE, said.ADVICE):
        assert words in shown
    # What sealing a note protects, and why notes are reviewed (the command line's words).
    assert inbox_texts.WHAT_SEALING_PROTECTS in shown
    close = dialog.findChild(QtWidgets.QPushButton, "limits_dialog_close")
    assert close is not None
    close.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_names_the_version_the_licence_and_the_journal_folder(
    unlocked: Unlocked, qtbot: QtBot, data_dir: Path
) -> None:
    main = unlocked()
    dialog = open_from_help(qtbot, main, "about_action", "about_dialog")
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QtWidgets.QLabel)}
    assert texts["about_version"] == f"TrustJournal {trustjournal.__version__}"
    assert "GPL-3.0-or-later" in texts["about_licence"]
    assert Path(texts["about_folder"]) == data_dir


def test_locking_closes_the_help_windows(
    unlocked: Unlocked, qtbot: QtBot, session: Session
) -> None:
    main = unlocked()
    open_from_help(qtbot, main, "about_action", "about_dialog")
    main.actions_by_name["lock_action"].trigger()
    qtbot.waitUntil(lambda: isinstance(session.window, LockScreen))
    shown = [w.objectName() for w in QtWidgets.QApplication.topLevelWidgets() if w.isVisible()]
    assert "about_dialog" not in shown
