"""The export dialog's small parts: its check boxes, its dates, its comma-separated words
and the scrolling column its choices sit in (export_dialog.py)."""

from __future__ import annotations

import datetime as dt

from trustjournal.ui.qt import Qt, QtWidgets
from trustjournal.ui.widgets.controls import scrolls_to_its_controls


def words_in(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


def date_of(edit: QtWidgets.QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def check_box(text: str, name: str, checked: bool = False) -> QtWidgets.QCheckBox:
    box = QtWidgets.QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(text)
    box.setChecked(checked)
    return box


def scrolling(choices: QtWidgets.QLayout) -> QtWidgets.QScrollArea:
    """The choices scroll up and down on a short screen instead of squashing every field
    (they cut their text at the bottom), and never sideways."""
    inner = QtWidgets.QWidget()
    inner.setObjectName("export_choices")
    inner.setLayout(choices)
    area = QtWidgets.QScrollArea()
    area.setObjectName("export_choices_scroll")
    scrolls_to_its_controls(area)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(inner.minimumSizeHint().width() + bar)
    return area
