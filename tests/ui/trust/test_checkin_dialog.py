"""The guided check-in: a step per dimension, all skippable, and a kind summary."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import DIMENSIONS, CheckinDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.trust import texts
from trustjournal.ui.trust.checkin_dialog import CheckinDialog

LEFT = Qt.MouseButton.LeftButton


def open_dialog(
    qtbot: QtBot, journal: Journal, clock: ManualClock, checkin_id: int | None = None
) -> CheckinDialog:
    dialog = CheckinDialog(journal, clock=clock, checkin_id=checkin_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(qtbot: QtBot, dialog: CheckinDialog, name: str) -> None:
    found = dialog.findChild(QtWidgets.QPushButton, name)
    assert found is not None and found.isVisible(), name
    qtbot.mouseClick(found, LEFT)


def answer(qtbot: QtBot, dialog: CheckinDialog, scores: dict[str, int]) -> None:
    """Go through the dimension steps: answer those in `scores`, skip the rest."""
    for name in DIMENSIONS:
        assert dialog.step_name() == f"checkinStep_{name}"
        if name in scores:
            dialog.findChild(QtWidgets.QSlider, f"checkinSlider_{name}").setValue(scores[name])
            press(qtbot, dialog, "checkinNext")
        else:
            press(qtbot, dialog, "checkinSkip")


def test_each_dimension_has_a_step_with_words_and_a_scale(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    dialog = open_dialog(qtbot, journal, clock)
    for name in DIMENSIONS:
        slider = dialog.findChild(QtWidgets.QSlider, f"checkinSlider_{name}")
        assert (slider.minimum(), slider.maximum()) == (0, 10)
        assert slider.accessibleName()
        assert dialog.findChild(QtWidgets.QLabel, f"checkinExplain_{name}").text()
    assert dialog.findChild(QtWidgets.QLabel, "checkinProgress").text() == "Step 1 of 11"
    assert not dialog.findChild(QtWidgets.QPushButton, "checkinBack").isEnabled()


def test_everything_can_be_skipped_and_still_saved(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    dialog = open_dialog(qtbot, journal, clock)
    answer(qtbot, dialog, {})
    press(qtbot, dialog, "checkinSkip")  # needs
    assert dialog.step_name() == "checkinStepNote"
    press(qtbot, dialog, "checkinNext")
    assert texts.FIRST_TIME in dialog.summary.text()
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, dialog, "checkinSave")
    saved = journal.checkins.get(dialog.checkin_id or 0)
    assert (saved.scores, saved.needs_met, saved.day) == ({}, None, clock.today())


def test_answers_needs_and_note_are_saved_and_compared_with_last_time(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    journal.checkins.add(
        CheckinDraft(day=clock.today() - dt.timedelta(days=7), scores={"overall": 5, "safety": 7})
    )
    dialog = open_dialog(qtbot, journal, clock)
    answer(qtbot, dialog, {"safety": 6, "honesty": 4, "overall": 7})
    qtbot.mouseClick(dialog.findChild(QtWidgets.QRadioButton, "checkinNeeds_partly"), LEFT)
    press(qtbot, dialog, "checkinNext")
    qtbot.keyClicks(dialog.findChild(QtWidgets.QPlainTextEdit, "checkinNote"), "A calmer week.")
    press(qtbot, dialog, "checkinNext")
    summary = dialog.findChild(QtWidgets.QLabel, "checkinSummary").text()
    assert "Compared with your check-in on Saturday, 7 March 2026" in summary
    assert "Overall: 7, 2 higher than last time (5)" in summary
    assert "Feeling safe and secure: 6, 1 lower than last time (7)" in summary
    assert "Honesty and transparency: 4" in summary
    assert "Sexual trust: skipped, and that is fine." in summary
    assert "Are my needs being met? Partly" in summary
    assert texts.LOWER_NOTE in summary
    press(qtbot, dialog, "checkinSave")
    saved = journal.checkins.get(dialog.checkin_id or 0)
    assert saved.scores == {"safety": 6, "honesty": 4, "overall": 7}
    assert (saved.needs_met, saved.note) == ("partly", "A calmer week.")


def test_back_goes_to_the_step_before(qtbot: QtBot, journal: Journal, clock: ManualClock) -> None:
    dialog = open_dialog(qtbot, journal, clock)
    press(qtbot, dialog, "checkinNext")
    press(qtbot, dialog, "checkinBack")
    assert dialog.step_name() == "checkinStep_safety"


def test_an_existing_check_in_opens_filled_in_and_is_updated(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    day = clock.today() - dt.timedelta(days=2)
    made = journal.checkins.add(
        CheckinDraft(day=day, scores={"overall": 3}, needs_met="no", note="Hard week")
    )
    dialog = open_dialog(qtbot, journal, clock, made.id)
    assert dialog.findChild(QtWidgets.QSlider, "checkinSlider_overall").value() == 3
    assert dialog.findChild(QtWidgets.QRadioButton, "checkinNeeds_no").isChecked()
    assert dialog.note.toPlainText() == "Hard week"
    answer(qtbot, dialog, {"overall": 4})
    press(qtbot, dialog, "checkinNext")
    press(qtbot, dialog, "checkinNext")
    press(qtbot, dialog, "checkinSave")
    saved = journal.checkins.get(made.id)
    assert (saved.scores, saved.needs_met, saved.note, saved.day) == (
        {"overall": 4},
        "no",
        "Hard week",
        day,
    )


def test_sliders_start_unset_and_going_on_answers_nothing(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    dialog = open_dialog(qtbot, journal, clock)
    first = DIMENSIONS[0]
    shown = dialog.findChild(QtWidgets.QLabel, f"checkinValue_{first}")
    assert "Not answered" in shown.text()
    press(qtbot, dialog, "checkinNext")
    assert first not in dialog.answers
    press(qtbot, dialog, "checkinBack")
    slider = dialog.findChild(QtWidgets.QSlider, f"checkinSlider_{first}")
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert shown.text() == f"{slider.value()} of 10"
    press(qtbot, dialog, "checkinNext")
    assert dialog.answers[first] == slider.value()


def test_a_quick_check_in_asks_three_things_and_the_summary_keeps_the_note(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    dialog = open_dialog(qtbot, journal, clock)
    qtbot.mouseClick(dialog.findChild(QtWidgets.QCheckBox, "checkinQuick"), LEFT)
    assert dialog.step_name() == "checkinStep_overall"
    assert dialog.progress.text() == "Step 1 of 4"
    dialog.findChild(QtWidgets.QSlider, "checkinSlider_overall").setValue(6)
    press(qtbot, dialog, "checkinNext")
    assert dialog.step_name() == "checkinStepNeeds"
    qtbot.mouseClick(dialog.findChild(QtWidgets.QRadioButton, "checkinNeeds_partly"), LEFT)
    press(qtbot, dialog, "checkinNext")
    qtbot.keyClicks(dialog.note, "A calmer evening.")
    press(qtbot, dialog, "checkinNext")
    summary = dialog.findChild(QtWidgets.QLabel, "checkinSummary").text()
    assert "A calmer evening." in summary
    assert "Safety" not in summary
    press(qtbot, dialog, "checkinSave")
    saved = journal.checkins.get(dialog.checkin_id)
    assert (saved.scores, saved.needs_met, saved.note) == (
        {"overall": 6},
        "partly",
        "A calmer evening.",
    )


def test_the_questions_follow_who_is_writing(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    journal.settings.set("prompt_role", "individual")
    dialog = open_dialog(qtbot, journal, clock)
    words = dialog.findChild(QtWidgets.QLabel, "checkinExplain_safety").text()
    assert "relationship" not in words and "life" in words
    journal.settings.set("prompt_role", "involved")
    other = open_dialog(qtbot, journal, clock)
    assert "offering things" in other.findChild(QtWidgets.QLabel, "checkinExplain_honesty").text()
