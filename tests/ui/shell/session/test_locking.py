"""Locking that protects: by hand, on idle, quick-hide, and what a lock leaves behind."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import button, wait_active, wait_for_window

from trustjournal.core.clock import ManualClock
from trustjournal.core.errors import DiskFull
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.guards.clipboard import ClipboardGuard
from trustjournal.ui.shell.guards.idle import CHECK_INTERVAL_MS, IdleWatcher
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

Unlock = Callable[[], MainWindow]


def open_journal(session: Session) -> Journal:
    assert session.journal is not None
    return session.journal


def assert_locked(session: Session, journal: Journal) -> None:
    assert isinstance(session.window, LockScreen)
    assert session.journal is None
    assert not journal.vault.is_open


def test_ctrl_l_locks_and_closes_the_vault(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    journal = open_journal(session)
    wait_active(qtbot, main)
    with qtbot.waitSignal(session.locked):
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(session, journal)


def test_the_toolbar_button_locks(unlocked: Unlock, session: Session, qtbot: QtBot) -> None:
    main = unlocked()
    journal = open_journal(session)
    qtbot.mouseClick(button(main, "lock_button"), Qt.MouseButton.LeftButton)
    assert_locked(session, journal)
    assert session.window is not None and session.window.isVisible()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_lock_drops_every_reference_to_the_journal(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    journal = weakref.ref(open_journal(session))
    session.lock()
    qtbot.waitUntil(lambda: gc.collect() >= 0 and journal() is None)


def test_after_a_lock_nothing_listens_to_the_journal(unlocked: Unlock, session: Session) -> None:
    """Not the session, not a page: a change published after the lock reaches no one."""
    unlocked()
    journal = open_journal(session)
    listeners = journal.changes._listeners  # the hub's own list: who still listens
    assert listeners
    session.lock()
    assert listeners == []


def test_a_save_that_fails_does_not_hold_up_the_lock(
    unlocked: Unlock, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = unlocked()
    journal = open_journal(session)

    def fail() -> None:
        raise DiskFull()

    monkeypatch.setattr(main, "save_pending", fail)
    session.lock()
    assert_locked(session, journal)


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_unlocking_again_after_a_lock_works(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    session.lock()
    main = unlocked()
    assert main.isVisible()
    assert open_journal(session).vault.is_open


def test_idle_minutes_lock_on_the_injected_clock(
    unlocked: Unlock, session: Session, qtbot: QtBot, clock: ManualClock
) -> None:
    unlocked()
    journal = open_journal(session)
    session.idle.timer.setInterval(10)
    clock.advance(minutes=4, seconds=59)
    session.idle.check()
    assert session.journal is journal
    clock.advance(seconds=1)
    wait_for_window(qtbot, session, LockScreen)
    assert_locked(session, journal)


def test_input_keeps_the_journal_open(
    unlocked: Unlock, session: Session, qtbot: QtBot, clock: ManualClock
) -> None:
    main = unlocked()
    journal = open_journal(session)
    clock.advance(minutes=4)
    qtbot.mouseMove(main.sidebar)
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Down)
    clock.advance(minutes=4)
    session.idle.check()
    assert session.journal is journal
    clock.advance(minutes=1)
    session.idle.check()
    assert_locked(session, journal)


def test_quick_hide_minimises_and_locks_at_once(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    journal = open_journal(session)
    wait_active(qtbot, main)
    qtbot.keyClick(
        main, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert_locked(session, journal)
    screen = session.window
    assert screen is not None and screen.isMinimized()


def test_quick_hide_minimises_the_journal_window_before_putting_anything_away(
    unlocked: Unlock, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The point of quick-hide is that the journal leaves the screen first: saving and
    emptying the pages come after, however long they take."""
    main = unlocked()
    order: list[str] = []
    monkeypatch.setattr(main, "showMinimized", lambda: order.append("minimised"))
    put_away = session._put_away

    def recorded_put_away() -> object:
        order.append("put away")
        return put_away()

    monkeypatch.setattr(session, "_put_away", recorded_put_away)
    session.quick_hide()
    assert order == ["minimised", "put away"]


def test_a_second_launch_brings_a_hidden_lock_screen_back(
    unlocked: Unlock, session: Session
) -> None:
    unlocked()
    session.quick_hide()
    session.bring_to_front()
    assert session.window is not None and not session.window.isMinimized()


