"""The events under the timeline chart: a list of the moments in view, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from trustjournal.core.chart import style as chart_style
from trustjournal.core.language.speaking import _
from trustjournal.core.records.trust import Event, event_kind_label
from trustjournal.ui.qt import Qt, QtWidgets, Signal
from trustjournal.ui.trust.timeline import texts
from trustjournal.ui.trust.timeline.data import short_day
from trustjournal.ui.trust.timeline.trends import table
from trustjournal.ui.widgets.controls import button, label


def compact_trigger(event: Event) -> str:
    """A trigger's strength and minutes to calm, short enough for a table cell."""
    intensity, minutes = event.intensity, event.minutes_to_calm
    if intensity is not None and minutes is not None:
        return texts.EVENT_STRENGTH_AND_MINUTES.format(intensity=intensity, minutes=minutes)
    if intensity is not None:
        return texts.EVENT_STRENGTH.format(intensity=intensity)
    if minutes is not None:
        return texts.EVENT_MINUTES.format(minutes=minutes)
    return ""


class EventList(QtWidgets.QWidget):
    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineEventList")
        self.view = table(
            "timelineEvents",
            _("Moments in this period, newest first"),
            tuple(texts.said(texts.EVENT_HEADERS)),
        )
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(
            2, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        # A long title ends in "…" here; the whole of it shows when the moment is opened.
        self.view.setProperty("layout_may_elide", [2])
        self.empty = label(texts.NO_EVENTS, "muted", "timelineEventsEmpty")
        self.add_button = button(_("Add a moment…"), "timelineEventAdd")
        self.edit_button = button(_("Change…"), "timelineEventEdit")
        self.delete_button = button(_("Delete…"), "timelineEventDelete")
        row = QtWidgets.QHBoxLayout()
        row.addWidget(label(_("Moments"), "subheading"))
        row.addStretch(1)
        for widget in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(widget)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit_current)
        self.delete_button.clicked.connect(self._delete_current)
        self.view.itemActivated.connect(lambda *_: self._edit_current())
        self.view.itemSelectionChanged.connect(self._enable)
        self.show_events(())

    def show_events(self, events: Sequence[Event]) -> None:
        chosen = self.current_id()
        self.view.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):
            details = compact_trigger(event)
            title = event.title
            if details:
                title = texts.EVENT_TITLE_WITH_DETAILS.format(title=title, details=details)
            cells = (short_day(event.day), event_kind_label(event.kind), title)
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                item.setToolTip(text)
                if column == 1:
                    item.setIcon(chart_style.glyph(event.kind, self.palette()))
                self.view.setItem(row, column, item)
        self.view.setVisible(bool(events))
        self.empty.setVisible(not events)
        self.select(chosen)
        self._enable()

    def ids(self) -> list[int]:
        return [self._id_at(row) for row in range(self.view.rowCount())]

    def select(self, event_id: int | None) -> None:
        rows = self.ids()
        if event_id in rows:
            self.view.selectRow(rows.index(event_id))
        else:
            self.view.clearSelection()

    def current_id(self) -> int | None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            return None
        return self._id_at(selected[0].row())

    def _id_at(self, row: int) -> int:
        item = self.view.item(row, 0)
        assert item is not None  # show_events() fills every row it adds
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit_current(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.edit_requested.emit(chosen)

    def _delete_current(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.delete_requested.emit(chosen)
