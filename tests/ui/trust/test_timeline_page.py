"""The Timeline page: the chart shows exactly the vault's check-ins, events and moods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from testkit import step_until
from uikit import page_shown

from trustjournal.core.chart.data import CHECKIN, EVENT, MOOD_KIND, ChartItem
from trustjournal.core.chart.painter import paint_timeline
from trustjournal.core.clock import ManualClock
from trustjournal.core.exchange.model import ExportEvent
from trustjournal.core.exchange.texts.summary import event_line
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.core.records.trust import CheckinDraft, EventDraft
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.timeline.data import describe, describe_event
from trustjournal.ui.trust.timeline.event_dialog import EventDialog
from trustjournal.ui.trust.timeline.page import TimelinePage

LEFT = Qt.MouseButton.LeftButton


def ago(clock: ManualClock, days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


@pytest.fixture
def history(journal: Journal, clock: ManualClock) -> dict[str, int]:
    """Two check-ins, three events and two moods in the last quarter; more a year ago."""
    made = {
        "recent": journal.checkins.add(
            CheckinDraft(day=ago(clock, 3), scores={"overall": 6, "safety": 5}, needs_met="partly")
        ).id,
        "older": journal.checkins.add(
            CheckinDraft(day=ago(clock, 10), scores={"overall": 4, "honesty": 3})
        ).id,
        "long_ago": journal.checkins.add(
            CheckinDraft(day=ago(clock, 400), scores={"overall": 2})
        ).id,
        "therapy": journal.events.add(
            EventDraft(day=ago(clock, 5), kind="therapy", title="Session with Dr. Lee")
        ).id,
        "trigger": journal.events.add(
            EventDraft(
                day=ago(clock, 20), kind="trigger", title="A song", intensity=6, minutes_to_calm=40
            )
        ).id,
        "discovery": journal.events.add(
            EventDraft(day=ago(clock, 420), kind="discovery", title="The day I found out")
        ).id,
    }
    for days, mood in ((1, 4), (8, 2), (300, 1)):
        entry = journal.add_entry(EntryDraft(day=ago(clock, days), body="words", mood=mood))
        made[f"mood_{days}"] = entry.id
    return made


@pytest.fixture
def page(qtbot: QtBot, journal: Journal, clock: ManualClock) -> Iterator[TimelinePage]:
    with page_shown(qtbot, TimelinePage(journal, clock=clock), 1280, 800) as shown:
        yield shown


def show_everything(page: TimelinePage) -> None:
    for box in page.findChildren(QtWidgets.QCheckBox):
        if box.objectName().startswith("timelineShow_"):
            box.setChecked(True)


def drawn(page: TimelinePage) -> set[tuple[str, str, dt.date, int | None]]:
    return {(i.kind, i.series, i.day, i.ref) for i in page.chart.visible_points()}


def in_vault(
    journal: Journal, start: dt.date, end: dt.date
) -> set[tuple[str, str, dt.date, int | None]]:
    view = journal.timeline(start, end)
    expected = {(CHECKIN, name, c.day, c.id) for c in view.checkins for name in c.scores}
    expected |= {(EVENT, e.kind, e.day, e.id) for e in view.events}
    expected |= {(MOOD_KIND, "mood", m.day, None) for m in view.moods}
    return expected


def click(qtbot: QtBot, page: TimelinePage, item: ChartItem) -> None:
    where = page.chart.position_of(item).toPoint()
    qtbot.mouseClick(page.chart, LEFT, pos=where)


def find_item(page: TimelinePage, kind: str, series: str) -> ChartItem:
    return next(i for i in page.chart.visible_points() if i.kind == kind and i.series == series)


def test_the_chart_shows_exactly_what_the_vault_holds_for_the_range(
    qtbot: QtBot, journal: Journal, history: dict[str, int], page: TimelinePage
) -> None:
    show_everything(page)
    start, end = page.chart.view_range()
    assert page.chart.zoom == "quarter"
    assert drawn(page) == in_vault(journal, start, end)
    refs = {ref for *_rest, ref in drawn(page)}
    assert {history["recent"], history["older"], history["therapy"], history["trigger"]} <= refs
    assert history["long_ago"] not in refs
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineZoom_all"), LEFT)
    start, end = page.chart.view_range()
    assert start <= journal.events.get(history["discovery"]).day
    assert drawn(page) == in_vault(journal, start, end)
    assert {history["long_ago"], history["discovery"]} <= {r for *_x, r in drawn(page)}


def test_toggling_a_dimension_hides_its_line(
    qtbot: QtBot, history: dict[str, int], page: TimelinePage
) -> None:
    box = page.findChild(QtWidgets.QCheckBox, "timelineShow_safety")
    assert box.isChecked()
    assert any(i.series == "safety" for i in page.chart.visible_points())
    qtbot.mouseClick(box, LEFT)
    assert not page.chart.is_series_visible("safety")
    assert not any(i.series == "safety" for i in page.chart.visible_points())
    assert any(i.series == "overall" for i in page.chart.visible_points())
    assert not page.chart.grab().isNull()  # paints without the line, and without warnings


def test_clicking_markers_opens_the_check_in_the_event_or_the_entry(
    qtbot: QtBot, history: dict[str, int], page: TimelinePage
) -> None:
    click(qtbot, page, find_item(page, EVENT, "therapy"))
    qtbot.waitUntil(lambda: isinstance(page.dialog, EventDialog))
    assert isinstance(page.dialog, EventDialog)
    assert page.dialog.event_id == history["therapy"]
    assert page.dialog.title_field.text() == "Session with Dr. Lee"
    page.dialog.reject()
    overall = next(
        i
        for i in page.chart.visible_points()
        if i.series == "overall" and i.ref == history["recent"]
    )
    click(qtbot, page, overall)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CheckinDialog))
    assert isinstance(page.dialog, CheckinDialog)
    assert page.dialog.checkin_id == history["recent"]
    page.dialog.reject()
    mood = next(i for i in page.chart.visible_points() if i.kind == MOOD_KIND and i.value == 4)
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        click(qtbot, page, mood)
    assert opened.args == [history["mood_1"]]


def test_a_check_in_saved_through_the_dialog_appears_on_the_chart(
    qtbot: QtBot, clock: ManualClock, page: TimelinePage
) -> None:
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineCheckin"), LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CheckinDialog))
    dialog = page.dialog
    assert isinstance(dialog, CheckinDialog)
    step_until(
        lambda: dialog.step_name() == "checkinStep_overall",
        lambda: qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "checkinSkip"), LEFT),
    )
    dialog.findChild(QtWidgets.QSlider, "checkinSlider_overall").setValue(8)
    step_until(
        lambda: dialog.step_name() == "checkinStepSummary",
        lambda: qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "checkinNext"), LEFT),
    )
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "checkinSave"), LEFT)
    qtbot.waitUntil(
        lambda: any(
            i.kind == CHECKIN and i.series == "overall" and i.value == 8 and i.day == clock.today()
            for i in page.chart.visible_points()
        )
    )


def test_moments_are_added_changed_and_deleted_from_the_list(
    qtbot: QtBot,
    journal: Journal,
    clock: ManualClock,
    page: TimelinePage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineEventAdd"), LEFT)
    dialog = page.dialog
    assert isinstance(dialog, EventDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("trigger"))
    assert dialog.intensity.isEnabled()
    qtbot.keyClicks(dialog.title_field, "Old text message")
    dialog.intensity.setValue(7)
    dialog.minutes.setValue(25)
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "eventSave"), LEFT)
    qtbot.waitUntil(lambda: len(page.events.ids()) == 1)
    event = journal.events.get(page.events.ids()[0])
    assert (event.kind, event.intensity, event.minutes_to_calm) == ("trigger", 7, 25)
    assert any(i.ref == event.id for i in page.chart.visible_points())
    assert page.trends.triggers.rowCount() == 1
    page.events.select(event.id)
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineEventEdit"), LEFT)
    edit = page.dialog
    assert isinstance(edit, EventDialog) and edit.event_id == event.id
    edit.title_field.setText("An old text message")
    qtbot.mouseClick(edit.findChild(QtWidgets.QPushButton, "eventSave"), LEFT)
    qtbot.waitUntil(lambda: journal.events.get(event.id).title == "An old text message")
    qtbot.waitUntil(
        lambda: page.events.view.item(0, 2).text() == "An old text message (7 of 10, 25 min)"
    )
    yes = QtWidgets.QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *_args: yes)
    page.events.select(event.id)
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineEventDelete"), LEFT)
    qtbot.waitUntil(lambda: page.events.ids() == [])
    assert not any(i.ref == event.id for i in page.chart.visible_points())


def test_an_event_without_a_title_is_not_saved_and_says_why(
    qtbot: QtBot, journal: Journal, page: TimelinePage
) -> None:
    dialog = page.open_event(None)
    assert dialog is not None
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "eventSave"), LEFT)
    assert dialog.isVisible()
    assert "title" in dialog.findChild(QtWidgets.QLabel, "eventMessage").text()
    assert journal.events.between(dt.date(2000, 1, 1), dt.date(2100, 1, 1)) == []


def test_zoom_and_pan_by_buttons_keys_wheel_and_drag(
    qtbot: QtBot, clock: ManualClock, history: dict[str, int], page: TimelinePage
) -> None:
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineZoom_month"), LEFT)
    first, last = page.chart.view_range()
    assert 29 <= (last - first).days <= 31 and last >= clock.today()
    qtbot.mouseClick(page.findChild(QtWidgets.QPushButton, "timelineBack"), LEFT)
    assert page.chart.view_range()[1] < last
    page.chart.setFocus()
    qtbot.keyClick(page.chart, Qt.Key.Key_Home)
    assert page.chart.view_range() == (first, last)
    qtbot.keyClick(page.chart, Qt.Key.Key_Left)
    assert page.chart.view_range()[0] < first
    qtbot.keyClick(page.chart, Qt.Key.Key_Plus)
    qtbot.keyClick(page.chart, Qt.Key.Key_Minus)
    assert page.chart.zoom == "quarter"
    before = page.chart.view_range()
    drag(page.chart, 600, 900)
    assert page.chart.view_range()[0] < before[0]
    before = page.chart.view_range()
    wheel(page.chart, 120)
    assert page.chart.view_range()[0] < before[0]
    assert page.findChild(QtWidgets.QLabel, "timelineRange").text()


def drag(widget: QtWidgets.QWidget, from_x: int, to_x: int) -> None:
    y = widget.height() / 2
    for kind, x, buttons in (
        (QtCore.QEvent.Type.MouseButtonPress, from_x, LEFT),
        (QtCore.QEvent.Type.MouseMove, (from_x + to_x) / 2, LEFT),
        (QtCore.QEvent.Type.MouseMove, to_x, LEFT),
        (QtCore.QEvent.Type.MouseButtonRelease, to_x, Qt.MouseButton.NoButton),
    ):
        point = QtCore.QPointF(x, y)
        event = QtGui.QMouseEvent(
            kind, point, widget.mapToGlobal(point), LEFT, buttons, Qt.KeyboardModifier.NoModifier
        )
        QtWidgets.QApplication.sendEvent(widget, event)


def wheel(widget: QtWidgets.QWidget, degrees_times_8: int) -> None:
    point = QtCore.QPointF(widget.width() / 2, widget.height() / 2)
    event = QtGui.QWheelEvent(
        point,
        widget.mapToGlobal(point),
        QtCore.QPoint(),
        QtCore.QPoint(0, degrees_times_8),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def test_hovering_a_marker_says_what_it_is(
    qtbot: QtBot, history: dict[str, int], page: TimelinePage
) -> None:
    trigger = find_item(page, EVENT, "trigger")
    words = describe(page.chart._data, trigger)
    assert (
        "Trigger" in words and "A song" in words and "40 minutes" in words and "Strength 6" in words
    )
    qtbot.mouseMove(page.chart, page.chart.position_of(trigger).toPoint())
    qtbot.waitUntil(lambda: page.chart._hover == trigger)


def test_trends_show_averages_and_triggers_for_the_view(
    qtbot: QtBot, history: dict[str, int], page: TimelinePage
) -> None:
    averages = page.trends.averages
    qtbot.waitUntil(lambda: averages.rowCount() > 0)
    names = [averages.item(row, 0).text() for row in range(averages.rowCount())]
    assert names[0] == "Overall"
    assert averages.item(0, 1).text() == "5.0"
    triggers = page.trends.triggers
    assert triggers.rowCount() == 1
    assert (triggers.item(0, 1).text(), triggers.item(0, 2).text()) == ("1", "6.0")


def test_lock_empties_the_chart_and_stops_listening(
    journal: Journal, clock: ManualClock, history: dict[str, int], page: TimelinePage
) -> None:
    page.clear_for_lock()
    assert page.chart.visible_points() == []
    assert page.events.ids() == []
    journal.events.add(EventDraft(day=clock.today(), kind="milestone", title="A good day"))
    QtCore.QCoreApplication.processEvents()
    assert page.chart.visible_points() == []


def test_after_a_lock_a_change_reaches_nothing_on_the_page(
    qtbot: QtBot, journal: Journal, clock: ManualClock
) -> None:
    listeners = journal.changes._listeners  # the hub's own list: how many still listen
    before = len(listeners)
    shown = TimelinePage(journal, clock=clock)
    qtbot.addWidget(shown)
    assert len(listeners) > before
    heard: list[str] = []
    shown.watcher.changed.connect(lambda: heard.append("changed"))
    journal.events.add(EventDraft(day=clock.today(), kind="milestone", title="Heard"))
    qtbot.waitUntil(lambda: heard == ["changed"])
    shown.clear_for_lock()
    assert len(listeners) == before
    journal.events.add(EventDraft(day=clock.today(), kind="milestone", title="Not heard"))
    QtCore.QCoreApplication.processEvents()
    QtCore.QCoreApplication.processEvents()
    assert heard == ["changed"]


def test_the_keyboard_chooses_and_opens_items_on_the_chart(
    qtbot: QtBot, history: dict[str, int], page: TimelinePage
) -> None:
    page.chart.setFocus()
    qtbot.keyClick(page.chart, Qt.Key.Key_Down)
    first = sorted(page.chart.visible_points(), key=lambda i: i.day)[0]
    chosen = page.chart._hover
    assert chosen is not None and chosen.day == first.day
    assert page.chart.accessibleDescription() == describe(page.chart._data, chosen)
    step_until(
        lambda: page.chart._hover is not None and page.chart._hover.ref == history["therapy"],
        lambda: qtbot.keyClick(page.chart, Qt.Key.Key_Down),
        limit=200,
    )
    qtbot.keyClick(page.chart, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(page.dialog, EventDialog))
    assert isinstance(page.dialog, EventDialog)
    assert page.dialog.event_id == history["therapy"]


def test_tab_goes_from_the_zoom_to_the_chart_to_the_moments(page: TimelinePage) -> None:
    order = []
    widget: QtWidgets.QWidget = page.zoom_buttons["month"]
    for _ in range(40):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order.index("timelineZoom_month") < order.index("timelineCheckin")
    assert order.index("timelineCheckin") < order.index("timelineChart")
    assert order.index("timelineChart") < order.index("timelineEventAdd")


def test_a_new_moment_starts_on_a_gentle_kind(page: TimelinePage) -> None:
    dialog = page.open_event(None)
    assert dialog is not None
    assert dialog.kind.currentData() == "therapy"


def test_choosing_trigger_moves_nothing_under_the_pointer(qtbot: QtBot, page: TimelinePage) -> None:
    dialog = page.open_event(None)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    note, size = dialog.note.geometry(), dialog.size()
    help_text = dialog.findChild(QtWidgets.QLabel, "eventTriggerHelp")
    dialog.kind.setCurrentIndex(dialog.kind.findData("trigger"))
    QtCore.QCoreApplication.processEvents()
    assert (dialog.note.geometry(), dialog.size()) == (note, size)
    assert help_text.isVisible() and help_text.isEnabled() and dialog.intensity.isEnabled()


def test_a_trigger_reads_the_same_on_the_timeline_and_in_an_export(
    journal: Journal, clock: ManualClock
) -> None:
    event = journal.events.add(
        EventDraft(
            day=ago(clock, 2), kind="trigger", title="A song", intensity=6, minutes_to_calm=1
        )
    )
    words = "strength 6 of 10, calm again after 1 minute"
    assert words.capitalize() in describe_event(event).splitlines()
    exported = ExportEvent(
        day=event.day,
        kind=event.kind,
        kind_label="Trigger",
        title=event.title,
        note="",
        intensity=event.intensity,
        minutes_to_calm=event.minutes_to_calm,
    )
    assert f"({words})" in event_line(exported)


def test_the_app_paints_its_chart_with_the_pdfs_painter(
    page: TimelinePage, history: dict[str, int], clock: ManualClock
) -> None:
    chart = page.chart
    chart.clearFocus()  # the focus ring is the widget's own
    shown = chart.grab().toImage()
    again = QtGui.QImage(shown.size(), shown.format())
    again.setDevicePixelRatio(shown.devicePixelRatio())
    again.fill(chart.palette().color(QtGui.QPalette.ColorRole.Base))
    painter = QtGui.QPainter(again)
    painter.setFont(chart.font())
    paint_timeline(painter, chart._ensure_scene(), chart.palette(), clock.today())
    painter.end()
    assert shown == again


def test_where_two_scores_overlap_the_tooltip_names_the_one_on_top(
    qtbot: QtBot, journal: Journal, clock: ManualClock, page: TimelinePage
) -> None:
    journal.checkins.add(
        CheckinDraft(day=ago(clock, 2), scores={"overall": 6, "safety": 6, "honesty": 2})
    )
    qtbot.waitUntil(lambda: len(page.chart.visible_points()) == 3)
    overall = find_item(page, CHECKIN, "overall")
    safety = find_item(page, CHECKIN, "safety")
    where = page.chart.position_of(overall)
    assert where == page.chart.position_of(safety)
    assert page.chart.item_at(where) == overall  # overall is drawn last, on top
    assert page.chart.items_at(where) == [safety, overall]
