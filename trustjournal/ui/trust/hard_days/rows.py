"""A short list of people or dates, each a few lines with its name in bold and its own
small actions (Change, Remove, Write the plan). A person has a handful of these, so
plain widgets serve better than a view."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.trust.hard_days import texts
from trustjournal.ui.widgets.access.tab_order import in_tab_order_after
from trustjournal.ui.widgets.controls import label, link_button


@dataclass(frozen=True)
class Row:
    key: int
    title: str
    text: str = ""  # the lines that matter (how to reach, the plan)
    aside: str = ""  # quieter lines (a note, a place)
    # An action's words for this row, by the action's name, where they differ (a plan
    # already written is changed, not written).
    wording: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowAction:
    text: str
    name: str  # the button's objectName is this followed by the row's key
    act: Callable[[int], object]  # what it returns (a dialog, say) is not used


class RowList(QtWidgets.QWidget):
    def __init__(self, name: str, accessible: str, actions: Sequence[RowAction]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._actions = tuple(actions)
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)
        self._rows: list[tuple[Row, QtWidgets.QWidget]] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.clear()
        for row in rows:
            widget = self._row_widget(row)
            self._layout.addWidget(widget)
            self._rows.append((row, widget))
        # Rows made now would join the end of Tab's round: theirs is here, in reading order.
        buttons = QtWidgets.QAbstractButton
        in_tab_order_after(self, [b for _r, w in self._rows for b in w.findChildren(buttons)])

    def _row_widget(self, row: Row) -> QtWidgets.QWidget:
        widget = QtWidgets.QWidget()
        widget.setObjectName(f"{self.objectName()}Row{row.key}")
        widget.setAccessibleName(row.title)
        layout = QtWidgets.QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        title = label(row.title)
        font = QtGui.QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        for text, role in ((row.text, ""), (row.aside, "muted")):
            if text:
                layout.addWidget(label(text, role))
        buttons = QtWidgets.QHBoxLayout()
        buttons.setSpacing(16)
        for action in self._actions:
            text = row.wording.get(action.name, action.text)
            link = link_button(text, f"{action.name}{row.key}")
            link.setAccessibleName(texts.ROW_ACTION.format(action=text, title=row.title))
            link.clicked.connect(lambda _checked=False, a=action, k=row.key: a.act(k))
            buttons.addWidget(link)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return widget

    def count(self) -> int:
        return len(self._rows)

    def row_text(self, index: int) -> str:
        row = self._rows[index][0]
        return "\n".join(part for part in (row.title, row.text, row.aside) if part)

    def clear(self) -> None:
        for _row, widget in self._rows:
            self._layout.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._rows = []
