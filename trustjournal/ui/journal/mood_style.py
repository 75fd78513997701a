"""How a mood looks: a calm colour that reads in light and dark, always with its number.

The colours step along a colour-blind-friendly scale (purple, blue, teal, green,
sand); the number and label are always shown too, so colour is never the only cue.
"""

from __future__ import annotations

from trustjournal.core.records.entries import mood_word
from trustjournal.ui.journal import texts
from trustjournal.ui.qt import QtGui, QtWidgets

_MOOD_COLOURS = {
    1: "#7b5ea7",
    2: "#4f7cba",
    3: "#3f9e93",
    4: "#7fae6a",
    5: "#d9b45a",
}


def mood_colour(mood: int) -> QtGui.QColor:
    return QtGui.QColor(_MOOD_COLOURS[mood])


def mood_text_colour(mood: int) -> QtGui.QColor:
    """Dark text on the light colours, light text on the deep ones."""
    return QtGui.QColor("#1d1d1f") if mood >= 3 else QtGui.QColor("#fbfbfd")


def mood_tint(mood: int, palette: QtGui.QPalette, strength: float = 0.35) -> QtGui.QColor:
    """The mood colour softened toward the palette's base, for backgrounds."""
    base = palette.color(QtGui.QPalette.ColorRole.Base)
    colour = mood_colour(mood)
    return QtGui.QColor(
        round(base.red() + (colour.red() - base.red()) * strength),
        round(base.green() + (colour.green() - base.green()) * strength),
        round(base.blue() + (colour.blue() - base.blue()) * strength),
    )


def mood_words(mood: int | None) -> str:
    if mood is None:
        return texts.NO_MOOD
    return texts.MOOD_WORDS.format(mood=mood, label=mood_word(mood))


CHIP_STYLE = """
QToolButton[chip="true"] {
    padding: 3px 10px;
    border: 1px solid palette(mid);
    border-radius: 11px;
    background: palette(base);
    color: palette(text);
}
QToolButton[chip="true"]:hover { border-color: palette(highlight); }
QToolButton[chip="true"]:focus { border: 2px solid palette(highlight); }
QToolButton[chip="true"]:checked {
    background: palette(highlight);
    color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


def make_chip(button: QtWidgets.QAbstractButton) -> None:
    """A rounded, checkable pill whose chosen state is clear in light and dark (palette roles);
    the holder of the chips carries CHIP_STYLE once."""
    button.setProperty("chip", True)
    button.setCheckable(True)
