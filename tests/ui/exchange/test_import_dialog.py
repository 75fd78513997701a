"""The Import dialog: preview before writing, progress, cancel writes nothing, new entries
appear in the list, File > Import… (the Journal menu) opens it, locking stops it."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from import_kit import FIXTURES, jrnl_file
from pictures_import_kit import dayone_entry, dayone_zip, gps_jpeg
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE

from trustjournal.core.exchange import importers
from trustjournal.core.exchange.importers.model import ImportOptions
from trustjournal.core.journal.journal import Journal
from trustjournal.core.vault.vault import Vault
from trustjournal.ui.exchange.import_dialog import ImportDialog
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session

CHOOSE, PREVIEW, BUSY, DONE = range(4)
PICTURED = dayone_entry("By the sea.", "A1", photos=[gps_jpeg(30), gps_jpeg(90)])


def click(qtbot: QtBot, dialog: QtWidgets.QWidget, name: str) -> None:
    found = dialog.findChild(QtWidgets.QAbstractButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot: QtBot, journal: Journal) -> Iterator[ImportDialog]:
    shown = ImportDialog(journal)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.stop_for_lock()
    qtbot.waitUntil(lambda: not shown.running)


class HeldReading:
    """The jrnl reader, once `armed`, waits after `HELD_AFTER` entries until `let_go`: an
    import of 3,000 entries ends in a fifth of a second, before a test can press Cancel or
    lock (seen: the import done, where the test waited for it stopped)."""

    HELD_AFTER = 1500

    def __init__(self) -> None:
        self.armed = False
        self.released = threading.Event()
        self.original = importers.FORMATS["jrnl"].read

    def read(self, path: str, options: ImportOptions) -> Iterator[object]:
        for number, item in enumerate(self.original(path, options), start=1):
            if self.armed and number == self.HELD_AFTER:
                self.released.wait(timeout=30)  # never longer than a test may take
            yield item

    def let_go(self) -> None:
        self.released.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReading]:
    holding = HeldReading()
    jrnl = dataclasses.replace(importers.FORMATS["jrnl"], read=holding.read)
    monkeypatch.setitem(importers.FORMATS, "jrnl", jrnl)
    yield holding
    holding.let_go()


def read(qtbot: QtBot, dialog: ImportDialog, path: Path, format_name: str = "auto") -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(format_name))
    dialog.path_field.setText(str(path))
    click(qtbot, dialog, "import_read")


def test_preview_shows_the_summary_and_writes_nothing(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal
) -> None:
    read(qtbot, dialog, FIXTURES / "dayone")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW)
    assert dialog.summary_label.text().splitlines() == [
        "From: Day One export (.zip, folder or .json)",
        "4 entries to import, from 9 March 2024 to 3 November 2024.",
        "• no moods, 3 different tags.",
        # The fixture's folder holds no photos/ or audios/: each file named is listed.
        "• 2 pictures or files cannot come along; their entries are imported without them:",
        "• Entry 1 names \u201cphotos/cc42a8c9c2e1c0f2b2b1f7b5d8f0f3a1\u201d, which is not in "
        "the export; the entry comes without it.",
        "• Entry 3 names \u201caudios/0F1E2D3C4B5A69788796A5B4C3D2E1F0\u201d, which is not in "
        "the export; the entry comes without it.",
    ]
    assert journal.count() == 0
    click(qtbot, dialog, "import_preview_cancel")
    assert not dialog.isVisible() and journal.count() == 0


def test_pictures_are_counted_first_and_said_brought_after(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    (tmp_path / "from").mkdir()
    source = dayone_zip(tmp_path / "from" / "Export.zip", [PICTURED])
    read(qtbot, dialog, source, "dayone")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW)
    assert "• 2 pictures come with them, cleaned of their location on the way in." in (
        dialog.summary_label.text().splitlines()
    )
    with qtbot.waitSignal(dialog.imported):
        click(qtbot, dialog, "import_start")
    said = dialog.done_label.text()
    assert "2 pictures or files came along, kept encrypted with their entries." in said
    (entry,) = journal.entries(limit=5)
    assert len(journal.attachments.of_entry(entry.id)) == 2


def test_import_writes_and_says_the_source_can_be_deleted(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal
) -> None:
    read(qtbot, dialog, FIXTURES / "jrnl" / "journal.txt", "jrnl")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW)
    with qtbot.waitSignal(dialog.imported) as done:
        click(qtbot, dialog, "import_start")
    assert done.args == [5]
    assert dialog.steps.currentIndex() == DONE
    assert journal.count() == 5
    said = dialog.done_label.text()
    assert "Imported 5 entries" in said and "you may want to delete it" in said


def test_bad_input_is_one_sentence_on_the_first_step(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"[2024-01-01 10:00] caf\xe9\n")
    read(qtbot, dialog, path, "jrnl")
    message = dialog.choose_message
    qtbot.waitUntil(lambda: message.isVisible() and bool(message.text()))
    assert message.text().startswith("Line 1 of the jrnl journal latin1.txt is not UTF-8 text.")
    assert dialog.steps.currentIndex() == CHOOSE and journal.count() == 0


def test_nothing_chosen_asks_for_a_file(qtbot: QtBot, dialog: ImportDialog) -> None:
    click(qtbot, dialog, "import_read")
    assert dialog.choose_message.text() == "Choose the file or folder to import first."


def test_progress_moves_and_cancel_writes_nothing(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path, held: HeldReading
) -> None:
    read(qtbot, dialog, jrnl_file(tmp_path, 3000), "jrnl")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW, timeout=20_000)
    held.armed = True
    click(qtbot, dialog, "import_start")
    assert dialog.steps.currentIndex() == BUSY
    assert dialog.progress.maximum() == 3000
    qtbot.waitUntil(lambda: dialog.progress.value() >= 100, timeout=20_000)  # responsive
    assert dialog.count_label.text().endswith("of 3,000 added so far")
    click(qtbot, dialog, "import_cancel")
    held.let_go()
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == CHOOSE, timeout=20_000)
    assert dialog.choose_message.text().startswith("The import was stopped. Nothing was imported")
    assert journal.count() == 0


def test_file_import_opens_it_and_new_entries_appear_in_the_list(
    unlocked: Callable[[], MainWindow], session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    journal_page = main.pages["journal"]
    main.show_place("journal")
    assert journal_page.model.rowCount() == 0  # type: ignore[attr-defined]
    journal_menu = main.menuBar().findChild(QtWidgets.QMenu, "menu_journal")
    assert main.actions_by_name["import_action"] in journal_menu.actions()
    main.actions_by_name["import_action"].trigger()
    dialog = main.import_dialog
    assert dialog is not None and dialog.isVisible()
    read(qtbot, dialog, FIXTURES / "daylio" / "daylio_export.csv")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW)
    click(qtbot, dialog, "import_start")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == DONE)
    qtbot.waitUntil(lambda: journal_page.model.rowCount() == 5)  # type: ignore[attr-defined]
    click(qtbot, dialog, "import_finish")


def test_locking_while_importing_writes_nothing_and_closes_the_dialog(
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    tmp_path: Path,
    held: HeldReading,
) -> None:
    main = unlocked()
    journal = session.journal
    assert journal is not None
    main.actions_by_name["import_action"].trigger()
    dialog = main.import_dialog
    assert dialog is not None
    read(qtbot, dialog, jrnl_file(tmp_path, 3000), "jrnl")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW, timeout=20_000)
    held.armed = True
    click(qtbot, dialog, "import_start")
    qtbot.waitUntil(lambda: dialog.progress.value() >= 100, timeout=20_000)
    threading.Timer(0.5, held.let_go).start()  # the lock waits for the import to stop
    session.lock()
    assert not dialog.isVisible() and main.import_dialog is None
    assert not journal.vault.is_open
    reopened = Vault.unlock(journal.vault.paths.folder, PASSPHRASE)
    try:
        assert Journal(reopened).count() == 0
    finally:
        reopened.close()


def test_a_day_for_undated_files_is_asked_for(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    (tmp_path / "thoughts.md").write_text("No date anywhere.")
    dialog.undated_field.setText("2020-02-31")
    read(qtbot, dialog, tmp_path, "markdown")
    assert dialog.choose_message.text() == "'2020-02-31' is not a day; write it as YYYY-MM-DD."
    dialog.undated_field.setText("2020-02-02")
    click(qtbot, dialog, "import_read")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW)
    assert "all on 2 February 2020" in dialog.summary_label.text()


def test_entries_that_could_not_be_read_are_listed_and_nothing_can_be_imported(
    qtbot: QtBot, dialog: ImportDialog, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "journal.txt"
    good = "[2024-01-01 10:00] Fine\nwords\n\n"
    far = "".join(f"[25{i:02d}-01-02 10:00] Far\n\n" for i in range(10))
    path.write_text(good + far)
    read(qtbot, dialog, path, "jrnl")
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == PREVIEW)
    lines = dialog.summary_label.text().splitlines()
    assert lines[3].startswith("• 10 entries could not be read; nothing can be imported")
    assert lines[4].startswith("• Entry 2 (line 4) is dated 2500-01-02, outside the years")
    assert len(lines) == 4 + 8 + 1 and lines[-1] == "• …and 2 more."
    start = dialog.findChild(QtWidgets.QPushButton, "import_start")
    assert start is not None and not start.isEnabled()
    assert journal.count() == 0


DAYLIO_OWN = (
    "full_date,date,weekday,time,mood,activities,note_title,note\n"
    '2021-09-28,28 September,Tuesday,10:00 pm,sad,"","",""\n'
    '2021-09-27,27 September,Monday,9:00 pm,blorp,"","",""\n'
    '2021-09-26,26 September,Sunday,9:00 pm,good,"","",""\n'
)


def test_own_daylio_moods_are_asked_once_and_remembered(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(DAYLIO_OWN)
    first = ImportDialog(journal)
    qtbot.addWidget(first)
    first.show()
    read(qtbot, first, path, "daylio")
    qtbot.waitUntil(lambda: first.steps.currentIndex() == PREVIEW)
    assert first.moods_box.isVisible()
    sad = first.findChild(QtWidgets.QSpinBox, "import_mood_0")
    blorp = first.findChild(QtWidgets.QSpinBox, "import_mood_1")
    assert sad is not None and blorp is not None
    assert (sad.value(), blorp.value()) == (2, 3)  # the guesses
    blorp.setValue(5)
    with qtbot.waitSignal(first.imported):
        click(qtbot, first, "import_start")
    assert sorted(e.mood or 0 for e in journal.entries()) == [2, 4, 5]
    assert journal.settings.get("daylio_moods") == ["blorp=5", "sad=2"]
    # A later export with the same moods is not asked about again.
    later = tmp_path / "later.csv"
    later.write_text(DAYLIO_OWN.replace("2021-09", "2022-09"))
    second = ImportDialog(journal)
    qtbot.addWidget(second)
    second.show()
    read(qtbot, second, later, "daylio")
    qtbot.waitUntil(lambda: second.steps.currentIndex() == PREVIEW)
    assert not second.moods_box.isVisible()
    with qtbot.waitSignal(second.imported):
        click(qtbot, second, "import_start")
    assert sorted(e.mood or 0 for e in journal.entries()) == [2, 2, 4, 4, 5, 5]
