"""Focus is always visible, in every theme (issue 23, item 4): every kind of control a
person can Tab to draws a ring in the theme's focus colour when it has the focus, and
none when it has not."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from contrast_kit import rules
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.theme import THEMES, Colors, apply_theme, style_sheet


def _button(role: str) -> QtWidgets.QPushButton:
    made = QtWidgets.QPushButton("Save the entry")
    if role:
        made.setProperty("role", role)
    return made


def _list() -> QtWidgets.QListWidget:
    made = QtWidgets.QListWidget()
    made.addItems(["Monday", "Tuesday"])
    made.setCurrentRow(0)
    return made


def _table() -> QtWidgets.QTableWidget:
    made = QtWidgets.QTableWidget(2, 2)
    made.setCurrentCell(0, 0)
    return made


def _combo() -> QtWidgets.QComboBox:
    made = QtWidgets.QComboBox()
    made.addItems(["Light", "Dark"])
    return made


KINDS: dict[str, Callable[[], QtWidgets.QWidget]] = {
    "line edit": lambda: QtWidgets.QLineEdit("words"),
    "plain text edit": lambda: QtWidgets.QPlainTextEdit("words"),
    "text edit": lambda: QtWidgets.QTextEdit("words"),
    "button": lambda: _button(""),
    "primary button": lambda: _button("primary"),
    "link button": lambda: _button("link"),
    "tool button": lambda: QtWidgets.QToolButton(text="Lock"),
    "check box": lambda: QtWidgets.QCheckBox("Private"),
    "radio button": lambda: QtWidgets.QRadioButton("PDF"),
    "combo box": _combo,
    "spin box": QtWidgets.QSpinBox,
    "date edit": QtWidgets.QDateEdit,
    "slider": lambda: QtWidgets.QSlider(Qt.Orientation.Horizontal),
    "list": _list,
    "table": _table,
}
# The selector of each kind's focus rule in the style sheet.
SELECTORS = (
    "QLineEdit:focus",
    "QPlainTextEdit:focus",
    "QTextEdit:focus",
    "QPushButton:focus",
    'QPushButton[role="primary"]:focus',
    'QPushButton[role="link"]:focus',
    "QToolButton:focus",
    "QCheckBox::indicator:focus",
    "QRadioButton::indicator:focus",
    "QComboBox:focus",
    "QAbstractSpinBox:focus",
    "QSlider:focus",
    "QAbstractItemView:focus",
    "QListWidget#sidebar::item:focus",
)


@pytest.mark.parametrize("name", THEMES)
def test_the_style_sheet_rings_every_kind_in_the_focus_colour(name: str) -> None:
    colors = THEMES[name]
    ringed = {
        part.strip()
        for selector, body in rules(style_sheet(colors, 11))
        if colors.focus_ring in body
        for part in selector.split(",")
    }
    missing = [selector for selector in SELECTORS if selector not in ringed]
    assert not missing, missing


@pytest.fixture(params=list(THEMES))
def themed(request: pytest.FixtureRequest, qapp: QtWidgets.QApplication) -> Iterator[Colors]:
    yield apply_theme(qapp, request.param)
    apply_theme(qapp, "light")


def ring_pixels(widget: QtWidgets.QWidget, ring: str) -> int:
    image = widget.grab().toImage()
    wanted = QtGui.QColor(ring).rgb()
    return sum(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_focused_control_draws_a_ring_that_an_unfocused_one_does_not(
    qtbot: QtBot, themed: Colors, kind: str
) -> None:
    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    layout = QtWidgets.QVBoxLayout(holder)
    first, shown = QtWidgets.QLineEdit("before"), KINDS[kind]()
    shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a tool button takes Tab focus too
    layout.addWidget(first)
    layout.addWidget(shown)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    without = ring_pixels(shown, themed.focus_ring)
    shown.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(shown.hasFocus)
    with_ring = ring_pixels(shown, themed.focus_ring)
    least = min(shown.width(), shown.height())  # at least one side's length of ring
    assert with_ring >= least > without, (kind, without, with_ring, least)
