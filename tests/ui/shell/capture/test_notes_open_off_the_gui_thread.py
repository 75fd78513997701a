"""Many waiting notes never freeze the app (issue 25): the review opens them on the app's
helper while its window answers, says once that it is opening them, and a lock meanwhile
drops the answer (nothing opened, set aside or kept). "Keep all" writes the entries on
the helper in one transaction and publishes one change report on the GUI thread; a lock
while it writes rolls it back whole."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from capture_kit import plant_notes
from pytestqt.qtbot import QtBot

from trustjournal.core.changes import Action, Change, Topic
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.sealed_notes import SealedNotes
from trustjournal.core.vault.inbox import inbox, sealing
from trustjournal.core.vault.inbox.inbox import WaitingNote
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.ui.qt import Qt, QtCore
from trustjournal.ui.shell.capture import review as review_module
from trustjournal.ui.shell.capture import texts as capture_texts
from trustjournal.ui.shell.capture.review import NotesReview
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.widgets import background

NOTES = 300
LEFT = Qt.MouseButton.LeftButton


class HeldOpening:
    """A stand-in for opening one note: the first waits until the GUI thread's timer has
    ticked three times (it cannot while that thread opens the notes itself), then until
    the test lets it go; the rest open as they always do."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ticks: queue.Queue[None] = queue.Queue()
        self.started = threading.Event()
        self.release = threading.Event()
        self.answered_meanwhile: bool | None = None
        self.threads: set[threading.Thread] = set()
        self.opened = 0
        self.timer: QtCore.QTimer | None = None  # the GUI thread's, kept while the test runs
        self._open_sealed = sealing.open_sealed
        monkeypatch.setattr(sealing, "open_sealed", self.open_sealed)

    def tick(self) -> None:
        self.ticks.put(None)

    def let_go(self, _result: int) -> None:
        self.release.set()

    def open_sealed(self, *args: object) -> sealing.Note:
        self.threads.add(threading.current_thread())
        if self.answered_meanwhile is None:
            self.answered_meanwhile = self._ticked_three_times()
            self.started.set()
            if self.answered_meanwhile:  # the old way would wait here for nothing
                self.release.wait(30)
        self.opened += 1
        return self._open_sealed(*args)  # type: ignore[arg-type]

    def _ticked_three_times(self) -> bool:
        while not self.ticks.empty():  # only ticks from now on count
            self.ticks.get_nowait()
        try:
            for _ in range(3):
                self.ticks.get(timeout=5)
        except queue.Empty:
            return False
        return True


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> HeldOpening:
    holding = HeldOpening(monkeypatch)
    holding.timer = QtCore.QTimer()
    holding.timer.setInterval(5)
    holding.timer.timeout.connect(holding.tick)
    holding.timer.start()
    return holding


def review_of(qtbot: QtBot, session: Session) -> NotesReview:
    qtbot.waitUntil(lambda: session.dialogs.review_dialog is not None)
    dialog = session.dialogs.review_dialog
    assert dialog is not None
    return dialog


def opened(qtbot: QtBot, dialog: NotesReview, count: int) -> None:
    qtbot.waitUntil(lambda: dialog.list.count() == count, timeout=30_000)


def test_the_window_answers_while_the_notes_open_on_the_helper(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    held: HeldOpening,
) -> None:
    folder, _code = created_vault
    plant_notes(folder, NOTES)
    heard: list[str] = []
    monkeypatch.setattr(review_module, "announce", lambda _source, said, **_: heard.append(said))
    unlocked()
    dialog = review_of(qtbot, session)
    qtbot.waitUntil(held.started.is_set)
    assert held.answered_meanwhile, "the GUI thread's timer never ticked while notes opened"
    assert threading.main_thread() not in held.threads
    opening_words = capture_texts.opening_notes(NOTES)
    assert dialog.opening.isVisible() and dialog.opening.text() == opening_words
    assert dialog.opening.accessibleName() == opening_words
    assert not dialog.keep_all_button.isEnabled()  # nothing to keep before it is seen
    held.release.set()
    opened(qtbot, dialog, NOTES)
    assert not dialog.opening.isVisible()
    assert dialog.keep_all_button.isEnabled()
    assert heard.count(opening_words) == 1
    assert heard[-1] == capture_texts.notes_waiting(NOTES)


