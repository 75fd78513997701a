"""An export is made on a helper's thread (re-encoding a couple of hundred pictures took
seconds, with the window frozen): the dialog says it is writing and takes only Cancel
meanwhile; Cancel then writes nothing; a failure is one sentence; a lock while it is made
does not wait for it, and nothing is written."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from test_export_dialog import dialog

from trustjournal.core.errors import TrustJournalError
from trustjournal.core.exchange.export import FilesBeside
from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.ui.exchange import export_writing
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.exchange.export_page import ExportPage
from trustjournal.ui.exchange.export_writing import ExportJob, ExportWriter
from trustjournal.ui.qt import Qt, QtCore
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.widgets import background

Made = tuple[bytes, FilesBeside | None]


class HeldMaking:
    """The export's making, held on the helper's thread until the test lets it go; it
    notes the thread it ran on, and whether the GUI thread's timer ticked meanwhile."""

    WAIT = 20.0  # seconds: at most, on a loaded machine

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fails: bool = False) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.ticked = threading.Event()
        self.threads: list[threading.Thread] = []
        self.answered_meanwhile: bool | None = None
        self.done = threading.Event()  # the making is over (made, or failed)
        self.fails = fails
        self.timer: QtCore.QTimer | None = None  # the GUI thread's, kept while the test runs
        self._made = export_writing.made
        monkeypatch.setattr(export_writing, "made", self.made)

    def made(self, job: ExportJob) -> Made:
        self.threads.append(threading.current_thread())
        self.ticked.clear()
        self.started.set()
        self.answered_meanwhile = self.ticked.wait(self.WAIT)
        self.release.wait(self.WAIT)
        try:
            if self.fails:
                raise TrustJournalError("The export could not be made: try again.")
            return self._made(job)
        finally:
            self.done.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldMaking]:
    making = HeldMaking(monkeypatch)
    making.timer = QtCore.QTimer()
    making.timer.setInterval(5)
    making.timer.timeout.connect(making.ticked.set)  # ticks only while the GUI thread is free
    making.timer.start()
    yield making
    making.release.set()  # a test that failed half way leaves no thread waiting
    making.ticked.set()
    export_writing.making_pool().waitForDone()
    making.timer.stop()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the export is saved: empty until it is."""
    exports = tmp_path / "exports"
    exports.mkdir()
    return exports


def saving_to(qtbot: QtBot, journal: Journal, folder: Path) -> ExportDialog:
    shown = dialog(qtbot, journal)
    shown.format.setCurrentIndex(shown.format.findData("pdf"))
    shown.ask_path = lambda suggested: str(folder / suggested)
    return shown


def started(qtbot: QtBot, held: HeldMaking, shown: ExportDialog) -> None:
    qtbot.mouseClick(shown.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(held.started.is_set)


def test_the_window_answers_while_the_export_is_made_on_the_helper(
    qtbot: QtBot, journal: Journal, folder: Path, held: HeldMaking
) -> None:
    shown = saving_to(qtbot, journal, folder)
    started(qtbot, held, shown)
    assert held.threads == [held.threads[0]] and held.threads[0] is not threading.main_thread()
    note = shown.writing_note
    assert note.isVisibleTo(shown) and note.text() == "Writing the export…"
    assert not shown.save_button.isEnabled() and not shown.print_button.isEnabled()
    assert shown.cancel_button.isEnabled()
    assert list(folder.iterdir()) == []
    with qtbot.waitSignal(shown.exported, timeout=30_000) as written:
        held.release.set()
    assert held.answered_meanwhile, "the window's timer never ticked while the export was made"
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")
    assert not note.isVisibleTo(shown) and shown.save_button.isEnabled()


def test_cancel_while_the_export_is_made_writes_nothing(
    qtbot: QtBot, journal: Journal, folder: Path, held: HeldMaking
) -> None:
    shown = saving_to(qtbot, journal, folder)
    exported: list[str] = []
    shown.exported.connect(exported.append)
    started(qtbot, held, shown)
    qtbot.mouseClick(shown.cancel_button, Qt.MouseButton.LeftButton)
    assert shown.result() == 0
    held.release.set()
    qtbot.waitUntil(lambda: not background.busy(), timeout=30_000)  # its answer, let go
    assert exported == [] and list(folder.iterdir()) == []


def test_a_failure_while_it_is_made_is_one_sentence_and_writes_nothing(
    qtbot: QtBot, journal: Journal, folder: Path, held: HeldMaking
) -> None:
    held.fails = True
    shown = saving_to(qtbot, journal, folder)
    started(qtbot, held, shown)
    held.release.set()
    qtbot.waitUntil(lambda: shown.message.isVisibleTo(shown), timeout=30_000)
    assert shown.message.text() == "The export could not be made: try again."
    assert not shown.writing_note.isVisibleTo(shown) and shown.save_button.isEnabled()
    assert list(folder.iterdir()) == []


def test_a_lock_while_it_is_made_does_not_wait_for_it_and_writes_nothing(
    unlocked: Callable[[], MainWindow],
    session: Session,
    folder: Path,
    held: HeldMaking,
    qtbot: QtBot,
) -> None:
    main = unlocked()
    main.show_place("export")
    page = main.pages["export"]
    assert isinstance(page, ExportPage)
    shown = page.open_dialog()
    assert shown is not None
    shown.format.setCurrentIndex(shown.format.findData("pdf"))
    shown.ask_path = lambda suggested: str(folder / suggested)
    started(qtbot, held, shown)
    session.lock()  # while the export is still held half made
    assert isinstance(session.window, LockScreen)
    assert not held.done.is_set()  # the lock came without waiting for the making
    held.release.set()
    qtbot.waitUntil(lambda: not background.busy(), timeout=30_000)  # its answer, let go
    assert list(folder.iterdir()) == []


ENGLISH_TITLE, GERMAN_TITLE = "Journal notes for therapy", "Tagebuch-Notizen für die Therapie"


@pytest.mark.parametrize(
    ("asked", "title", "not_title"),
    [("en", ENGLISH_TITLE, GERMAN_TITLE), ("", GERMAN_TITLE, ENGLISH_TITLE)],
)
def test_the_export_is_made_in_its_language_on_the_helper(
    qtbot: QtBot, journal: Journal, tmp_path: Path, asked: str, title: str, not_title: str
) -> None:
    """The export's language is set on the helper's thread for the making (a language set
    only on the GUI thread would not reach it); "the app's own" is the app's there too."""
    speaking.choose("de", {})  # the app speaks German
    shown = dialog(qtbot, journal)
    shown.language.setCurrentIndex(shown.language.findData(asked))
    shown.format.setCurrentIndex(shown.format.findData("md"))
    shown.ask_path = lambda suggested: str(tmp_path / suggested)
    with qtbot.waitSignal(shown.exported, timeout=30_000) as written:
        shown.save()
    text = Path(written.args[0]).read_text(encoding="utf-8")
    assert title in text and not_title not in text


