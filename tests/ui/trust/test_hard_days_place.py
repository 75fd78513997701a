"""The hard-days place: the pacer on an injected clock, support contacts and plans while
unlocked, nothing private from the lock screen, and the offer after a strong trigger."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot
from uikit import page_shown

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.care.breathing import HOLD, IN, OUT, RHYTHMS, BreathMoment
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.care import HardDateDraft, SupportContactDraft
from trustjournal.core.records.trust import EventDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.theme import apply_theme
from trustjournal.ui.trust.hard_days import texts
from trustjournal.ui.trust.hard_days.dialogs import HardDateDialog, SupportContactDialog
from trustjournal.ui.trust.hard_days.pacer import STEP_MS, BreathingPacer
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.hard_days.rows import RowList
from trustjournal.ui.trust.hard_days.window import HardDaysWindow
from trustjournal.ui.trust.timeline.event_dialog import EventDialog

LEFT = Qt.MouseButton.LeftButton


def click(qtbot: QtBot, parent: QtWidgets.QWidget, name: str) -> None:
    found = parent.findChild(QtWidgets.QAbstractButton, name)
    assert found is not None, name
    qtbot.mouseClick(found, LEFT)


def every_text(widget: QtWidgets.QWidget) -> str:
    """Everything the widget shows in words: labels, list rows, fields and buttons."""
    texts = [w.text() for w in widget.findChildren(QtWidgets.QLabel)]
    texts += [w.text() for w in widget.findChildren(QtWidgets.QAbstractButton)]
    texts += [w.text() for w in widget.findChildren(QtWidgets.QLineEdit)]
    texts += [w.accessibleName() for w in widget.findChildren(QtWidgets.QWidget)]
    return "\n".join(texts)


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[HardDaysPage]:
    with page_shown(qtbot, HardDaysPage(journal, clock=clock), 1100, 800) as shown:
        yield shown


# -- the breathing pacer ------------------------------------------------------------------------


def test_hard_days_pacer_follows_the_injected_clock(qtbot: QtBot, clock: ManualClock) -> None:
    pacer = BreathingPacer(clock)
    qtbot.addWidget(pacer)
    pacer.show()
    box = [r.key for r in RHYTHMS].index("box")
    pacer.rhythm_choice.setCurrentIndex(box)
    pacer.start()
    assert pacer.running
    sizes = []
    for second, expected in ((1, IN), (3.9, IN), (5, HOLD), (9, OUT), (13, HOLD), (17, IN)):
        now = _at(pacer, clock, second)
        assert now.what == expected, second
        assert pacer.words.text().startswith(expected)
        sizes.append(round(pacer.shape.size_now, 2))
    assert sizes[0] < sizes[1] == sizes[2] == 1.0  # grows, then holds full
    assert sizes[3] < 1.0 and sizes[4] == 0.0  # empties, then holds empty


@pytest.fixture
def still(qapp: QtWidgets.QApplication) -> Iterator[None]:
    """ "Reduce motion" on, as Settings sets it, and off again afterwards."""
    apply_theme(qapp, "light", still=True)
    yield
    apply_theme(qapp, "light")


def test_hard_days_pacer_grows_smoothly_when_motion_is_not_reduced(
    qtbot: QtBot, clock: ManualClock
) -> None:
    pacer = BreathingPacer(clock)
    qtbot.addWidget(pacer)
    pacer.show()
    pacer.start()
    assert pacer.timer.interval() < STEP_MS
    sizes = [(_at(pacer, clock, s), pacer.shape.size_now)[1] for s in (1.0, 1.3, 1.6)]
    assert sizes[0] < sizes[1] < sizes[2]


def test_hard_days_pacer_changes_in_steps_with_its_count_in_words_when_motion_is_reduced(
    qtbot: QtBot, clock: ManualClock, still: None
) -> None:
    pacer = BreathingPacer(clock)
    qtbot.addWidget(pacer)
    pacer.show()
    pacer.start()  # even: in 4, out 4
    assert pacer.timer.interval() == STEP_MS
    sizes = []
    for second in (1.0, 1.3, 1.6, 1.99):
        _at(pacer, clock, second)
        sizes.append(pacer.shape.size_now)
        assert pacer.words.text() == texts.breath_count(IN, 3)
    assert len(set(sizes)) == 1  # one step for the whole second
    _at(pacer, clock, 2.0)
    assert pacer.shape.size_now > sizes[0]
    assert pacer.words.text() == texts.breath_count(IN, 2)
    _at(pacer, clock, 4.5)
    assert pacer.words.text() == texts.breath_count(OUT, 4)
    assert pacer.words.accessibleName() == pacer.words.text()


def _at(pacer: BreathingPacer, clock: ManualClock, seconds: float) -> BreathMoment:
    clock.set(pacer._start_moment + dt.timedelta(seconds=seconds))
    return pacer.tick()


def test_hard_days_pacer_stops_on_any_key(qtbot: QtBot, clock: ManualClock) -> None:
    pacer = BreathingPacer(clock)
    qtbot.addWidget(pacer)
    pacer.show()
    qtbot.waitExposed(pacer)
    qtbot.mouseClick(pacer.start_button, LEFT)
    assert pacer.running and pacer.timer.isActive()
    with qtbot.waitSignal(pacer.stopped):
        qtbot.keyClick(pacer, Qt.Key.Key_Q)
    assert not pacer.running
    assert pacer.hint.text() == texts.PACER_READY and pacer.hint.isVisible()
    assert not pacer.words.isVisible()
    assert pacer.start_button.isVisible()


def test_hard_days_pacer_stops_on_a_key_wherever_the_focus_is(
    qtbot: QtBot, page: HardDaysPage
) -> None:
    click(qtbot, page, "hardDaysBreathStart")
    elsewhere = page.findChild(QtWidgets.QPushButton, "hardDaysGroundingNext")
    elsewhere.setFocus()
    with qtbot.waitSignal(page.pacer.stopped):
        qtbot.keyClick(elsewhere, Qt.Key.Key_Space)
    assert not page.pacer.running
    words = page.findChild(QtWidgets.QLabel, "hardDaysGroundingText")
    assert (
        words.text() == texts.GROUNDING_STEPS[0]
    )  # the key stopped the pacer and did nothing else
    qtbot.keyClick(elsewhere, Qt.Key.Key_Space)
    assert words.text() == texts.GROUNDING_STEPS[1]  # once stopped, keys work as before


def test_hard_days_grounding_walks_step_by_step(page: HardDaysPage, qtbot: QtBot) -> None:
    words = page.findChild(QtWidgets.QLabel, "hardDaysGroundingText")
    assert words.text() == texts.GROUNDING_STEPS[0]
    for step in texts.GROUNDING_STEPS[1:]:
        click(qtbot, page, "hardDaysGroundingNext")
        assert words.text() == step
    assert not page.findChild(QtWidgets.QPushButton, "hardDaysGroundingNext").isVisible()
    click(qtbot, page, "hardDaysGroundingAgain")
    assert words.text() == texts.GROUNDING_STEPS[0]


# -- contacts and plans, unlocked ---------------------------------------------------------------


def test_hard_days_support_contacts_are_added_and_shown(
    page: HardDaysPage, journal: Journal, qtbot: QtBot
) -> None:
    assert texts.EMERGENCY in every_text(page)
    click(qtbot, page, "hardDaysAddContact")
    dialog = page.dialog_open()
    assert isinstance(dialog, SupportContactDialog)
    qtbot.keyClicks(dialog.name, "Dr. Ames")
    qtbot.keyClicks(dialog.reach, "555 0100")
    qtbot.keyClicks(dialog.note, "Tuesdays; she said I can call between sessions")
    click(qtbot, dialog, "contactSave")
    qtbot.waitUntil(lambda: page.contacts.count() == 1)
    assert page.contacts.row_text(0).startswith("Dr. Ames\n555 0100\nTuesdays")
    assert [c.name for c in journal.support_contacts.listed()] == ["Dr. Ames"]


def test_hard_days_plan_is_written_for_the_discovery(
    page: HardDaysPage, journal: Journal, qtbot: QtBot
) -> None:
    journal.events.add(EventDraft(day=dt.date(2025, 3, 20), kind="discovery", title="Found out"))
    qtbot.waitUntil(lambda: page.dates.count() == 1)
    assert "No plan written yet" in page.dates.row_text(0)
    click(qtbot, page, "hardDaysPlanDate0")
    dialog = page.dialog_open()
    assert isinstance(dialog, HardDateDialog)
    assert not dialog.day.isEnabled() and dialog.title_field.text() == "Found out"
    qtbot.keyClicks(dialog.will_do, "Take the day off and walk by the sea")
    click(qtbot, dialog, "hardDateSave")
    qtbot.waitUntil(lambda: "walk by the sea" in page.dates.row_text(0))
    (hard,) = journal.hard_dates.listed()
    assert hard.plan.will_do == "Take the day off and walk by the sea"


def test_hard_days_plan_link_says_change_once_a_plan_is_written(
    page: HardDaysPage, journal: Journal, qtbot: QtBot
) -> None:
    journal.events.add(EventDraft(day=dt.date(2025, 3, 20), kind="discovery", title="Found out"))
    qtbot.waitUntil(lambda: page.dates.count() == 1)

    def link() -> str:
        found = page.findChild(QtWidgets.QAbstractButton, "hardDaysPlanDate0")
        assert found is not None
        return found.text()

    assert link() == "Write the plan"
    click(qtbot, page, "hardDaysPlanDate0")
    dialog = page.dialog_open()
    assert isinstance(dialog, HardDateDialog)
    qtbot.keyClicks(dialog.will_do, "Walk by the sea")
    click(qtbot, dialog, "hardDateSave")
    qtbot.waitUntil(lambda: "walk by the sea" in page.dates.row_text(0).lower())
    qtbot.waitUntil(lambda: link() == "Change the plan")
    found = page.findChild(QtWidgets.QAbstractButton, "hardDaysPlanDate0")
    assert found is not None and found.accessibleName().startswith("Change the plan: ")


# -- from the lock screen -------------------------------------------------------------------------


def test_hard_days_from_the_lock_screen_shows_nothing_private(
    qtbot: QtBot, session: Session, unlocked: Callable[[], MainWindow]
) -> None:
    canary = "Canary" + secrets.token_hex(6)
    main = unlocked()
    assert session.journal is not None
    session.journal.support_contacts.add(SupportContactDraft(name=canary, reach=canary))
    session.journal.hard_dates.save(HardDateDraft(day=dt.date(2025, 1, 2), title=canary))
    main.show_place("hard_days")
    page = main.pages["hard_days"]
    qtbot.waitUntil(lambda: canary in every_text(page))
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    click(qtbot, screen, "lock_hard_days_button")
    window = screen.findChild(HardDaysWindow, "hardDaysWindow")
    assert isinstance(window, HardDaysWindow)
    qtbot.waitExposed(window)
    shown = every_text(window)
    assert canary not in shown
    assert texts.CONTACTS_LOCKED in shown and texts.EMERGENCY in shown
    assert window.page.findChild(RowList) is None  # no contacts, no dates
    assert session.journal is None  # nothing was unlocked
    click(qtbot, window.page, "hardDaysBreathStart")
    assert window.page.pacer.running
    click(qtbot, window, "hardDaysClose")
    assert not window.page.pacer.running


# -- the sidebar and the offer after a strong trigger -------------------------------------------


def test_hard_days_is_a_place_with_a_shortcut(unlocked: Callable[[], MainWindow]) -> None:
    main = unlocked()
    action = main.actions_by_name["go_hard_days_action"]
    assert action.shortcut().toString() == "Ctrl+8"  # the last of the eight places
    action.trigger()
    assert main.current_page() is main.pages["hard_days"]
    assert isinstance(main.current_page(), HardDaysPage)


def test_hard_days_offered_after_a_strong_trigger_and_minutes_to_calm_confirmed(
    qtbot: QtBot, session: Session, clock: ManualClock, unlocked: Callable[[], MainWindow]
) -> None:
    main = unlocked()
    main.show_place("timeline")
    timeline = main.pages["timeline"]
    dialog = timeline.open_event(None)
    assert isinstance(dialog, EventDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("trigger"))
    qtbot.keyClicks(dialog.title_field, "A song in the shop")
    dialog.intensity.setValue(8)
    click(qtbot, dialog, "eventSave")
    offer = dialog.offer
    assert isinstance(offer, QtWidgets.QMessageBox)
    qtbot.waitExposed(offer)
    click(qtbot, offer, "hardDaysOfferOpen")
    page = main.pages["hard_days"]
    assert main.current_page() is page
    assert page.aftercare.isVisible()
    clock.advance(minutes=11, seconds=20)
    click(qtbot, page, "hardDaysHelped")
    assert page.minutes.value() == 12
    assert "12 minutes" in page.aftercare_text.text()
    page.minutes.setValue(10)  # the person corrects it before keeping it
    click(qtbot, page, "hardDaysKeepMinutes")
    assert session.journal is not None
    (trigger,) = session.journal.events.between(dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    assert trigger.minutes_to_calm == 10
    assert not page.aftercare.isVisible()


def test_hard_days_not_now_keeps_the_trigger_as_it_was(
    qtbot: QtBot, page: HardDaysPage, journal: Journal, clock: ManualClock
) -> None:
    trigger = journal.events.add(
        EventDraft(day=clock.today(), kind="trigger", title="x", intensity=9)
    )
    page.start_after_trigger(trigger.id)
    clock.advance(minutes=5)
    click(qtbot, page, "hardDaysNotNow")
    assert journal.events.get(trigger.id).minutes_to_calm is None
    assert not page.aftercare.isVisible()


def test_hard_days_no_offer_after_a_mild_trigger(
    qtbot: QtBot, page: HardDaysPage, journal: Journal
) -> None:
    dialog = EventDialog(journal, page)
    dialog.kind.setCurrentIndex(dialog.kind.findData("trigger"))
    dialog.title_field.setText("A passing thought")
    dialog.intensity.setValue(6)
    assert dialog.save() is not None
    assert dialog.offer is None


def test_hard_days_a_moment_is_marked_as_a_hard_date_in_its_dialog(
    qtbot: QtBot, page: HardDaysPage, journal: Journal
) -> None:
    dialog = EventDialog(journal, page)
    dialog.kind.setCurrentIndex(dialog.kind.findData("discovery"))
    assert dialog.hard_date.isChecked() and not dialog.hard_date.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    assert not dialog.hard_date.isChecked() and dialog.hard_date.isEnabled()
    dialog.hard_date.setChecked(True)
    dialog.title_field.setText("Her birthday party")
    saved = dialog.save()
    assert saved is not None
    qtbot.waitUntil(lambda: page.dates.count() == 1)
    assert page.dates.row_text(0).startswith("Her birthday party")
    again = EventDialog(journal, page, event_id=saved.id)
    assert again.hard_date.isChecked()
    again.hard_date.setChecked(False)
    again.save()
    qtbot.waitUntil(lambda: page.dates.count() == 0)


CONTROLS = (
    QtWidgets.QAbstractButton,
    QtWidgets.QLineEdit,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
)


def unnamed(root: QtWidgets.QWidget) -> list[str]:
    """Controls a screen reader could not name (parts inside spin and combo boxes aside)."""
    return [
        f"{type(control).__name__} {control.objectName()!r}"
        for kind in CONTROLS
        for control in root.findChildren(kind)
        if not isinstance(control.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox)
        and not control.objectName().startswith("qt_")
        and not control.accessibleName()
    ]


def test_hard_days_every_control_has_a_name(
    qtbot: QtBot, page: HardDaysPage, journal: Journal, clock: ManualClock
) -> None:
    journal.support_contacts.add(SupportContactDraft(name="Mia", reach="555"))
    journal.hard_dates.save(HardDateDraft(day=dt.date(2025, 1, 2), title="A day"))
    page.refresh()
    page.start_after_trigger(
        journal.events.add(EventDraft(day=clock.today(), kind="trigger", title="x")).id
    )
    assert unnamed(page) == []
    for dialog in (page.open_contact(None), page.open_hard_date(None)):
        assert dialog is not None and unnamed(dialog) == []
        dialog.reject()
    window = HardDaysWindow(clock)
    qtbot.addWidget(window)
    assert unnamed(window) == []
