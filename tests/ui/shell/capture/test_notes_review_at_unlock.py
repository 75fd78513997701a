"""At unlock, "Written while the journal was locked": each waiting note's time and first
line; keep all, keep the chosen, discard the chosen; a file that does not open is named
with its reason. A note sealed in the app while it is unlocked is reviewed at once; one
sealed elsewhere meanwhile waits for the next unlock."""

from __future__ import annotations

import datetime as dt
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from capture_kit import capture_from_lock_screen
from pseudo_kit import english_left, pseudo
from pytestqt.qtbot import QtBot
from testkit import files_containing

from trustjournal.core.journal.sealed_notes import SealedNotes
from trustjournal.core.vault.inbox import inbox
from trustjournal.core.vault.inbox import texts as inbox_texts
from trustjournal.core.vault.inbox.inbox import WaitingNote
from trustjournal.core.vault.inbox.sealing import Note
from trustjournal.core.vault.paths import VaultPaths
from trustjournal.ui.qt import Qt
from trustjournal.ui.shell.capture import review as review_module
from trustjournal.ui.shell.capture import texts as capture_texts
from trustjournal.ui.shell.capture.review import NotesReview
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.widgets import background
from trustjournal.ui.widgets.dates import date_and_time

WRITTEN = dt.datetime(2026, 3, 13, 3, 5, tzinfo=dt.UTC)
LEFT = Qt.MouseButton.LeftButton


def seal(folder: Path, text: str, minutes: int = 0) -> Path:
    moment = WRITTEN + dt.timedelta(minutes=minutes)
    return inbox.capture(folder, Note(text=text, written_at=moment, mood=3, tags=("night",)))


def review_shown(qtbot: QtBot, session: Session) -> NotesReview:
    qtbot.waitUntil(lambda: session.dialogs.review_dialog is not None)
    dialog = session.dialogs.review_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.opening_now)  # the notes open on the helper
    return dialog


def kept(qtbot: QtBot, dialog: NotesReview) -> None:
    """The entries are written on the helper: until the dialog hears they are."""
    qtbot.waitUntil(lambda: not dialog.keeping)


def lines(dialog: NotesReview) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def tick(dialog: NotesReview, row: int) -> None:
    dialog.list.item(row).setCheckState(Qt.CheckState.Checked)


def bodies(session: Session) -> list[str]:
    journal = session.journal
    assert journal is not None
    return sorted(entry.body for entry in journal.entries_by_id(journal.entry_ids()))


