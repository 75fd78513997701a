"""WCAG 2.2 contrast, computed from a theme's colours, palette and style sheet.

`contrast_table(colors)` lists every pair of colours a person must tell apart, each with
the ratio WCAG asks for: 4.5:1 for text on what it stands on (1.4.3), 3:1 for a control's
edge, a filled control and the focus ring against what is around them (1.4.11, 2.4.7).
The pairs come from the palette Qt paints with and from the rules of the style sheet
itself, so a colour added to either is checked without this file knowing its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trustjournal.ui.qt import QtGui
from trustjournal.ui.shell.theme import Colors, palette, style_sheet

TEXT = 4.5
NON_TEXT = 3.0
# Controls whose outline says "this is a control" (a label's or a card's frame only decorates).
CONTROLS = (
    "QLineEdit",
    "QPlainTextEdit",
    "QTextEdit",
    "QPushButton",
    "QAbstractSpinBox",
    "QComboBox",
    "QProgressBar",
    "QCheckBox::indicator",
    "QRadioButton::indicator",
)
_HEX = r"(#[0-9a-fA-F]{6})"


@dataclass(frozen=True)
class Pair:
    what: str
    front: str
    back: str
    least: float

    @property
    def ratio(self) -> float:
        return contrast(self.front, self.back)

    @property
    def holds(self) -> bool:
        return self.ratio >= self.least


def luminance(color: QtGui.QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(QtGui.QColor(one)), luminance(QtGui.QColor(other))))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def rules(sheet: str) -> list[tuple[str, str]]:
    """(selector, body) of every rule, comments left out."""
    bare = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    return [(s.strip(), b) for s, b in re.findall(r"([^{}]+)\{([^{}]*)\}", bare)]


def colour(body: str, prop: str) -> str | None:
    """The first colour of `prop` in a rule's body (a border's colour, a gradient's first
    stop), or None."""
    found = re.search(rf"(?<![-\w]){prop}\s*:[^;]*?{_HEX}", body)
    return found.group(1).lower() if found else None


def grounds(colors: Colors) -> tuple[str, ...]:
    """What text and controls stand on: the window, a card and a field."""
    return colors.window, colors.surface, colors.field


def contrast_table(colors: Colors) -> list[Pair]:
    return _palette_pairs(colors) + _sheet_pairs(colors) + _place_pairs(colors)


def _palette_pairs(colors: Colors) -> list[Pair]:
    made = palette(colors)
    role = QtGui.QPalette.ColorRole
    pairs = (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.Text, role.AlternateBase),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.Link, role.Window),
    )
    return [
        Pair(
            f"palette {front.name} on {back.name}",
            made.color(front).name(),
            made.color(back).name(),
            TEXT,
        )
        for front, back in pairs
    ]


def _sheet_pairs(colors: Colors) -> list[Pair]:
    found: list[Pair] = []
    for selector, body in rules(style_sheet(colors, 11)):
        if ":disabled" in selector:
            continue  # WCAG asks nothing of a control that cannot be used
        found += _text_pairs(colors, selector, body)
        found += _edge_pairs(colors, selector, body)
    return found


def _text_pairs(colors: Colors, selector: str, body: str) -> list[Pair]:
    front = colour(body, "color")
    if front is None:
        return []
    back = colour(body, "background")
    backs = (back,) if back else grounds(colors)
    return [Pair(f"text of {selector}", front, b, TEXT) for b in backs]


def _edge_pairs(colors: Colors, selector: str, body: str) -> list[Pair]:
    edge = colour(body, "border") or colour(body, "border-color")
    if edge is None:
        return []
    if ":focus" in selector:
        return [Pair(f"focus ring of {selector}", edge, b, NON_TEXT) for b in grounds(colors)]
    if ":hover" in selector or not selector.startswith(CONTROLS):
        return []
    if colour(body, "background") == edge:
        return []  # a filled control: its fill is its edge, checked below
    return [Pair(f"edge of {selector}", edge, b, NON_TEXT) for b in grounds(colors)]


def _place_pairs(colors: Colors) -> list[Pair]:
    """Pairs the sheet paints in two rules: the sidebar's rows, filled controls."""
    sidebar = (colors.sidebar, colors.hover, colors.accent_soft)
    return [
        *(Pair("sidebar row's text", colors.text, b, TEXT) for b in sidebar),
        Pair("sidebar's focus ring", colors.focus_ring, colors.sidebar, NON_TEXT),
        Pair("muted words in the sidebar", colors.muted, colors.sidebar, TEXT),
        *(Pair("a primary button's fill", colors.accent, b, NON_TEXT) for b in grounds(colors)),
        Pair("a progress bar's chunk", colors.accent, colors.field, NON_TEXT),
        Pair("a weak passphrase's chunk", colors.warning, colors.field, NON_TEXT),
        *(Pair("error words", colors.error, b, TEXT) for b in grounds(colors)),
    ]


def table_text(name: str, pairs: list[Pair]) -> str:
    """The table, one pair a line, for a person reading the test's output."""
    lines = [f"{name}: {'ratio':>6} {'least':>5}  front   back     what"]
    for pair in pairs:
        mark = "" if pair.holds else "  <-- too low"
        lines.append(
            f"{'':{len(name)}}  {pair.ratio:6.2f} {pair.least:5.1f}  "
            f"{pair.front} {pair.back}  {pair.what}{mark}"
        )
    return "\n".join(lines)
