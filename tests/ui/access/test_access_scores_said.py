"""A trust score is heard as its value and meaning ("Safety: 6 of 10"), in the check-in and
in "Check in together"; unanswered, as not answered."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.together.answers import ScoreRow

DESCRIPTION = QtGui.QAccessible.Text.Description


def said(slider: QtWidgets.QSlider) -> str:
    iface = QtGui.QAccessible.queryAccessibleInterface(slider)
    assert iface is not None
    return iface.text(DESCRIPTION)


def test_a_check_in_score_is_said_with_its_meaning(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    dialog = CheckinDialog(journal, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    slider = dialog.findChild(QtWidgets.QSlider, "checkinSlider_safety")
    assert slider.accessibleName().startswith("Feeling safe and secure")
    slider.setValue(6)
    assert said(slider) == "Feeling safe and secure: 6 of 10"
    slider.setValue(2)
    assert said(slider) == "Feeling safe and secure: 2 of 10"


def test_a_together_score_is_said_with_its_meaning_and_skipped_when_skipped(
    qtbot: QtBot,
) -> None:
    row = ScoreRow("honesty")
    qtbot.addWidget(row)
    row.show()
    row.slider.setValue(7)
    assert said(row.slider) == "Honesty and transparency: 7 of 10"
    row.skip.setChecked(True)
    assert said(row.slider) != "Honesty and transparency: 7 of 10"
