"""The export dialog's small parts: its check boxes, its dates, its comma-separated words
and the scrolling column its choices sit in (export_dialog.py)."""

from __future__ import annotations

import datetime as dt

from trustjournal.core.records.entries import MOOD_MAX, MOOD_MIN
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
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


def mood_spin(name: str, text: str, value: int) -> QtWidgets.QSpinBox:
    spin = QtWidgets.QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(text)
    spin.setRange(MOOD_MIN, MOOD_MAX)
    spin.setValue(value)
    return spin


class ChoicesArea(QtWidgets.QScrollArea):
    """Scrolls up and down only, so it is never narrower than its choices' widest row.

    Measured each time it is asked, not when made: the words' language and the text size
    are only applied to the choices as the dialog first shows, and a width taken before
    that cut the longer rows of a longer language."""

    def minimumSizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return self._as_wide_as(super().minimumSizeHint(), least=True)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        """As wide as the choices like to be (each field beside its name), and as tall: on a
        tall screen the dialog shows them all."""
        return self._as_wide_as(super().sizeHint(), least=False)

    def _as_wide_as(self, hint: QtCore.QSize, least: bool) -> QtCore.QSize:
        inner = self.widget()
        if inner is None:
            return hint
        wanted = inner.minimumSizeHint() if least else inner.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        height = hint.height() if least else wanted.height() + 2 * self.frameWidth()
        return QtCore.QSize(wanted.width() + bar + 2 * self.frameWidth(), height)


def scrolling(choices: QtWidgets.QLayout) -> QtWidgets.QScrollArea:
    """The choices scroll up and down on a short screen instead of squashing every field
    (they cut their text at the bottom), and never sideways."""
    inner = QtWidgets.QWidget()
    inner.setObjectName("export_choices")
    inner.setLayout(choices)
    area = ChoicesArea()
    area.setObjectName("export_choices_scroll")
    scrolls_to_its_controls(area)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area
