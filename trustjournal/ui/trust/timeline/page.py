"""The Timeline page: the chart of trust and mood, the moments in view, and gentle trends.

The page reads the whole history once per change (the chart then only looks
things up by day), and the trends for whatever range is in view.
"""

from __future__ import annotations

import datetime as dt
import itertools

from trustjournal.core.changes import Topic
from trustjournal.core.chart import style as chart_style
from trustjournal.core.chart.axis import ZOOMS
from trustjournal.core.chart.data import SCORES, arrangement_spans, phase_spans
from trustjournal.core.chart.painter import TOGETHER_LEGEND, together_label
from trustjournal.core.chart.scene import AVERAGE, EVENTS
from trustjournal.core.clock import Clock
from trustjournal.core.journal.disclosure.disclosure_json import arrangement_name
from trustjournal.core.journal.journal import Journal
from trustjournal.core.journal.path.phases import phase_name
from trustjournal.core.journal.trends import MOOD
from trustjournal.core.language.speaking import _
from trustjournal.core.records.entries import EntryFilter
from trustjournal.core.records.trust import DIMENSION_SHORT_LABELS, dimension_short_label
from trustjournal.ui.journal.flow_layout import FlowLayout
from trustjournal.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from trustjournal.ui.trust.checkin_dialog import CheckinDialog
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.trust.timeline.chart import TimelineChart
from trustjournal.ui.trust.timeline.data import ChartData, short_day
from trustjournal.ui.trust.timeline.event_dialog import EventDialog
from trustjournal.ui.trust.timeline.events import EventList
from trustjournal.ui.trust.timeline.reading import ChartTable, chart_summary
from trustjournal.ui.trust.timeline.scores import scores_words
from trustjournal.ui.trust.timeline.trends import TrendsPanel
from trustjournal.ui.trust.trust_page import TrustPage
from trustjournal.ui.widgets.change_watch import ChangeWatcher
from trustjournal.ui.widgets.controls import button, confirmed, label, show_text


def toggle_names() -> dict[str, str]:
    """Each series the chart can show, by the name its tick box says."""
    return {
        **{key: dimension_short_label(key) for key in DIMENSION_SHORT_LABELS},
        MOOD: texts.TIMELINE_MOOD,
        AVERAGE: texts.TIMELINE_TREND,
        EVENTS: texts.TIMELINE_MOMENTS,
        SCORES: texts.TIMELINE_SCORES,
        # the export's chart names them the same
        **{name: together_label(name) for name in TOGETHER_LEGEND},
    }


SHOWN_AT_FIRST = {"overall", "safety", "honesty", "closeness", MOOD, AVERAGE, EVENTS}
SHOWN_AT_FIRST |= {"together_owner", "together_partner"}
# The chosen zoom reads as chosen in light and dark alike (palette colours).
ZOOM_STYLE = (
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); }"
)
HISTORY_AHEAD = dt.timedelta(days=366)  # planned sessions and reviews, a year ahead
TRENDS_DELAY_MS = 120


