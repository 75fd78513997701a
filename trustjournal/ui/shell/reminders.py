"""Reminders while the app runs, off until chosen: a neutral line ("A moment for yourself?")
in a small notice, or from a system tray icon when the person asks for one. Clicking it
brings the app forward: the lock screen when locked, the journal when open.

Nothing here reads the journal: all it learns from an open journal is whether a check-in
is due (a yes or no, through `checkin_due`) and the next review day of a running
arrangement (a day, kept by `remember_review`). Opening a review's reminder also asks for
the arrangement (`review_requested`), which the session shows once the journal is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trustjournal.core.clock import Clock
from trustjournal.core.journal.care import reminders
from trustjournal.core.language.speaking import _
from trustjournal.ui.qt import Qt, QtCore, QtWidgets, Signal
from trustjournal.ui.shell.settings.reminder_preferences import ReminderPreferences
from trustjournal.ui.widgets.controls import button, button_row, label
from trustjournal.ui.widgets.icons import icon

CHECK_EVERY_MS = 30_000


def local_now(clock: Clock) -> dt.datetime:
    """The clock's moment as local wall time, which is what "from 8 in the evening" means."""
    return clock.now().astimezone().replace(tzinfo=None)


class ReminderNotice(QtWidgets.QWidget):
    """A small window with the neutral line, "Open" and "Not now"."""

    open_clicked = Signal()

    def __init__(self, title: str, text: str) -> None:
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminderNotice")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.words = label(text, "", "reminderText")
        open_button = button(_("Open"), "reminderOpen", primary=True)
        later = button(_("Not now"), "reminderLater")
        open_button.clicked.connect(self.open_clicked)
        open_button.clicked.connect(self.close)
        later.clicked.connect(self.close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.words)
        layout.addLayout(button_row(later, open_button))
        self.setFixedWidth(340)


class ReminderService(QtCore.QObject):
    open_requested = Signal()
    review_requested = Signal()  # the shown reminder was a review's, and it was opened
    capture_requested = Signal()  # the tray's "New note": a note sealed without opening
    shown = Signal(str)  # the words shown, for whoever wants to know (tests)

    def __init__(
        self,
        clock: Clock,
        title: Callable[[], str],
        preferences: ReminderPreferences | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._title = title
        self.preferences = preferences or ReminderPreferences()
        self.checkin_due: Callable[[], bool | None] = lambda: None
        self.notice: ReminderNotice | None = None
        self.tray: QtWidgets.QSystemTrayIcon | None = None
        self._showing_review = False
        self.timer = QtCore.QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Read the person's choices again; the timer and the tray icon follow them."""
        choices = self.preferences.choices()
        if choices.any:
            self.timer.start()
        else:
            self.timer.stop()
        self._show_tray(choices.in_tray)

    def stop(self) -> None:
        self.timer.stop()
        self._show_tray(False)
        if self.notice is not None:
            self.notice.close()

    def check(self) -> list[reminders.Reminder]:
        """Show what is due now, on the injected clock, and note that it showed."""
        choices = self.preferences.choices()
        log = self.preferences.log()
        now = local_now(self._clock)
        review_day = self.preferences.next_review()
        due = reminders.due(choices, log, now, self.checkin_due(), review_day)
        if due:
            self.preferences.set_log(reminders.shown(log, due, now.date()))
            self._showing_review = reminders.Reminder.REVIEW in due
            self._show(reminders.text_for(due), choices.in_tray)
        return due

    def remember_review(self, day: dt.date | None) -> None:
        """The open journal's next review day (kept only while that reminder is chosen)."""
        self.preferences.set_next_review(day)

    def _opened(self) -> None:
        """The shown reminder was opened: the app comes forward, with the arrangement to
        look at when it was a review's."""
        self.open_requested.emit()
        if self._showing_review:
            self.review_requested.emit()

    def _show(self, text: str, in_tray: bool) -> None:
        tray = self.tray
        if in_tray and tray is not None and tray.isVisible() and tray.supportsMessages():
            tray.showMessage(self._title(), text, icon("journal"), 15_000)
        else:
            if self.notice is not None:
                self.notice.close()
            notice = ReminderNotice(self._title(), text)
            notice.open_clicked.connect(self._opened)
            notice.destroyed.connect(lambda *_: self._forget_notice(notice))
            self.notice = notice
            notice.show()
        self.shown.emit(text)

    def _forget_notice(self, notice: ReminderNotice) -> None:
        if self.notice is notice:
            self.notice = None

    def _show_tray(self, wanted: bool) -> None:
        if wanted and self.tray is None:
            tray = QtWidgets.QSystemTrayIcon(icon("journal"), self)
            tray.setObjectName("reminderTray")
            tray.setToolTip(self._title())  # the neutral title when one is chosen
            menu = QtWidgets.QMenu()
            menu.setObjectName("reminderTrayMenu")
            menu.addAction(_("Open"), self.open_requested.emit)
            new_note = menu.addAction(_("New note"), self.capture_requested.emit)
            new_note.setObjectName("trayNewNote")
            tray.setContextMenu(menu)
            self._menu = menu  # the tray does not own its menu
            tray.activated.connect(self._tray_clicked)
            tray.messageClicked.connect(self._opened)
            if tray.isSystemTrayAvailable():  # else the notice window stands in for it
                tray.show()
            self.tray = tray
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _tray_clicked(self, reason: QtWidgets.QSystemTrayIcon.ActivationReason) -> None:
        if reason == QtWidgets.QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()
