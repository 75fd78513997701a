"""How the guided check-in looks (issue 21, item 8): the step label on one line, the whole
summary with its note in view, and a slider that looks like a slider before it is answered."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from slider_kit import differing, handle_area, picture_of, pixels
from test_checkin_dialog import answer, open_dialog, press

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import DIMENSIONS
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme
from trustjournal.ui.trust.checkin_dialog import CheckinDialog

LARGEST_TEXT = 24  # the largest text size Settings offers
NOTE = (
    "A steadier week.\nThe walk on Sunday helped.\nWe laughed at dinner, the first time in a while."
)


@pytest.mark.parametrize("text_size", [DEFAULT_TEXT_SIZE, LARGEST_TEXT])
def test_the_step_label_stays_on_one_line(
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    journal: Journal,
    clock: ManualClock,
    text_size: int,
) -> None:
    apply_theme(qapp, "light", text_size)
    dialog = open_dialog(qtbot, journal, clock)
    dialog.go_to(dialog.steps.count() - 1)  # "Step 11 of 11", the longest
    progress = dialog.progress
    qtbot.waitUntil(lambda: progress.text() == f"Step {dialog.steps.count()} of 11")
    one_line = progress.fontMetrics().lineSpacing()
    assert progress.height() < 2 * one_line, (progress.height(), one_line)
    assert progress.fontMetrics().horizontalAdvance(progress.text()) <= progress.width()
    if progress.wordWrap():
        assert progress.heightForWidth(progress.width()) < 2 * one_line


def test_the_summary_shows_the_whole_note_without_a_scroll_bar(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal, clock: ManualClock
) -> None:
    apply_theme(qapp, "light")  # the app's own paddings and sizes
    dialog = open_dialog(qtbot, journal, clock)
    answer(qtbot, dialog, {})  # every dimension: the longest summary
    press(qtbot, dialog, "checkinSkip")  # needs
    dialog.note.setPlainText(NOTE)
    press(qtbot, dialog, "checkinNext")
    assert dialog.step_name() == "checkinStepSummary"
    area = dialog.findChild(QtWidgets.QScrollArea, "checkinSummaryScroll")
    summary = dialog.summary
    assert NOTE.splitlines()[-1] in summary.text()
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())  # the layout settles
    shown = area.viewport().rect()
    assert summary.geometry().bottom() <= shown.bottom() + 1, (summary.geometry(), shown)


def test_an_unset_slider_draws_a_handle_unlike_a_set_one(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal, clock: ManualClock
) -> None:
    apply_theme(qapp, "light")
    dialog = open_dialog(qtbot, journal, clock)
    slider = dialog.sliders[DIMENSIONS[0]]
    qtbot.waitUntil(lambda: slider.width() > 200)
    handle = handle_area(slider)
    unset = picture_of(slider)
    # The same stretch of groove, away from the handle: what the handle would show without one.
    elsewhere = handle.translated(-slider.width() // 3, 0)
    assert differing(pixels(unset, handle), pixels(unset, elsewhere)) > 0.2
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Left)  # answered, at the value it started at
    assert DIMENSIONS[0] in dialog.touched and handle_area(slider) == handle
    answered = picture_of(slider)
    assert differing(pixels(unset, handle), pixels(answered, handle)) > 0.2


def test_an_unset_slider_tells_a_screen_reader_it_is_not_answered(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    dialog: CheckinDialog = open_dialog(qtbot, journal, clock)
    slider = dialog.sliders[DIMENSIONS[0]]
    assert "not answered" in slider.accessibleDescription().lower()
    slider.setValue(7)
    # Answered, it says its value and meaning instead (issue 23).
    assert slider.accessibleDescription() == "Feeling safe and secure: 7 of 10"