class TimelinePage(TrustPage):
    together_requested = Signal()  # check in together (the session runs it)

    def __init__(
        self, journal: Journal, parent: QtWidgets.QWidget | None = None, clock: Clock | None = None
    ) -> None:
        super().__init__(journal, parent, clock, "timelinePage", _("Timeline"))
        self._stale = True
        self.chart = TimelineChart(self)
        self.table: ChartTable | None = None  # made when first asked for
        self.events = EventList(self)
        self.trends = TrendsPanel(self)
        self.trends_timer = QtCore.QTimer(self)
        self.trends_timer.setSingleShot(True)
        self.trends_timer.setInterval(TRENDS_DELAY_MS)
        self._build()
        self._connect()
        self._set_tab_order()
        topics = (Topic.CHECKINS, Topic.EVENTS, Topic.AGREEMENTS, Topic.ENTRIES, Topic.SETTINGS)
        self.watcher = ChangeWatcher(
            journal, (*topics, Topic.PATH, Topic.SCORES, Topic.ARRANGEMENTS), self
        )
        self.watcher.changed.connect(self._changed)
        self.refresh()
        self.chart.set_zoom("quarter")
        self.chart.show_latest()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        self.margins = QtCore.QMargins(16, 12, 16, 12)
        layout.setContentsMargins(self.margins)
        layout.setSpacing(8)
        layout.addLayout(self._toolbar())
        layout.addLayout(self._range_row())
        layout.addWidget(self._toggles())
        self.scores_note = label("", "muted", "timelineScoresNote")
        self.scores_note.setVisible(False)
        layout.addWidget(self.scores_note)
        self.chart_or_table = QtWidgets.QStackedWidget(self)
        self.chart_or_table.addWidget(self.chart)
        layout.addWidget(self.chart_or_table, 5)
        self.bottom = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        self.bottom.setSpacing(16)
        self.bottom.addWidget(self.events, 1)
        self.bottom.addWidget(self.trends)
        layout.addLayout(self.bottom, 3)

    def _arrange_bottom(self) -> None:
        """The trends beside the moments where the page has room for both at the width they
        ask for (the trends' tables whole), else below them: squeezed beside, the tables cut
        their words ("Ove…") at 1024 px. Asked-for widths, not minimums: a minimum would
        hold the page wider than its scroll area, and this would never be asked again."""
        beside = (
            self.margins.left()
            + self.events.sizeHint().width()
            + self.bottom.spacing()
            + self.trends.sizeHint().width()
            + self.margins.right()
        )
        wanted = (
            QtWidgets.QBoxLayout.Direction.LeftToRight
            if self.width() >= beside
            else QtWidgets.QBoxLayout.Direction.TopToBottom
        )
        if self.bottom.direction() != wanted:
            self.bottom.setDirection(wanted)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange_bottom()

    def _toolbar(self) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        self.zoom_group = QtWidgets.QButtonGroup(self)
        self.zoom_buttons: dict[str, QtWidgets.QPushButton] = {}
        for zoom in ZOOMS:
            words, tip = _(texts.TIMELINE_ZOOMS[zoom]), _(texts.TIMELINE_ZOOM_TIPS[zoom])
            choice = button(words, f"timelineZoom_{zoom}", tip=tip)
            choice.setCheckable(True)
            choice.setStyleSheet(ZOOM_STYLE)
            self.zoom_group.addButton(choice)
            self.zoom_buttons[zoom] = choice
            row.addWidget(choice)
        everything = self.zoom_buttons["all"]  # what it says to a screen reader, too
        everything.setAccessibleDescription(everything.toolTip())
        self.back_button = button("◀", "timelineBack", tip=_("Earlier (Left arrow)"))
        self.back_button.setAccessibleName(_("Earlier"))
        self.forward_button = button("▶", "timelineForward", tip=_("Later (Right arrow)"))
        self.forward_button.setAccessibleName(_("Later"))
        self.latest_button = button(_("Latest"), "timelineLatest", tip=_("Back to today (Home)"))
        self.table_button = button(
            _("Table"), "timelineAsTable", tip=_("Show the chart's points as a table")
        )
        self.table_button.setAccessibleName(_("Show the chart as a table"))
        self.table_button.setCheckable(True)
        self.table_button.setStyleSheet(ZOOM_STYLE)
        self.range_label = QtWidgets.QLabel()
        self.range_label.setObjectName("timelineRange")
        self.range_label.setProperty("role", "subheading")
        self.range_label.setWordWrap(True)  # at 200 % text the range and buttons need 1,020 px
        self.checkin_button = button(_("Check in…"), "timelineCheckin", primary=True)
        row.addSpacing(12)
        for widget in (
            self.back_button,
            self.forward_button,
            self.latest_button,
            self.table_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.together_button = button(
            _("Together…"), "timelineTogether", tip=_("Check in together")
        )
        self.together_button.setAccessibleName(_("Check in together"))
        self.together_button.clicked.connect(self.together_requested.emit)
        return row

    def _range_row(self) -> QtWidgets.QHBoxLayout:
        """The range in view, then the ways to check in: on a row of their own, since
        beside the zoom they pushed the page past a 1024 px window."""
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.range_label, 1)
        row.addWidget(self.checkin_button)
        row.addWidget(self.together_button)
        return row

    def _toggles(self) -> QtWidgets.QWidget:
        """The series' tick boxes, as many to a line as the page's width holds (rows of a
        fixed four ran past a 1024 px window in longer words and at 200 % text)."""
        holder = QtWidgets.QWidget()
        holder.setObjectName("timelineToggles")
        lines = FlowLayout(holder, spacing=10)
        self.toggles: dict[str, QtWidgets.QCheckBox] = {}
        for name, text in toggle_names().items():
            box = QtWidgets.QCheckBox(text)
            box.setObjectName(f"timelineShow_{name}")
            box.setAccessibleName(texts.SHOW_SERIES.format(series=text))
            if name not in (AVERAGE, EVENTS):
                box.setIcon(chart_style.swatch(name, self.palette()))
                box.setIconSize(QtCore.QSize(28, 16))
            box.setChecked(name in SHOWN_AT_FIRST)
            self.chart.set_series_visible(name, name in SHOWN_AT_FIRST)
            box.toggled.connect(
                lambda shown, series=name: self.chart.set_series_visible(series, shown)
            )
            self.toggles[name] = box
            lines.addWidget(box)
        return holder

    def _connect(self) -> None:
        for zoom, choice in self.zoom_buttons.items():
            choice.clicked.connect(lambda _checked=False, z=zoom: self.chart.set_zoom(z))
        self.back_button.clicked.connect(lambda: self.chart.pan(-0.5))
        self.forward_button.clicked.connect(lambda: self.chart.pan(0.5))
        self.latest_button.clicked.connect(self.chart.show_latest)
        self.table_button.toggled.connect(self.show_table)
        for box in self.toggles.values():
            box.toggled.connect(self._reread_table)  # after the chart's own, made first
        self.toggles[SCORES].toggled.connect(self._show_scores_note)
        self.checkin_button.clicked.connect(lambda: self.open_checkin(None))
        self.chart.view_changed.connect(self._view_changed)
        self.chart.checkin_activated.connect(self.open_checkin)
        self.chart.event_activated.connect(self.open_event)
        self.chart.mood_activated.connect(self.open_day)
        self.events.add_requested.connect(lambda: self.open_event(None))
        self.events.edit_requested.connect(self.open_event)
        self.events.delete_requested.connect(self.delete_event)
        self.trends_timer.timeout.connect(self.show_view)
        shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+K"), self)
        shortcut.setWhatsThis(_("Start a trust check-in"))
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.open_checkin(None))

    def _set_tab_order(self) -> None:
        """From the zoom to the chart, then the moments, then the trends."""
        chain: list[QtWidgets.QWidget] = [
            *self.zoom_buttons.values(),
            self.back_button,
            self.forward_button,
            self.latest_button,
            self.table_button,
            self.checkin_button,
            self.together_button,
            *self.toggles.values(),
            self.chart,
            self.events.add_button,
            self.events.edit_button,
            self.events.delete_button,
            self.events.view,
            self.trends.averages,
            self.trends.triggers,
        ]
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    # -- the contract with the app shell ------------------------------------------------------

    def clear_for_lock(self) -> None:
        """Close any dialog, empty the chart, the lists and the trends, and stop listening."""
        self.watcher.stop()
        self.trends_timer.stop()
        self.chart.clear()
        self.events.show_events(())
        self.trends.show_trends(None)
        super().clear_for_lock()

    # -- reading the journal ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the whole history again (after a change), then what is in view."""
        if self._journal is None:
            return
        self._stale = False
        today = self._clock.today()
        whole = self._journal.timeline(dt.date.min, today + HISTORY_AHEAD)
        data = ChartData(whole)
        history = self._journal.path.where().history
        role = self._journal.settings.prompt_role
        self.together_button.setVisible(self._journal.path.together_offered(role))
        data.phases = phase_spans([(step.day, phase_name(step.phase)) for step in history])
        listed = self._journal.arrangements.listed()
        data.arrangements = arrangement_spans(listed, today, arrangement_name)
        data.add_scores(self._journal.scores.listed())
        self.chart.set_data(data, today)
        self._show_scores_note()
        self.show_view()

    def _show_scores_note(self) -> None:
        """The totals' change, pointer and note, while they are on the chart."""
        shown = self.toggles[SCORES].isChecked() and self._journal is not None
        words = scores_words(self._journal.scores.summaries()) if self._journal else ""
        show_text(self.scores_note, words if shown else "")

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _view_changed(self) -> None:
        first, last = self.chart.view_range()
        self.range_label.setText(
            texts.TIMELINE_RANGE.format(first=short_day(first), last=short_day(last))
        )
        self.zoom_buttons[self.chart.zoom].setChecked(True)
        self._reread_table()
        self.trends_timer.start()

    def show_table(self, as_table: bool) -> None:
        """The chart's points as a table in the chart's place, or the chart again."""
        table = self._table()
        self._reread_table()
        shown = table if as_table else self.chart
        had_focus = self.chart.hasFocus() or table.hasFocus()
        self.chart_or_table.setCurrentWidget(shown)
        if had_focus:
            shown.setFocus()

    def _table(self) -> ChartTable:
        """The table, made the first time it is asked for, in the chart's place in Tab."""
        if self.table is None:
            self.table = ChartTable(self)
            self.chart_or_table.addWidget(self.table)
            QtWidgets.QWidget.setTabOrder(self.chart, self.table)
            QtWidgets.QWidget.setTabOrder(self.table, self.events.add_button)
        return self.table

    def _reread_table(self) -> None:
        if self.table is not None and self.table_button.isChecked():
            self.table.read(self.chart)

    def show_view(self) -> None:
        """The moments and trends of the days in view (after a short pause when moving)."""
        if self._journal is None:
            return
        self._view_changed()
        self.trends_timer.stop()
        first, last = self.chart.view_range()
        view = self._journal.timeline(first, last)
        self.chart.say_view(chart_summary(self.chart))
        self.events.show_events(view.events)
        self.trends.show_trends(view.trends)
        self._arrange_bottom()

    # -- opening things ------------------------------------------------------------------------

    def open_checkin(self, checkin_id: int | None) -> CheckinDialog | None:
        if self._journal is None:
            return None
        dialog = CheckinDialog(self._journal, self, self._clock, checkin_id=checkin_id)
        self.dialogs.open(dialog)
        return dialog

    def open_event(self, event_id: int | None) -> EventDialog | None:
        if self._journal is None:
            return None
        dialog = EventDialog(self._journal, self, event_id=event_id, day=self._clock.today())
        self.dialogs.open(dialog)
        return dialog

    def open_day(self, day: dt.date) -> None:
        """A mood dot stands for that day's entries: open the latest one with a mood."""
        if self._journal is None:
            return
        where = EntryFilter(date_from=day, date_to=day, mood_min=1)
        ids = self._journal.entry_ids(where)
        if ids:
            self.open_entry_requested.emit(ids[0])

    def delete_event(self, event_id: int) -> bool:
        if self._journal is None:
            return False
        event = self._journal.events.get(event_id)
        question = texts.DELETE_MOMENT_QUESTION.format(title=event.title)
        if not confirmed(self, _("Delete moment"), question):
            return False
        self._journal.events.delete(event_id)
        return True
