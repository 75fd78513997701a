"""Hardening and clearing the tests did not hold (issue 20, blind spots).

The desktop app hardens the process before any secret is read; quitting from
onboarding empties a copied recovery code from the clipboard; a lock leaves
no support contact and no timeline trend in their pages.
"""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from testkit import PASSPHRASE
from uikit import button, field, text_of, type_into

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.care import SupportContactDraft
from trustjournal.core.records.trust import CheckinDraft, EventDraft
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.shell import app
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.trust.hard_days.page import HardDaysPage
from trustjournal.ui.trust.timeline.page import TimelinePage

LEFT = Qt.MouseButton.LeftButton


def every_word(widget: QtWidgets.QWidget) -> str:
    """Everything the widget and its children hold in words, shown or not, lists included."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QtWidgets.QWidget)]:
        texts += [child.accessibleName(), child.toolTip(), child.whatsThis()]
        if isinstance(child, (QtWidgets.QLabel, QtWidgets.QAbstractButton, QtWidgets.QLineEdit)):
            texts.append(child.text())
        if isinstance(child, (QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit)):
            texts.append(child.toPlainText())
        if isinstance(child, QtWidgets.QAbstractItemView) and child.model() is not None:
            texts += model_words(child.model())
    return "\n".join(texts)


def model_words(model: QtCore.QAbstractItemModel) -> list[str]:
    return [
        str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def canary() -> str:
    return "Canary" + secrets.token_hex(6)


# -- hardening ----------------------------------------------------------------------------------


def test_the_app_hardens_the_process_before_any_secret_is_read(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    monkeypatch.setattr(app, "harden_process", lambda: order.append("harden"))

    def start(_data_dir: str | Path) -> None:  # where the key file and journal are first read
        order.append("start")

    monkeypatch.setattr(app, "start", start)
    assert app.run(str(data_dir)) == 0
    assert order == ["harden", "start"]


# -- the clipboard ------------------------------------------------------------------------------


def test_quitting_from_onboarding_empties_a_copied_recovery_code(
    qtbot: QtBot, session: Session
) -> None:
    session.start()
    window = session.window
    assert isinstance(window, OnboardingWindow)
    for name in ("begin_button", "limits_next_button", "about_skip_button"):
        qtbot.mouseClick(button(window, name), LEFT)
    type_into(qtbot, field(window, "new_passphrase"), PASSPHRASE)
    type_into(qtbot, field(window, "confirm_passphrase"), PASSPHRASE)
    qtbot.mouseClick(button(window, "create_button"), LEFT)
    qtbot.waitUntil(lambda: window.steps.currentWidget().objectName() == "recovery_step")
    code = text_of(window, "recovery_code")
    qtbot.mouseClick(button(window, "copy_code_button"), LEFT)
    clipboard = QtGui.QGuiApplication.clipboard()
    assert clipboard.text() == code
    session.shut_down()  # what quitting runs (aboutToQuit, logout, the window's close)
    assert code not in clipboard.text()


# -- pages after a lock -------------------------------------------------------------------------


def test_a_lock_leaves_no_support_contact_in_the_hard_days_page(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    name, reach = canary(), canary()
    journal.support_contacts.add(SupportContactDraft(name=name, reach=reach, note="Tuesdays"))
    page = HardDaysPage(journal, clock=clock)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: name in every_word(page))  # the helper sees the page's words
    page.clear_for_lock()
    # Rows are let go with deleteLater: gone once the event loop turns, as it does at a lock.
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    words = every_word(page)
    assert name not in words and reach not in words and "Tuesdays" not in words


def test_a_lock_leaves_no_trend_in_the_timeline_page(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    title = canary()
    recent = clock.today() - dt.timedelta(days=3)
    journal.checkins.add(CheckinDraft(day=recent, scores={"overall": 6}))
    journal.events.add(
        EventDraft(day=recent, kind="trigger", title=title, intensity=6, minutes_to_calm=40)
    )
    page = TimelinePage(journal, clock=clock)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    trends = page.trends
    qtbot.waitUntil(lambda: trends.averages.rowCount() > 0 and trends.triggers.rowCount() > 0)
    shown = set(model_words(trends.averages.model()) + model_words(trends.triggers.model()))
    assert {"Overall", "6.0"} <= shown and title in every_word(page)
    page.clear_for_lock()
    assert model_words(trends.averages.model()) == []
    assert model_words(trends.triggers.model()) == []
    words = every_word(page)
    assert "6.0" not in words and title not in words
