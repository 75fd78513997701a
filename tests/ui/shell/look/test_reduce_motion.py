"""Reduce motion (issue 23, item 7): a setting in Settings that turns Qt's sliding and fading
effects and the style's animations off, and asks the breathing pacer to change in steps
(tests/ui/trust/test_hard_days_place.py has the pacer's side)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import find, open_settings

from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.widgets.access import motion
from trustjournal.ui.widgets.controls import busy_bar

STYLE_ANIMATION = QtWidgets.QStyle.StyleHint.SH_Widget_Animation_Duration


@pytest.fixture
def moving_again(qapp: QtWidgets.QApplication) -> Iterator[QtWidgets.QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def test_reduced_motion_stills_qts_effects_and_the_styles_animations(
    moving_again: QtWidgets.QApplication,
) -> None:
    apply_theme(moving_again, "light", still=True)
    assert motion.reduced()
    assert moving_again.style().styleHint(STYLE_ANIMATION) == 0
    assert not QtWidgets.QApplication.isEffectEnabled(Qt.UIEffect.UI_AnimateCombo)
    apply_theme(moving_again, "light")
    assert not motion.reduced()
    assert moving_again.style().styleHint(STYLE_ANIMATION) > 0


def test_reduce_motion_is_chosen_in_settings_and_kept(
    unlocked: Callable[[], MainWindow],
    session: Session,
    qtbot: QtBot,
    moving_again: QtWidgets.QApplication,
) -> None:
    dialog = open_settings(unlocked(), qtbot, session)
    check = find(dialog, QtWidgets.QCheckBox, "reduce_motion_check")
    assert isinstance(check, QtWidgets.QCheckBox) and not check.isChecked()
    assert check.accessibleDescription()
    check.setChecked(True)
    save = find(dialog, QtWidgets.QPushButton, "save_settings_button")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert session.journal is not None and session.journal.settings.reduce_motion
    assert motion.reduced()


def test_a_busy_bar_stands_still_when_motion_is_reduced(
    qtbot: QtBot, moving_again: QtWidgets.QApplication
) -> None:
    """Qt sweeps a bar with no range whatever the style says: under "Reduce motion" the bar
    is full and still; its name says what is going on."""
    for still, sweeps in ((False, True), (True, False)):
        apply_theme(moving_again, "light", still=still)
        bar = busy_bar("some_busy", "Making a backup")
        qtbot.addWidget(bar)
        bar.show()
        qtbot.waitExposed(bar)
        assert (bar.maximum() == 0) == sweeps, still
        assert bar.accessibleName() == "Making a backup"