def test_a_lock_while_the_notes_open_opens_and_keeps_nothing(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    held: HeldOpening,
) -> None:
    folder, _code = created_vault
    plant_notes(folder, NOTES)
    # Named to come last: set aside if reached, so its staying says the opening stopped.
    (VaultPaths(folder).inbox / ("f" * 32 + inbox.SUFFIX)).write_bytes(b"not a note")
    unlocked()
    dialog = review_of(qtbot, session)
    qtbot.waitUntil(held.started.is_set)
    dialog.finished.connect(held.let_go)  # the lock closes the review first
    session.lock()
    assert held.opened < NOTES, "the notes were all open before the lock could come"
    qtbot.waitUntil(lambda: not background.busy())  # the helper's answer, dropped
    assert session.dialogs.review_dialog is None
    assert len(inbox.waiting_names(folder)) == NOTES + 1  # nothing opened, nothing set aside
    assert inbox.set_aside_names(VaultPaths(folder)) == []
    unlocked()
    journal = session.journal
    assert journal is not None
    assert journal.entry_ids() == []
    opened(qtbot, review_of(qtbot, session), NOTES)  # all of them wait for this review


def test_keep_all_writes_on_the_helper_and_reports_the_change_once(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = created_vault
    plant_notes(folder, 40)
    unlocked()
    dialog = review_of(qtbot, session)
    opened(qtbot, dialog, 40)
    written_on: list[threading.Thread] = []
    import_entries = Journal.import_entries

    def recorded(journal: Journal, *args: object, **named: object) -> tuple[int, ...]:
        written_on.append(threading.current_thread())
        return import_entries(journal, *args, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "import_entries", recorded)
    journal = session.journal
    assert journal is not None
    reports: list[tuple[threading.Thread, Change]] = []
    journal.changes.subscribe(lambda change: reports.append((threading.current_thread(), change)))
    qtbot.mouseClick(dialog.keep_all_button, LEFT)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert written_on and threading.main_thread() not in written_on
    added = [(thread, change) for thread, change in reports if change.topic is Topic.ENTRIES]
    assert len(added) == 1
    thread, change = added[0]
    assert thread is threading.main_thread() and change.action is Action.ADDED
    assert sorted(change.ids) == sorted(journal.entry_ids()) and len(change.ids) == 40
    assert "Kept 40 notes as entries." in dialog.outcome.text()
    qtbot.waitUntil(lambda: not dialog.removing)
    assert inbox.waiting_names(folder) == []


def test_a_lock_while_keeping_rolls_the_keep_back_whole(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = created_vault
    plant_notes(folder, 40)
    unlocked()
    dialog = review_of(qtbot, session)
    opened(qtbot, dialog, 40)
    started, release = threading.Event(), threading.Event()
    keep_entries = SealedNotes.keep_entries

    def held_keep(
        review: SealedNotes, notes: Sequence[WaitingNote], *rest: object, **named: object
    ) -> object:
        started.set()
        release.wait(10)  # until the lock has closed the review (then at once)
        return keep_entries(review, notes, *rest, **named)  # type: ignore[arg-type]

    def let_go(_result: int) -> None:
        release.set()

    monkeypatch.setattr(SealedNotes, "keep_entries", held_keep)
    qtbot.mouseClick(dialog.keep_all_button, LEFT)
    qtbot.waitUntil(started.is_set)
    assert dialog.list.count() == 40 and not dialog.close_button.isEnabled()
    dialog.finished.connect(let_go)
    session.lock()
    qtbot.waitUntil(lambda: not background.busy())
    assert len(inbox.waiting_names(folder)) == 40
    unlocked()
    journal = session.journal
    assert journal is not None
    assert journal.entry_ids() == []  # rolled back: the notes wait, none kept twice later
    opened(qtbot, review_of(qtbot, session), 40)
