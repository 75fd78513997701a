"""Reminders in the app: off until chosen, neutral words with nothing from the journal,
the tray icon without content, and a click that shows the lock screen (or the app)."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from uikit import choose

from trustjournal.core.clock import ManualClock
from trustjournal.core.records.care import SupportContactDraft
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.reminders import ReminderService
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.dialog import SettingsDialog
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences

LEFT = Qt.MouseButton.LeftButton
NEUTRAL = "Notes"


def all_words(widget: QtWidgets.QWidget) -> str:
    texts = [widget.windowTitle(), widget.accessibleName()]
    texts += [w.text() for w in widget.findChildren(QtWidgets.QLabel)]
    texts += [w.text() for w in widget.findChildren(QtWidgets.QAbstractButton)]
    return "\n".join(texts)


def test_hard_days_reminders_are_off_until_chosen(qtbot: QtBot, clock: ManualClock) -> None:
    service = ReminderService(clock, lambda: NEUTRAL)
    service.start()
    assert not service.timer.isActive()
    assert service.check() == []
    assert service.notice is None and service.tray is None


def test_hard_days_reminder_says_only_a_neutral_line_once_a_day(
    qtbot: QtBot, clock: ManualClock
) -> None:
    service = ReminderService(clock, lambda: NEUTRAL, choose(clock, writing=True))
    service.start()
    assert service.timer.isActive()
    with qtbot.waitSignal(service.shown) as shown:
        service.check()
    assert shown.args == ["A moment for yourself?"]
    notice = service.notice
    assert notice is not None and notice.isVisible()
    words = all_words(notice)
    assert "A moment for yourself?" in words and NEUTRAL in words
    for revealing in ("affair", "TrustJournal", "trust", "journal", "partner"):
        assert revealing.lower() not in words.lower(), revealing
    assert service.check() == []  # once a day
    clock.advance(days=1)
    assert service.check() != []
    service.stop()


def test_hard_days_reminder_click_shows_the_lock_screen_while_locked(
    qtbot: QtBot,
    session: Session,
    clock: ManualClock,
    preferences: Preferences,
    unlocked: Callable[[], MainWindow],
) -> None:
    canary = "Canary" + secrets.token_hex(6)
    preferences.set_neutral_title(NEUTRAL)
    choose(clock, writing=True)
    main = unlocked()
    assert session.journal is not None
    session.journal.add_entry(EntryDraft(day=clock.today(), title=canary, body=canary))
    session.journal.support_contacts.add(SupportContactDraft(name=canary))
    session.quick_hide()
    screen = session.window
    assert isinstance(screen, LockScreen) and screen.isMinimized()
    assert main is not session.window
    session.reminders.check()
    notice = session.reminders.notice
    assert notice is not None
    assert canary not in all_words(notice)
    qtbot.mouseClick(notice.findChild(QtWidgets.QPushButton, "reminderOpen"), LEFT)
    qtbot.waitUntil(lambda: not screen.isMinimized())
    assert session.window is screen and session.journal is None


def test_hard_days_reminder_click_shows_the_app_while_unlocked(
    qtbot: QtBot, session: Session, clock: ManualClock, unlocked: Callable[[], MainWindow]
) -> None:
    choose(clock, checkin=True)
    main = unlocked()
    main.showMinimized()
    assert session.reminders.check() != []  # no check-in yet: one is due
    notice = session.reminders.notice
    assert notice is not None
    assert all_words(notice).count("check in with yourself") == 1
    with qtbot.waitSignal(session.reminders.open_requested):
        qtbot.mouseClick(notice.findChild(QtWidgets.QPushButton, "reminderOpen"), LEFT)
    qtbot.waitUntil(lambda: not main.isMinimized())
    assert session.window is main


def test_hard_days_tray_holds_no_content(
    qtbot: QtBot, session: Session, clock: ManualClock, preferences: Preferences
) -> None:
    preferences.set_neutral_title(NEUTRAL)
    choose(clock, writing=True, in_tray=True)
    service = session.reminders
    service.start()
    tray = service.tray
    assert tray is not None
    assert tray.toolTip() == NEUTRAL
    menu = tray.contextMenu()
    assert [a.text() for a in menu.actions()] == ["Open", "New note"]
    with qtbot.waitSignal(service.open_requested):
        menu.actions()[0].trigger()
    with qtbot.waitSignal(service.shown) as shown:
        service.check()
    assert shown.args == ["A moment for yourself?"]
    choose(clock)
    service.start()
    assert service.tray is None


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
def test_hard_days_settings_choose_reminders_and_on_this_day(
    qtbot: QtBot, session: Session, unlocked: Callable[[], MainWindow]
) -> None:
    unlocked()
    session.open_settings()
    dialog = session.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    care_dialog = dialog.open_care()
    care = care_dialog.care
    assert not care.on_this_day.isChecked() and not care.on_this_day_private.isEnabled()
    assert not care.writing.isChecked() and not care.checkin.isChecked()
    care.on_this_day.setChecked(True)
    care.writing.setChecked(True)
    care.hour.setValue(7)
    qtbot.mouseClick(
        care_dialog.findChild(QtWidgets.QPushButton, "save_care_settings_button"), LEFT
    )
    assert session.journal is not None
    assert session.journal.settings.get("on_this_day") is True
    assert session.journal.settings.get("on_this_day_private") is False
    stored = ReminderPreferences().choices()
    assert (stored.writing, stored.checkin, stored.hour) == (True, False, 7)
    assert session.reminders.timer.isActive()


def test_hard_days_reminder_log_survives_damage(qt_settings: object) -> None:
    stored = ReminderPreferences()
    stored._store.setValue("reminders/hour", "late")
    stored._store.setValue("reminders/last_writing", "yesterday")
    assert stored.choices().hour == 20
    assert stored.log().writing is None
    stored.set_log(stored.log().__class__(writing=dt.date(2026, 3, 1)))
    assert stored.log().writing == dt.date(2026, 3, 1)
