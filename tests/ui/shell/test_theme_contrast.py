"""What a new user could not see (issue 21, items 10 and 13): radio buttons in the dark theme,
and password fields that looked usable while off. Contrast is WCAG's: relative luminance of
the colours the theme sets, and of what is drawn."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtCore, QtGui, QtWidgets
from trustjournal.ui.shell.theme import DARK, LIGHT, Colors, apply_theme, style_sheet

THEMES = {"light": LIGHT, "dark": DARK}
NON_TEXT = 3.0  # WCAG 1.4.11: a control's edges and state against what is beside them


def luminance(color: QtGui.QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QtGui.QColor | str, other: QtGui.QColor | str) -> float:
    lighter, darker = sorted((luminance(QtGui.QColor(one)), luminance(QtGui.QColor(other))))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def rule(sheet: str, selector: str) -> str:
    """The body of the style sheet's rule for exactly `selector`."""
    found = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert found is not None, f"no rule for {selector}"
    return found.group(1)


def colour_of(body: str, prop: str) -> str:
    found = re.search(rf"(?<![-\w]){prop}\s*:[^;]*?(#[0-9a-fA-F]{{6}})", body)
    assert found is not None, f"no colour for {prop} in {body}"
    return found.group(1)


# -- the colours set -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", THEMES)
def test_a_radio_buttons_ring_and_dot_stand_out_in_the_colours_set(name: str) -> None:
    colors = THEMES[name]
    sheet = style_sheet(colors, 11)
    ring = colour_of(rule(sheet, "QRadioButton::indicator"), "border")
    checked = rule(sheet, "QRadioButton::indicator:checked")
    dot = colour_of(checked, "background")  # the first stop: the dot
    inside = colour_of(rule(sheet, "QRadioButton::indicator"), "background")
    for around in (colors.window, colors.surface, inside):
        assert contrast(ring, around) >= NON_TEXT, (name, ring, around)
        assert contrast(colour_of(checked, "border-color"), around) >= NON_TEXT
    assert contrast(dot, inside) >= NON_TEXT, (name, dot, inside)


@pytest.mark.parametrize("name", THEMES)
def test_a_check_boxs_edge_stands_out_in_the_colours_set(name: str) -> None:
    colors = THEMES[name]
    sheet = style_sheet(colors, 11)
    edge = colour_of(rule(sheet, "QCheckBox::indicator, QGroupBox::indicator"), "border")
    for around in (colors.window, colors.surface, colors.field):
        assert contrast(edge, around) >= NON_TEXT, (name, edge, around)


# -- what is drawn -------------------------------------------------------------------------------


@pytest.fixture(params=list(THEMES))
def themed(request: pytest.FixtureRequest, qapp: QtWidgets.QApplication) -> Iterator[Colors]:
    yield apply_theme(qapp, request.param)


def indicator_pixels(radio: QtWidgets.QRadioButton) -> list[QtGui.QColor]:
    """The colours along the indicator's middle row, as drawn."""
    option = QtWidgets.QStyleOptionButton()
    radio.initStyleOption(option)
    style = radio.style()
    box = style.subElementRect(QtWidgets.QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    image = radio.grab().toImage()
    ratio = image.devicePixelRatio()
    middle = round(box.center().y() * ratio)
    return [
        image.pixelColor(x, middle)
        for x in range(round(box.left() * ratio), round((box.right() + 1) * ratio))
    ]


def test_radio_buttons_are_drawn_visible(qtbot: QtBot, themed: Colors) -> None:
    holder = QtWidgets.QWidget()
    qtbot.addWidget(holder)
    layout = QtWidgets.QVBoxLayout(holder)
    chosen, other = QtWidgets.QRadioButton("Chosen"), QtWidgets.QRadioButton("Not chosen")
    layout.addWidget(chosen)
    layout.addWidget(other)
    chosen.setChecked(True)
    holder.show()
    qtbot.waitExposed(holder)
    ring = max(contrast(pixel, themed.window) for pixel in indicator_pixels(other))
    assert ring >= NON_TEXT
    row = indicator_pixels(chosen)
    dot = row[len(row) // 2]
    assert contrast(dot, themed.window) >= NON_TEXT
    assert max(contrast(pixel, dot) for pixel in row) >= NON_TEXT  # the dot is a dot


# -- fields that are off look off ----------------------------------------------------------------


def inside_colour(field: QtWidgets.QWidget) -> QtGui.QColor:
    image = field.grab().toImage()
    return image.pixelColor(QtCore.QPoint(image.width() // 2, image.height() // 2))


def strongest_ink(widget: QtWidgets.QWidget, background: str) -> float:
    """The highest contrast any drawn pixel of `widget` has against `background`."""
    image = widget.grab().toImage()
    return max(
        contrast(image.pixelColor(x, y), background)
        for x in range(image.width())
        for y in range(image.height())
    )


def test_the_export_dialogs_password_fields_look_off_until_protection_is_ticked(
    qtbot: QtBot, journal: Journal, themed: Colors
) -> None:
    shown = ExportDialog(journal)
    qtbot.addWidget(shown)
    shown.format.setCurrentIndex(shown.format.findData("pdf"))
    shown.show()
    qtbot.waitExposed(shown)
    assert not shown.protect.isChecked() and not shown.password.isEnabled()
    off = inside_colour(shown.password), inside_colour(shown.password_again)
    shown.protect.setChecked(True)
    assert shown.password.isEnabled()
    on = inside_colour(shown.password), inside_colour(shown.password_again)
    for was, now in zip(off, on, strict=True):
        assert now.name() == themed.field
        assert contrast(was, now) >= 1.15, (was.name(), now.name())
    label = shown.findChild(QtWidgets.QLabel, "export_password_label")
    assert label is not None and label.isEnabled()
    bright = strongest_ink(label, themed.window)
    shown.protect.setChecked(False)
    assert not label.isEnabled()
    dimmed = strongest_ink(label, themed.window)
    assert dimmed < bright * 0.8, (dimmed, bright)  # the field's name is dimmed with it


@pytest.mark.parametrize("name", THEMES)
def test_a_disabled_field_has_its_own_colours(name: str) -> None:
    colors = THEMES[name]
    body = rule(
        style_sheet(colors, 11), "QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled"
    )
    assert contrast(colour_of(body, "background"), colors.field) >= 1.15
    assert colour_of(body, "color") == colors.muted
