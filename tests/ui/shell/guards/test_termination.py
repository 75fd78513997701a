"""SIGTERM (logout, shutdown) runs the save-and-close path: an unsaved edit is kept."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.guards.termination import TerminationWatcher
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is sent by POSIX systems")
def test_sigterm_saves_an_unsaved_edit_and_closes_the_journal(
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    data_dir: Path,
) -> None:
    main = unlocked()
    page = main.journal_page
    page.new_entry()
    page.editor.autosave_timer.setInterval(600_000)  # only the signal can save it
    body = page.findChild(QtWidgets.QPlainTextEdit, "editorBody")
    qtbot.keyClicks(body, "Written just before the computer shut down.")
    assert session.journal is not None and session.journal.count() == 0
    watcher = TerminationWatcher(session.shut_down)
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: session.journal is None, timeout=5000)
    finally:
        watcher.close()
    journal = Journal(Vault.unlock(data_dir, PASSPHRASE))
    try:
        bodies = [journal.entry(i).body for i in journal.entry_ids()]
    finally:
        journal.close()
    assert bodies == ["Written just before the computer shut down."]


def test_closing_the_watcher_gives_the_signal_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    watcher = TerminationWatcher(lambda: None)
    assert signal.getsignal(signal.SIGTERM) is not before
    watcher.close()
    assert signal.getsignal(signal.SIGTERM) == before
