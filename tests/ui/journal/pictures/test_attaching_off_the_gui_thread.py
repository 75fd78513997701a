"""A large picture is read, cleaned and stored on the background helper, never on the GUI
thread: while it comes, a frame in the strip says so (and a screen reader hears it), the
text can still be saved, and a lock or a move to another entry neither loses the picture
nor keeps it twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from attach_kit import WAIT_MS, choosing, picture_file, wait_for_thumbnails
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.stores import attachments as attachment_store
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.widgets.background import busy, wait_for_all


@pytest.fixture(autouse=True)
def told_before(journal: Journal) -> None:
    journal.settings.set("said_what_is_removed", True)


class HeldStore:
    """Stores as the vault does, but waits inside the transaction until let go, noting
    the thread each store ran on."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.inside = threading.Event()
        self.go = threading.Event()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldStore]:
    store = HeldStore()
    real = attachment_store.insert_attachment

    def inserting(*args: object, **kwargs: object) -> int:
        store.threads.append(threading.current_thread())
        attachment_id = real(*args, **kwargs)  # type: ignore[arg-type]
        store.inside.set()
        store.go.wait(timeout=WAIT_MS / 1000)
        return attachment_id

    monkeypatch.setattr(attachment_store, "insert_attachment", inserting)
    yield store
    store.go.set()  # never leave a helper waiting
    wait_for_all()


@pytest.fixture
def attaching(
    page: JournalPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, held: HeldStore
) -> int:
    """A new entry with words, stored, and "beach.jpg" on its way in: the entry's id."""
    page.new_entry()
    page.editor.body.setPlainText("By the sea.")
    page.save_pending()
    choosing(monkeypatch, [picture_file(tmp_path, "beach.jpg")])
    page.editor.pictures.attach_button.click()
    entry_id = page.editor.entry_id
    assert entry_id is not None
    return entry_id


def test_the_store_runs_off_the_gui_thread_and_a_frame_says_it_is_coming(
    qtbot: QtBot, page: JournalPage, journal: Journal, attaching: int, held: HeldStore
) -> None:
    entry_id = attaching
    strip = page.editor.pictures
    qtbot.waitUntil(held.inside.is_set, timeout=WAIT_MS)
    assert held.threads and threading.main_thread() not in held.threads
    (frame,) = strip.coming
    assert frame.objectName() == "pictureComing"
    assert frame.accessibleName() == "Attaching \u201cbeach.jpg\u201d\u2026"
    assert frame.isVisible() and strip.isVisible() and not strip.thumbnails
    height = strip.height()
    held.go.set()
    wait_for_thumbnails(qtbot, page, 1)
    assert strip.coming == [] and strip.height() == height  # the picture takes its place
    assert page.editor.status.text() == "1 file attached."
    assert [a.name for a in journal.attachments.of_entry(entry_id)] == ["beach.jpg"]


def test_the_text_saves_while_the_picture_is_stored_and_a_lock_keeps_it_once(
    qtbot: QtBot, page: JournalPage, journal: Journal, attaching: int, held: HeldStore
) -> None:
    """A lock saves the text while the store is still in its transaction: the save waits
    its turn (the store has a connection of its own), then the store ends whole."""
    entry_id = attaching
    qtbot.waitUntil(held.inside.is_set, timeout=WAIT_MS)
    page.editor.body.setPlainText("By the sea, and then home.")
    releasing = threading.Timer(0.3, held.go.set)  # the store ends while the save waits
    releasing.start()
    page.save_pending()  # what a lock does first
    page.clear_for_lock()
    wait_for_all()  # what a lock does next
    releasing.join()
    assert journal.entry(entry_id).body == "By the sea, and then home."
    assert [a.name for a in journal.attachments.of_entry(entry_id)] == ["beach.jpg"]
    qtbot.waitUntil(lambda: not busy(), timeout=WAIT_MS)  # its answer came, and was dropped
    assert page.editor.pictures.thumbnails == [] and page.editor.pictures.coming == []


def test_moving_to_another_entry_keeps_the_picture_with_the_first(
    qtbot: QtBot, page: JournalPage, journal: Journal, attaching: int, held: HeldStore
) -> None:
    first = attaching
    qtbot.waitUntil(held.inside.is_set, timeout=WAIT_MS)
    page.new_entry()
    assert page.editor.pictures.coming == []  # the frame belongs to the first entry
    held.go.set()
    qtbot.waitUntil(lambda: page.editor.status.text() == "1 file attached.", timeout=WAIT_MS)
    assert page.editor.pictures.thumbnails == []
    assert [a.name for a in journal.attachments.of_entry(first)] == ["beach.jpg"]
    page.open_entry(first)
    wait_for_thumbnails(qtbot, page, 1)
