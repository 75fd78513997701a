"""On a wide screen the reading pages keep lines short enough to follow back to their start
(issue 23, looked at by hand at 1920x1080): Today's and When it's hard's cards stretched
to the window's width, and their wrapped words ran to 115 characters a line. Their page now
stays as wide as two columns of about 80 characters a line, in the middle of the window,
at any text size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.today.page import TodayPage
from trustjournal.ui.widgets.controls import Card
from trustjournal.ui.widgets.page import Page

WIDE_PAGE = (1713, 1000)  # the page's part of a 1920x1080 window, beside the sidebar
MOST_CHARS = 85  # a wrapped line a little longer than the usual 80 is still easy to read

PAGES: dict[str, Callable[[Journal, ManualClock], Page]] = {
    "today": lambda journal, clock: TodayPage(journal, clock=clock),
    "hard_days": lambda journal, clock: HardDaysPage(journal, clock=clock),
}


def in_a_card(widget: QtWidgets.QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, Card):
        parent = parent.parentWidget()
    return parent is not None


def longest_line(page: QtWidgets.QWidget) -> tuple[float, str]:
    """The widest wrapped label showing in a card of `page` (where the paragraphs are; a
    page's one-line introduction above them may be longer), in average characters."""
    widest = (0.0, "")
    for label in page.findChildren(QtWidgets.QLabel):
        if label.isVisibleTo(page) and label.wordWrap() and in_a_card(label):
            chars = label.contentsRect().width() / label.fontMetrics().averageCharWidth()
            widest = max(widest, (chars, label.objectName() or label.text()[:40]))
    return widest


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("text_size", [DEFAULT_TEXT_SIZE, 2 * DEFAULT_TEXT_SIZE])
def test_wrapped_words_keep_a_readable_measure_on_a_wide_screen(
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    journal: Journal,
    clock: ManualClock,
    name: str,
    text_size: int,
) -> None:
    apply_theme(qapp, "light", text_size)
    try:
        with page_shown(qtbot, PAGES[name](journal, clock), *WIDE_PAGE) as page:
            chars, which = longest_line(page)
            assert chars <= MOST_CHARS, f"{which!r} is {chars:.0f} characters wide"
            scroll = page.findChild(QtWidgets.QScrollArea)
            content, room = scroll.widget(), scroll.viewport()
            left = content.mapTo(room, content.rect().topLeft()).x()
            right = room.width() - left - content.width()
            assert abs(left - right) <= 1, "in the middle, not in a corner"
    finally:
        apply_theme(qapp, "light", DEFAULT_TEXT_SIZE)