def test_an_answer_is_written_only_for_the_export_that_asked(
    qtbot: QtBot, journal: Journal, folder: Path, held: HeldMaking
) -> None:
    """One cancelled and another started before the first's answer came: the first's
    bytes never go to the second's file."""
    shown = dialog(qtbot, journal)
    document = shown.document()
    writer = ExportWriter(journal)
    first = ExportJob(document, "pdf", folder / "first.pdf", "a4", None, "")
    second = ExportJob(document, "md", folder / "second.md", "a4", None, "")
    writer.start(first)
    qtbot.waitUntil(held.started.is_set)
    writer.cancel()
    writer.start(second)
    with qtbot.waitSignal(writer.written, timeout=30_000) as written:
        held.release.set()
    assert written.args == [str(folder / "second.md")]
    assert (folder / "second.md").read_text(encoding="utf-8").startswith("<!-- journal-export")
    assert not (folder / "first.pdf").exists()


def test_quitting_waits_for_an_export_still_being_made(
    qtbot: QtBot, journal: Journal, folder: Path, held: HeldMaking
) -> None:
    """No thread may run the app's code while Python ends: the app's last step waits."""
    shown = saving_to(qtbot, journal, folder)
    started(qtbot, held, shown)
    shown.reject()  # the windows close first
    letting_go = threading.Timer(0.2, lambda: (held.ticked.set(), held.release.set()))
    letting_go.start()
    export_writing.wait_for_exports()
    assert held.done.is_set()
    letting_go.join()