def editor_body(main: MainWindow) -> QtWidgets.QPlainTextEdit:
    body = main.journal_page.findChild(QtWidgets.QPlainTextEdit, "editorBody")
    assert isinstance(body, QtWidgets.QPlainTextEdit)
    return body


def copy_from_the_journal(main: MainWindow, text: str) -> None:
    """Copy text out of the journal's editor, as a person would with Ctrl+C."""
    body = editor_body(main)
    main.show_place("journal")
    body.setFocus()
    body.setPlainText(text)
    body.selectAll()
    body.copy()


def test_a_lock_clears_text_copied_from_the_journal(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    wait_active(qtbot, main)
    copy_from_the_journal(main, "what I could not say out loud")
    clipboard = QtGui.QGuiApplication.clipboard()
    assert clipboard.text() == "what I could not say out loud"
    session.lock()
    assert clipboard.text() == ""


def test_a_lock_leaves_text_copied_elsewhere_alone(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    unlocked()
    focused = QtWidgets.QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    clipboard = QtGui.QGuiApplication.clipboard()
    clipboard.setText("a shopping list from another app")
    session.lock()
    assert clipboard.text() == "a shopping list from another app"


def test_quitting_closes_the_journal_and_clears_the_clipboard(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    journal = open_journal(session)
    wait_active(qtbot, main)
    copy_from_the_journal(main, "a copied sentence")
    main.close()
    assert session.journal is None
    assert not journal.vault.is_open
    assert QtGui.QGuiApplication.clipboard().text() == ""


def test_a_lock_empties_the_journal_page(
    unlocked: Unlock, session: Session, qtbot: QtBot, clock: ManualClock
) -> None:
    main = unlocked()
    open_journal(session).add_entry(EntryDraft(day=clock.today(), title="Older", body="older"))
    page = main.journal_page
    wait_active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.editor.title, "What I said")
    qtbot.keyClicks(page.editor.body, "words I would not want seen")
    page.filters.search.setText("said")  # a search that keeps the entry being written
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    assert page.editor.body.document().isUndoAvailable()
    session.lock()
    # Checked before the released window is deleted: nothing readable is left in it.
    assert page.editor.title.text() == "" and page.editor.body.toPlainText() == ""
    assert not page.editor.body.document().isUndoAvailable()
    assert not page.editor.title.isUndoAvailable()
    assert page.filters.search.text() == ""
    assert page.model.rowCount() == 0


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_a_lock_saves_what_was_being_typed(
    unlocked: Unlock, session: Session, qtbot: QtBot, data_dir: Path
) -> None:
    main = unlocked()
    wait_active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    main.journal_page.editor.autosave_timer.setInterval(3_600_000)  # only the lock saves
    body = editor_body(main)
    body.setFocus()
    qtbot.keyClicks(body, "typed just before the lock")
    assert open_journal(session).count() == 0
    session.lock()
    reopened = Journal(Vault.unlock(data_dir, PASSPHRASE))
    try:
        assert [e.body for e in reopened.entries()] == ["typed just before the lock"]
    finally:
        reopened.close()


def test_text_the_app_copies_itself_is_known_as_its_own_and_cleared_on_lock(
    unlocked: Unlock, session: Session
) -> None:
    unlocked()
    clipboard = QtGui.QGuiApplication.clipboard()
    session.clipboard.copy("a recovery code to keep safe")  # as the Copy buttons do
    assert clipboard.text() == "a recovery code to keep safe"
    assert session.clipboard.holds_ours()
    session.lock()
    assert clipboard.text() == ""
    assert not session.clipboard.holds_ours()


def test_a_stopped_idle_watcher_no_longer_watches_input(
    qtbot: QtBot, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a lock nothing of the app keeps listening to every key and click."""
    field = QtWidgets.QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher(clock, minutes=5)
    touched: list[bool] = []
    monkeypatch.setattr(watcher, "touch", lambda: touched.append(True))
    watcher.start()
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert touched
    watcher.stop()
    touched.clear()
    qtbot.keyClick(field, Qt.Key.Key_B)
    assert touched == []
    assert not watcher.timer.isActive()


# -- the idle watcher and the clipboard guard on their own ------------------------------


def test_the_idle_watcher_belongs_to_its_parent_and_checks_on_its_named_timer(
    qtbot: QtBot, clock: ManualClock
) -> None:
    owner = QtCore.QObject()
    watcher = IdleWatcher(clock, minutes=5, parent=owner)
    assert watcher.parent() is owner
    assert watcher.findChild(QtCore.QTimer, "idle_timer") is watcher.timer
    assert watcher.timer.interval() == CHECK_INTERVAL_MS


def test_the_idle_timer_itself_notices_the_minutes_have_passed(
    qtbot: QtBot, clock: ManualClock
) -> None:
    watcher = IdleWatcher(clock, minutes=5, interval_ms=10)
    watcher.start()
    clock.advance(minutes=5)
    with qtbot.waitSignal(watcher.idle, timeout=5000):
        pass  # no call to check(): the timer makes it
    assert not watcher.timer.isActive()
    watcher.stop()


def test_changed_idle_minutes_apply_at_once(qtbot: QtBot, clock: ManualClock) -> None:
    watcher = IdleWatcher(clock, minutes=5)
    watcher.start()
    watcher.set_minutes(1)
    clock.advance(minutes=1)
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        watcher.check()
    watcher.stop()


def test_only_input_counts_as_someone_there_and_the_input_still_arrives(
    qtbot: QtBot, clock: ManualClock
) -> None:
    field = QtWidgets.QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher(clock, minutes=5)
    watcher.start()
    clock.advance(minutes=4)
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert field.text() == "a"  # the watcher looks, it never swallows
    clock.advance(minutes=4, seconds=59)
    QtCore.QCoreApplication.sendEvent(QtCore.QObject(), QtCore.QEvent(QtCore.QEvent.Type.User))
    clock.advance(seconds=1)
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        watcher.check()  # five minutes after the key; the other event did not count
    watcher.stop()


def test_the_clipboard_guard_tells_its_own_text_from_text_copied_elsewhere(
    qtbot: QtBot,
) -> None:
    owner = QtCore.QObject()
    guard = ClipboardGuard(owner)
    assert guard.parent() is owner
    clipboard = QtGui.QGuiApplication.clipboard()
    # Copied elsewhere: none of our fields has the focus. Another test's window left with
    # the focus (a check-in's box, once, in a quick run) would make the text ours.
    focused = QtWidgets.QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    assert QtWidgets.QApplication.focusWidget() is None
    clipboard.setText("a shopping list from another app")
    assert not guard.holds_ours()
    guard.copy("a recovery code to keep safe")
    assert guard.holds_ours()


def test_the_clipboard_guard_remembers_text_copied_from_a_focused_field(qtbot: QtBot) -> None:
    field = QtWidgets.QLineEdit()
    qtbot.addWidget(field)
    guard = ClipboardGuard()
    field.show()
    wait_active(qtbot, field)
    field.setFocus()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is field)
    QtGui.QGuiApplication.clipboard().setText("what I could not say out loud")
    assert guard.holds_ours()
    guard.clear_if_ours()
    assert QtGui.QGuiApplication.clipboard().text() == ""


def test_the_clipboard_guard_remembers_only_the_last_64_texts(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    clipboard = QtGui.QGuiApplication.clipboard()
    guard.copy("the first text")
    for number in range(64):
        guard.copy(f"text {number}")
    clipboard.setText("text 0")
    assert guard.holds_ours()
    clipboard.setText("the first text")
    assert not guard.holds_ours()  # forgotten: its memory is bounded


class _SelectionClipboard:
    """A clipboard with an X11 selection, which the offscreen platform does not have."""

    def __init__(self, owns_selection: bool) -> None:
        self.owns_selection = owns_selection
        self.cleared: list[object] = []
        self.dataChanged = self

    def connect(self, _slot: object) -> None:
        pass

    def text(self) -> str:
        return "text from another app"

    def ownsClipboard(self) -> bool:
        return False

    def supportsSelection(self) -> bool:
        return True

    def ownsSelection(self) -> bool:
        return self.owns_selection

    def clear(self, mode: object) -> None:
        self.cleared.append(mode)


@pytest.mark.parametrize("owns_selection", [True, False])
def test_the_selection_is_cleared_only_when_the_app_owns_it(
    monkeypatch: pytest.MonkeyPatch, owns_selection: bool
) -> None:
    fake = _SelectionClipboard(owns_selection)
    monkeypatch.setattr(ClipboardGuard, "_clipboard", staticmethod(lambda: fake))
    ClipboardGuard().clear_if_ours()
    expected = [QtGui.QClipboard.Mode.Selection] if owns_selection else []
    assert fake.cleared == expected
