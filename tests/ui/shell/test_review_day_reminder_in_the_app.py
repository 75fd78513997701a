"""The reminder at a transparency arrangement's review day, in the app: shown by the
reminder service on the day (a ManualClock, no waiting), once that day, in words that say
nothing of the arrangement; its Open leads to the arrangement, at once when the journal is
open, after the unlock when it was locked; the lock screen shows nothing of it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import choose, unlock_with, wait_for_window

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.care.reminders import REMINDER_TEXTS, Reminder
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.disclosure import ArrangementDraft
from trustjournal.core.records.trust import AgreementDraft
from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.shell.settings.care import CareSettings, reminder_help
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.trust.agreements.page import AgreementsPage

LEFT = Qt.MouseButton.LeftButton
TITLE = "Sharing locations with Sam"
LINE = REMINDER_TEXTS[Reminder.REVIEW]


def _arrangement(journal: Journal, today: dt.date, in_days: int) -> int:
    """Made today, running for 60 days, its review `in_days` from today."""
    review = today + dt.timedelta(days=in_days)
    agreement, _ = journal.arrangements.make(
        AgreementDraft(title=TITLE, made=today, review=review),
        ArrangementDraft(kind="location", starts=today, days=60, my_yes=True, partner_yes=True),
    )
    return agreement.id


def _words(widget: QtWidgets.QWidget) -> str:
    found = [widget.windowTitle(), widget.accessibleName()]
    for child in widget.findChildren(QtWidgets.QWidget):
        found += [child.accessibleName(), child.accessibleDescription(), child.toolTip()]
        if isinstance(child, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            found.append(child.text())
    return "\n".join(found)


def _open_notice(qtbot: QtBot, session: Session) -> None:
    notice = session.reminders.notice
    assert notice is not None and LINE in _words(notice)
    assert "Sam" not in _words(notice) and "location" not in _words(notice).lower()
    with qtbot.waitSignal(session.reminders.review_requested):
        qtbot.mouseClick(notice.findChild(QtWidgets.QPushButton, "reminderOpen"), LEFT)


def _chosen_on_agreements(main: MainWindow, agreement_id: int) -> bool:
    page = main.page_of("agreements", AgreementsPage)
    chosen = page.current()
    return main.current_page() is page and chosen is not None and chosen.id == agreement_id


def test_the_review_reminder_shows_on_its_day_once_and_opens_the_arrangement(
    qtbot: QtBot, session: Session, clock: ManualClock, unlocked: Callable[[], MainWindow]
) -> None:
    choose(clock, reviews=True)
    main = unlocked()
    assert session.journal is not None
    agreement_id = _arrangement(session.journal, clock.today(), 14)
    in_two_weeks = clock.today() + dt.timedelta(days=14)
    assert ReminderPreferences().next_review() == in_two_weeks  # kept for the locked app
    assert session.reminders.check() == []
    clock.advance(days=14)
    with qtbot.waitSignal(session.reminders.shown) as shown:
        assert session.reminders.check() == [Reminder.REVIEW]
    assert shown.args == [LINE]
    assert session.reminders.check() == []  # once that day
    _open_notice(qtbot, session)
    qtbot.waitUntil(lambda: _chosen_on_agreements(main, agreement_id))


def test_while_locked_it_is_neutral_and_the_unlock_leads_to_the_arrangement(
    qtbot: QtBot, session: Session, clock: ManualClock, unlocked: Callable[[], MainWindow]
) -> None:
    choose(clock, reviews=True)
    unlocked()
    assert session.journal is not None
    agreement_id = _arrangement(session.journal, clock.today(), 0)
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen) and session.journal is None
    assert session.reminders.check() == [Reminder.REVIEW]
    for shown in (screen, session.reminders.notice):
        assert shown is not None
        assert TITLE not in _words(shown) and "arrangement" not in _words(shown).lower()
    _open_notice(qtbot, session)
    unlock_with(qtbot, session, PASSPHRASE)
    main = wait_for_window(qtbot, session, MainWindow)
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(lambda: _chosen_on_agreements(main, agreement_id))


def test_nothing_of_a_review_is_kept_or_shown_until_chosen_in_settings(
    qtbot: QtBot, session: Session, clock: ManualClock, unlocked: Callable[[], MainWindow]
) -> None:
    choose(clock, writing=True)
    unlocked()
    journal = session.journal
    assert journal is not None
    _arrangement(journal, clock.today(), 0)
    assert ReminderPreferences().next_review() is None
    assert Reminder.REVIEW not in session.reminders.check()
    care = CareSettings(journal.settings, ReminderPreferences())
    assert LINE in reminder_help()  # the help promises the words it says
    care.reviews.setChecked(True)
    care.save()
    session.dialogs.settings_saved.emit()  # what the care dialog's Save leads to
    assert ReminderPreferences().choices().reviews
    assert ReminderPreferences().next_review() == clock.today()
    clock.advance(days=1)
    assert session.reminders.check() == [Reminder.WRITING, Reminder.REVIEW]
    care.reviews.setChecked(False)
    care.save()
    session.dialogs.settings_saved.emit()
    assert ReminderPreferences().next_review() is None