def test_the_review_shows_each_note_and_keeps_them_all(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = created_vault
    seal(folder, "Second, later.\nMore of it.", minutes=30)
    seal(folder, "First, at three.")
    heard: list[str] = []  # what the review says to a screen reader
    monkeypatch.setattr(review_module, "announce", lambda _source, said, **_: heard.append(said))
    unlocked()
    dialog = review_shown(qtbot, session)
    assert dialog.windowTitle() == "Written while the journal was locked"
    first = date_and_time(WRITTEN.astimezone())
    assert lines(dialog)[0] == f"{first}: First, at three."
    assert lines(dialog)[1].endswith(": Second, later.")
    assert "2 notes written while the journal was locked are waiting for review." in heard
    qtbot.mouseClick(dialog.keep_all_button, LEFT)
    kept(qtbot, dialog)
    assert bodies(session) == ["First, at three.", "Second, later.\nMore of it."]
    qtbot.waitUntil(lambda: not dialog.removing)  # the files go in the background
    assert inbox.waiting_names(folder) == []
    assert inbox_texts.REMOVAL_LIMIT in dialog.outcome.text()
    assert "Kept 2 notes as entries." in dialog.outcome.text()
    assert not dialog.keep_all_button.isEnabled()


def test_keep_some_and_discard_the_rest(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = created_vault
    seal(folder, "keep this one")
    seal(folder, "not mine, I never wrote this", minutes=5)
    unlocked()
    dialog = review_shown(qtbot, session)
    qtbot.mouseClick(dialog.keep_button, LEFT)  # nothing ticked: said, nothing done
    assert dialog.outcome.text().startswith("Choose at least one note first")
    tick(dialog, 0)
    qtbot.mouseClick(dialog.keep_button, LEFT)
    kept(qtbot, dialog)
    assert bodies(session) == ["keep this one"]
    assert lines(dialog)[0].endswith(": not mine, I never wrote this")
    qtbot.waitUntil(lambda: not dialog.removing)  # one removal at a time
    monkeypatch.setattr(review_module, "confirmed", lambda *_args: True)
    tick(dialog, 0)
    qtbot.mouseClick(dialog.discard_button, LEFT)
    assert "Discarded 1 note." in dialog.outcome.text()
    qtbot.waitUntil(lambda: not dialog.removing)
    assert dialog.list.count() == 0
    assert bodies(session) == ["keep this one"]
    assert inbox.waiting_names(folder) == []


def test_the_files_go_off_the_gui_thread_and_closing_the_review_stops_them(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = created_vault
    seal(folder, "one")
    seal(folder, "two", minutes=1)
    unlocked()
    dialog = review_shown(qtbot, session)
    started, release = threading.Event(), threading.Event()
    removing_on: list[threading.Thread] = []
    remove_files = SealedNotes.remove_files

    def held(notes: Sequence[WaitingNote], stopped: Callable[[], bool]) -> None:
        removing_on.append(threading.current_thread())
        started.set()
        release.wait(30)
        remove_files(notes, stopped)

    monkeypatch.setattr(SealedNotes, "remove_files", staticmethod(held))
    qtbot.mouseClick(dialog.keep_all_button, LEFT)
    qtbot.waitUntil(started.is_set)
    assert bodies(session) == ["one", "two"]  # the entries first, then the files
    assert removing_on and removing_on[0] is not threading.main_thread()
    assert dialog.removing and capture_texts.REMOVING_FILES in dialog.outcome.text()
    assert not dialog.keep_all_button.isEnabled()
    dialog.close()  # as a lock does: the removal stops before its first file
    release.set()
    qtbot.waitUntil(lambda: not background.busy())
    assert len(inbox.waiting_names(folder)) == 2
    journal = session.journal
    assert journal is not None
    assert SealedNotes(journal).open().notes == ()  # kept already: removed, never twice
    assert inbox.waiting_names(folder) == []
    assert bodies(session) == ["one", "two"]


def test_a_note_that_does_not_open_is_named_and_set_aside(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
) -> None:
    folder, _code = created_vault
    seal(folder, "a whole note")
    damaged = seal(folder, "a note someone changed", minutes=1)
    data = bytearray(damaged.read_bytes())
    data[-5] ^= 1
    damaged.write_bytes(bytes(data))
    unlocked()
    dialog = review_shown(qtbot, session)
    assert [line.rsplit(": ", 1)[1] for line in lines(dialog)] == ["a whole note"]
    said = dialog.set_aside.text()
    assert damaged.name in said and inbox_texts.WHY_TAMPERED in said
    assert dialog.set_aside.isVisible()
    assert (VaultPaths(folder).inbox_aside / damaged.name).is_file()


def test_no_review_opens_when_no_note_waits(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
) -> None:
    unlocked()
    assert session.dialogs.review_dialog is None


def test_a_note_sealed_in_the_open_app_is_reviewed_at_once_one_from_elsewhere_waits(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
) -> None:
    folder, _code = created_vault
    unlocked()
    seal(folder, "from the command line")  # nothing watches the folder
    qtbot.wait(50)  # the event loop runs: nothing may open on its own
    assert session.dialogs.review_dialog is None
    window = session.open_capture()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.text, "from the tray, journal open")
    qtbot.mouseClick(window.save_button, LEFT)
    dialog = review_shown(qtbot, session)
    assert sorted(line.rsplit(": ", 1)[1] for line in lines(dialog)) == [
        "from the command line",
        "from the tray, journal open",
    ]


@pytest.mark.slow  # reads every file changed under HOME during the test
def test_a_canary_captured_in_the_app_is_nowhere_on_disk_in_plaintext(
    created_vault: tuple[Path, str],
    session: Session,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The temporary folder is pointed inside this test's own, so anything the app (or Qt)
    wrote there is searched; HOME is searched for files changed since the test began."""
    folder, _code = created_vault
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    canary = "canary-" + secrets.token_hex(8)
    started = time.time()
    window = capture_from_lock_screen(qtbot, session)
    qtbot.keyClicks(window.text, f"at three I wrote {canary}")
    qtbot.mouseClick(window.save_button, LEFT)
    window.close()
    assert inbox.waiting_names(folder) != []
    assert files_containing(canary, [tmp_path]) == []  # the journal folder and temp within
    assert files_containing(canary, [Path.home()], changed_since=started) == []


def test_the_capture_window_and_the_review_leave_no_english_under_pseudo(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
) -> None:
    folder, _code = created_vault
    seal(folder, "my own words stay as written")
    with pseudo():
        window = session.open_capture()
        qtbot.waitExposed(window)
        qtbot.keyClicks(window.text, "a note")
        qtbot.mouseClick(window.save_button, LEFT)
        assert english_left(window) == []
        window.close()
        unlocked()
        dialog = review_shown(qtbot, session)
        assert english_left(dialog) == []


def test_a_changed_capture_key_is_said_at_unlock_once(
    created_vault: tuple[Path, str],
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
) -> None:
    folder, _code = created_vault
    VaultPaths(folder).capture_key.write_bytes(b"")  # something changed it: put right, said
    unlocked()
    dialog = review_shown(qtbot, session)
    assert inbox_texts.KEY_MENDED in dialog.key_mended.text() and dialog.key_mended.isVisible()
    assert dialog.list.count() == 0
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: session.dialogs.review_dialog is None)
    window = session.open_capture()  # a note sealed in the open app: reviewed at once
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.text, "after the mend")
    qtbot.mouseClick(window.save_button, LEFT)
    again = review_shown(qtbot, session)
    assert not again.key_mended.isVisible()  # said once a session
