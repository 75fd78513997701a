"""One person's private answers in a check-in together: skippable, and emptied for the next."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from slider_kit import differing, handle_area, picture_of, pixels
from test_trust_pages_access import CONTROLS, built_by_qt

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.together import TOGETHER_DIMENSIONS, TogetherAnswers
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.score_slider import MIDDLE
from trustjournal.ui.trust.together.answers import AnswersForm
from trustjournal.ui.trust.together.flow import TogetherWindow
from trustjournal.ui.trust.together.results import SideBySide
from trustjournal.ui.trust.together.start import OwnerCheckDialog
from trustjournal.ui.widgets.throttle import UnlockThrottle


def test_together_answers_start_skipped_and_touching_a_slider_answers(qtbot: QtBot) -> None:
    form = AnswersForm()
    qtbot.addWidget(form)
    form.show()
    assert form.answers() == TogetherAnswers()
    row = form.scores["safety"]
    # Pressing the handle where it starts answers the middle value, without moving it.
    qtbot.mousePress(row.slider, QtCore.Qt.MouseButton.LeftButton, pos=row.slider.rect().center())
    qtbot.mouseRelease(row.slider, QtCore.Qt.MouseButton.LeftButton, pos=row.slider.rect().center())
    assert form.answers().scores == {"safety": MIDDLE}
    row.slider.setFocus()
    qtbot.keyClick(row.slider, QtCore.Qt.Key.Key_Right)
    assert form.answers().scores == {"safety": MIDDLE + 1}
    qtbot.mouseClick(row.skip, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(8, 8))
    assert form.answers().scores == {}
    assert row.value.text() == "skipped"


def test_together_a_skipped_slider_looks_skipped_and_says_so(
    qtbot: QtBot, qapp: QtWidgets.QApplication
) -> None:
    """Issue 21, item 9: a slider looked the same skipped as answered."""
    apply_theme(qapp, "light")
    form = AnswersForm()
    qtbot.addWidget(form)
    form.resize(700, 500)
    form.show()
    qtbot.waitExposed(form)
    row = form.scores["safety"]
    handle = handle_area(row.slider)
    skipped = picture_of(row.slider)
    assert "skipped" in row.slider.accessibleDescription().lower()
    qtbot.mouseClick(row.skip, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(8, 8))
    assert form.answers().scores == {"safety": MIDDLE}  # the same place, now an answer
    answered = picture_of(row.slider)
    assert handle_area(row.slider) == handle
    assert differing(pixels(skipped, handle), pixels(answered, handle)) > 0.2
    assert "skipped" not in row.slider.accessibleDescription().lower()
    qtbot.mouseClick(row.skip, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(8, 8))
    assert pixels(picture_of(row.slider), handle) == pixels(skipped, handle)


def test_together_a_click_on_a_skipped_sliders_groove_answers_there(qtbot: QtBot) -> None:
    """Issue 21, item 9: a quick click on the groove of a skipped slider did nothing."""
    form = AnswersForm()
    qtbot.addWidget(form)
    form.resize(700, 500)
    form.show()
    qtbot.waitExposed(form)
    row = form.scores["honesty"]
    near_the_end = QtCore.QPoint(row.slider.width() - 4, row.slider.height() // 2)
    qtbot.mouseClick(row.slider, QtCore.Qt.MouseButton.LeftButton, pos=near_the_end)
    assert not row.skip.isChecked()
    assert form.answers().scores == {"honesty": 10}
    near_the_start = QtCore.QPoint(4, row.slider.height() // 2)
    qtbot.mouseClick(row.slider, QtCore.Qt.MouseButton.LeftButton, pos=near_the_start)
    assert form.answers().scores == {"honesty": 0}


def test_together_answers_reset_empties_everything(qtbot: QtBot) -> None:
    form = AnswersForm()
    qtbot.addWidget(form)
    form.needs.buttons()[0].setChecked(True)
    for key in TOGETHER_DIMENSIONS:
        form.scores[key].slider.setValue(9)
    form.helped.setText("a walk")
    form.need_more.setText("time")
    assert form.answers().needs_met == "yes" and len(form.answers().scores) == 6
    form.reset()
    assert form.answers() == TogetherAnswers()
    assert form.needs.checkedButton() is None


def test_together_side_by_side_clear_leaves_no_answer_behind(qtbot: QtBot) -> None:
    side = SideBySide()
    qtbot.addWidget(side)
    mine = TogetherAnswers(scores={"safety": 2}, helped="HELPEDCANARY")
    theirs = TogetherAnswers(scores={"safety": 9})
    side.show_answers(mine, theirs, ("A", "B"), dt.date(2026, 3, 1))
    assert any("HELPEDCANARY" in w.text() for w in side.findChildren(QtWidgets.QLabel))
    assert "Safety (A: 2, B: 9)" in side.findChild(QtWidgets.QLabel, "together_differ").text()
    side.clear()
    assert not any("HELPEDCANARY" in w.text() for w in side.findChildren(QtWidgets.QLabel))
    assert side.starters == ()


def test_together_every_control_is_named(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    flow = TogetherWindow(journal, clock)
    qtbot.addWidget(flow)
    flow.owner = TogetherAnswers(scores={"safety": 4})
    flow.partner = TogetherAnswers(scores={"safety": 8})
    flow.show_both()  # the side-by-side view builds its controls when shown
    dialog = OwnerCheckDialog(journal.vault.paths.folder, UnlockThrottle(clock))
    qtbot.addWidget(dialog)
    for made in (flow, dialog):
        controls = [w for kind in CONTROLS for w in made.findChildren(kind) if not built_by_qt(w)]
        assert controls
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in controls
            if not w.objectName() or not w.accessibleName()
        ]
        assert unnamed == []
