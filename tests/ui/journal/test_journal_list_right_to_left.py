"""The journal's list, right to left, is the mirror of itself (issue 22, looked at by hand in
pseudo-rtl): the mood badge at the row's right, the date beside it, and the mark for
pictures and files at the date line's far end, never over the date. Before, the badge
stayed on the left and the mark was drawn at the row's right end, over the date that Qt
aligns right there."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import Entry, EntryDraft
from trustjournal.ui.journal.delegate import EntryDelegate
from trustjournal.ui.journal.entry_model import AttachedRole, EntryRole
from trustjournal.ui.journal.mood_style import mood_colour
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets

ROW = QtCore.QRect(0, 0, 320, 90)


@pytest.fixture
def entry(journal: Journal, clock: ManualClock) -> Entry:
    return journal.add_entry(EntryDraft(day=clock.today(), title="By the sea", body="", mood=4))


@pytest.fixture
def list_view(qtbot: QtBot) -> Iterator[QtWidgets.QListView]:
    view = QtWidgets.QListView()
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.setItemDelegate(EntryDelegate(view))
    view.resize(ROW.width() + 40, 200)
    yield view


def painted_row(view: QtWidgets.QListView, entry: Entry, attached: int) -> QtGui.QImage:
    """The row as the delegate paints it in `view`, on a white picture."""
    model = QtGui.QStandardItemModel(view)
    item = QtGui.QStandardItem()
    item.setData(entry, EntryRole)
    item.setData(attached, AttachedRole)
    model.appendRow(item)
    option = QtWidgets.QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = ROW
    option.direction = view.layoutDirection()
    image = QtGui.QImage(ROW.size(), QtGui.QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QtGui.QPainter(image)
    painter.setLayoutDirection(view.layoutDirection())
    view.itemDelegate().paint(painter, option, model.index(0, 0))
    painter.end()
    return image


def inked(
    image: QtGui.QImage, band: range, differs: QtGui.QImage | None = None, but: range = range(0)
) -> QtCore.QRect:
    """Where `image` is not white (or, given `differs`, not as in that picture) in the rows
    of `band`, leaving out the columns `but`."""
    found = QtCore.QRect()
    for y in band:
        for x in range(image.width()):
            other = differs.pixel(x, y) if differs is not None else 0xFFFFFFFF
            if x not in but and image.pixel(x, y) != other:
                found = found.united(QtCore.QRect(x, y, 1, 1))
    return found


def badge_columns(image: QtGui.QImage) -> range:
    badge = mood_colour(4).rgb()
    xs = [
        x for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == badge
    ]
    assert xs, "the badge is painted"
    return range(min(xs) - 2, max(xs) + 3)


def test_the_mood_badge_stands_at_the_right_of_a_right_to_left_row(
    list_view: QtWidgets.QListView, entry: Entry
) -> None:
    badge = badge_columns(painted_row(list_view, entry, 0))
    assert badge.start > ROW.width() * 2 // 3, f"the badge is at {badge}, not on the right"


def test_the_pictures_mark_is_not_drawn_over_the_date(
    list_view: QtWidgets.QListView, entry: Entry
) -> None:
    plain = painted_row(list_view, entry, 0)
    marked = painted_row(list_view, entry, 2)
    first_line = range(0, list_view.fontMetrics().height() + 14)
    date = inked(plain, first_line, but=badge_columns(plain))
    mark = inked(marked, range(plain.height()), differs=plain)
    assert not date.isEmpty() and not mark.isEmpty()
    assert mark.right() < date.left(), f"the mark {mark} is not at the far end of the date {date}"


def test_a_long_left_to_right_title_ends_in_its_dots_right_to_left(
    list_view: QtWidgets.QListView, journal: Journal, clock: ManualClock
) -> None:
    """A left-to-right title still reads left to right, aligned right beside the badge: its
    start, a letter, at its left end and its "…" at its right end. Before, the "…" took the
    window's direction and stood at the left, a few dots on three pixel rows."""
    long_title = "A song in the car brought everything back, and I wrote instead of hiding"
    entry = journal.add_entry(EntryDraft(day=clock.today(), title=long_title, body="", mood=4))
    image = painted_row(list_view, entry, 0)
    line = list_view.fontMetrics().height()
    title_band = range(12 + line + 3, 12 + 2 * line + 3)
    title = inked(image, title_band, but=badge_columns(image))
    rows_at_its_left = {
        y
        for y in title_band
        for x in range(title.left(), title.left() + 3)
        if image.pixel(x, y) != 0xFFFFFFFF
    }
    assert len(rows_at_its_left) > 4, "the title's left end shows its dots, not its first letter"
