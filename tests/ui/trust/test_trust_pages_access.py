"""Every control on the trust pages and dialogs has an objectName and an accessible name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.trust import EventDraft
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.trust.agreements.dialog import AgreementDialog
from trustjournal.ui.trust.agreements.page import AgreementsPage
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.prompts.dialog import OwnPromptDialog
from trustjournal.ui.trust.prompts.page import PromptsPage
from trustjournal.ui.trust.timeline.event_dialog import EventDialog
from trustjournal.ui.trust.timeline.page import TimelinePage
from trustjournal.ui.trust.today.page import TodayPage

CONTROLS = (
    QtWidgets.QAbstractButton,
    QtWidgets.QLineEdit,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QSlider,
    QtWidgets.QAbstractItemView,
)
# Parts Qt builds inside its own widgets (a spin box's line edit, a search clear button).
INSIDE_QT = (
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractItemView,
    QtWidgets.QScrollBar,
    QtWidgets.QCalendarWidget,
    QtWidgets.QLineEdit,  # its clear button
)

Make = Callable[[Journal, ManualClock], QtWidgets.QWidget]
MAKERS: dict[str, Make] = {
    "today": lambda j, c: TodayPage(j, clock=c),
    "timeline": lambda j, c: TimelinePage(j, clock=c),
    "agreements": lambda j, c: AgreementsPage(j, clock=c),
    "prompts": lambda j, c: PromptsPage(j, clock=c),
    "checkin": lambda j, c: CheckinDialog(j, clock=c),
    "event": lambda j, c: EventDialog(j),
    "agreement": lambda j, c: AgreementDialog(j, c.today()),
    "own prompt": lambda j, c: OwnPromptDialog(j),
}


def built_by_qt(widget: QtWidgets.QWidget) -> bool:
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INSIDE_QT):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("place", list(MAKERS))
def test_every_control_is_named(
    place: str, qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    made = MAKERS[place](journal, clock)
    qtbot.addWidget(made)
    controls = [w for kind in CONTROLS for w in made.findChildren(kind) if not built_by_qt(w)]
    assert controls
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} {w.accessibleName()!r}"
        for w in controls
        if not w.objectName() or not w.accessibleName()
    ]
    assert unnamed == []
    clear = getattr(made, "clear_for_lock", None)
    if clear is not None:
        clear()


PAGES = ("today", "timeline", "agreements", "prompts")


@pytest.mark.parametrize("place", PAGES)
def test_a_page_closed_without_a_lock_stops_listening(
    place: str, qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    made = MAKERS[place](journal, clock)
    made.deleteLater()
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    journal.events.add(EventDraft(day=clock.today(), kind="milestone", title="A good day"))
    journal.prompts.add_own("What helped today?")
    QtCore.QCoreApplication.processEvents()


@pytest.mark.parametrize("place", PAGES)
def test_a_locked_page_stays_empty_and_can_be_locked_again(
    place: str, qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    made = MAKERS[place](journal, clock)
    qtbot.addWidget(made)
    made.clear_for_lock()  # type: ignore[attr-defined]
    made.clear_for_lock()  # type: ignore[attr-defined]
    journal.events.add(EventDraft(day=clock.today(), kind="milestone", title="A good day"))
    QtCore.QCoreApplication.processEvents()
    made.show()
    made.save_pending()  # type: ignore[attr-defined]
    assert made.dialog is None  # type: ignore[attr-defined]
