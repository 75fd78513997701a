"""The journal list marks an entry that has pictures or files, and says so to a screen
reader; the mark follows an attach in the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from attach_kit import WAIT_MS, attached_through_dialog, jpeg, picture_file
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry, EntryDraft
from trustjournal.ui.journal import delegate
from trustjournal.ui.journal.entry_model import AttachedRole
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtGui


def _attached(page: JournalPage, entry_id: int) -> object:
    row = page.model.row_of(entry_id)
    assert row is not None
    return page.model.index(row, 0).data(AttachedRole)


def _spoken(page: JournalPage, entry_id: int) -> str:
    row = page.model.row_of(entry_id)
    assert row is not None
    return str(page.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole))


@pytest.fixture
def two_entries(journal: Journal, clock: ManualClock) -> tuple[Entry, Entry]:
    """An entry with two pictures, and one with none."""
    pictured = journal.add_entry(EntryDraft(day=clock.today(), body="sea", mood=4))
    journal.attachments.attach_bytes(pictured.id, jpeg(), "one.jpg")
    journal.attachments.attach_bytes(pictured.id, jpeg((1, 2, 3)), "two.jpg")
    plain = journal.add_entry(EntryDraft(day=clock.today(), body="words only"))
    return pictured, plain


def test_a_row_counts_its_pictures_and_files_and_says_so(
    two_entries: tuple[Entry, Entry], page: JournalPage
) -> None:
    pictured, plain = two_entries
    assert _attached(page, pictured.id) == 2
    assert _attached(page, plain.id) == 0
    assert _spoken(page, pictured.id).endswith(". 2 attachments")
    assert "attachment" not in _spoken(page, plain.id)


def test_a_row_with_pictures_shows_a_mark_at_the_right_of_its_date(
    two_entries: tuple[Entry, Entry], page: JournalPage
) -> None:
    pictured, plain = two_entries
    shot = page.list.viewport().grab().toImage()
    assert _inked(shot, _date_corner(page, pictured.id)) > 0
    assert _inked(shot, _date_corner(page, plain.id)) == 0


def _date_corner(page: JournalPage, entry_id: int) -> QtCore.QRect:
    """The right end of a row's first line, where the mark is drawn."""
    row = page.model.row_of(entry_id)
    assert row is not None
    rect = page.list.visualRect(page.model.index(row, 0))
    line = page.list.fontMetrics().height()
    return QtCore.QRect(rect.right() - 40, rect.top() + 10, 28, line + 4)


def _inked(image: QtGui.QImage, area: QtCore.QRect) -> int:
    """How many pixels in `area` differ from its first one (the row's background)."""
    ratio = image.devicePixelRatio()
    scaled = QtCore.QRect(
        int(area.left() * ratio),
        int(area.top() * ratio),
        int(area.width() * ratio),
        int(area.height() * ratio),
    )
    background = image.pixel(scaled.topLeft())
    return sum(
        image.pixel(x, y) != background
        for x in range(scaled.left(), scaled.right())
        for y in range(scaled.top(), scaled.bottom())
    )


def test_the_mark_follows_an_attach_in_the_editor(
    qtbot: QtBot,
    two_entries: tuple[Entry, Entry],
    page: JournalPage,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _pictured, plain = two_entries
    page.open_entry(plain.id)
    attached_through_dialog(qtbot, page, monkeypatch, [picture_file(tmp_path, "new.jpg")])
    qtbot.waitUntil(lambda: _attached(page, plain.id) == 1, timeout=WAIT_MS)
    assert _spoken(page, plain.id).endswith("1 attachment")


def test_the_mark_is_drawn_once_and_copied_to_every_row_like_it(
    journal: Journal, clock: ManualClock, page: JournalPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawn afresh, the mark cost about 100 µs a row; copied, a few: a whole repaint of
    rows with one picture each draws it at most once (the selected row's colour aside)."""
    for number in range(6):
        entry = journal.add_entry(EntryDraft(day=clock.today(), body=f"day {number}"))
        journal.attachments.attach_bytes(entry.id, jpeg(), f"{number}.jpg")
    page.model.refresh()
    drawn: list[str] = []
    real = delegate._drawn_mark
    monkeypatch.setattr(delegate, "_MARKS", {})
    monkeypatch.setattr(delegate, "_drawn_mark", lambda *a: drawn.append(a[2]) or real(*a))
    first = page.list.viewport().grab().toImage()
    again = page.list.viewport().grab().toImage()
    assert 1 <= len(drawn) <= 2 and set(drawn) == {"1"}
    assert first == again
    entry_id = page.model.id_at(0)
    assert _inked(first, _date_corner(page, entry_id)) > 0
