"""A calm, readable look in light and dark: Fusion, a palette and one small style sheet.

`apply_theme(app, choice, text_size)` is called before unlock (with the
system's choice) and again whenever the person changes the theme or text size.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from trustjournal.core.resources import resource
from trustjournal.ui.qt import Qt, QtGui, QtWidgets

DEFAULT_TEXT_SIZE = 11
_TOKEN = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str
    field: str
    field_disabled: str  # a field that cannot be used: it must not look like `field`
    sidebar: str
    text: str
    muted: str
    border: str
    hover: str
    accent: str
    accent_soft: str
    on_accent: str
    focus_ring: str
    link: str
    error: str
    warning: str


LIGHT = Colors(
    window="#f6f4f0",
    surface="#ffffff",
    field="#ffffff",
    field_disabled="#ebe7e0",
    sidebar="#efece6",
    text="#2c2a33",
    muted="#625f6b",
    border="#d9d4cc",
    hover="#e6e2da",
    accent="#3d7a70",
    accent_soft="#d3e6e1",
    on_accent="#ffffff",
    focus_ring="#1f4d46",
    link="#2f6a60",
    error="#a33a3a",
    warning="#b7791f",
)

DARK = Colors(
    window="#1d1e22",
    surface="#26282d",
    field="#2c2e34",
    field_disabled="#1d1e22",
    sidebar="#222327",
    text="#ebe8e3",
    muted="#a8a4ae",
    border="#3c3f46",
    hover="#2f3238",
    accent="#7cc0b3",
    accent_soft="#2f4a45",
    on_accent="#10201d",
    focus_ring="#d9f2ec",
    link="#8fd0c3",
    error="#f08a8a",
    warning="#e0b15c",
)


def resolve(choice: str) -> str:
    """'light' or 'dark' for a setting of 'light', 'dark' or 'system'."""
    if choice in ("light", "dark"):
        return choice
    scheme = QtGui.QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def colors_for(choice: str) -> Colors:
    return DARK if resolve(choice) == "dark" else LIGHT


def apply_theme(
    app: QtWidgets.QApplication, choice: str = "system", text_size: int = DEFAULT_TEXT_SIZE
) -> Colors:
    colors = colors_for(choice)
    app.setStyle("Fusion")
    app.setPalette(palette(colors))
    font = app.font()
    font.setPointSize(text_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(colors, text_size))
    return colors


def palette(colors: Colors) -> QtGui.QPalette:
    role = QtGui.QPalette.ColorRole
    result = QtGui.QPalette()
    pairs = {
        role.Window: colors.window,
        role.WindowText: colors.text,
        role.Base: colors.field,
        role.AlternateBase: colors.surface,
        role.Text: colors.text,
        role.Button: colors.surface,
        role.ButtonText: colors.text,
        role.Highlight: colors.accent,
        role.HighlightedText: colors.on_accent,
        role.ToolTipBase: colors.surface,
        role.ToolTipText: colors.text,
        role.PlaceholderText: colors.muted,
        role.Link: colors.link,
        role.Mid: colors.border,
    }
    for color_role, value in pairs.items():
        result.setColor(color_role, QtGui.QColor(value))
    disabled = QtGui.QPalette.ColorGroup.Disabled
    for color_role in (role.Text, role.WindowText, role.ButtonText):
        result.setColor(disabled, color_role, QtGui.QColor(colors.muted))
    # Fields the style sheet does not draw (spin boxes, dates) look disabled as well.
    result.setColor(disabled, role.Base, QtGui.QColor(colors.field_disabled))
    return result


def style_sheet(colors: Colors, text_size: int) -> str:
    values = {
        **asdict(colors),
        "body": str(text_size),
        "code": str(text_size + 3),
        "subheading": str(round(text_size * 1.25)),
        "heading": str(round(text_size * 1.7)),
        # The tick drawn in checked boxes, in the color that reads on the accent.
        "check_image": _check_image(colors),
    }
    return _TOKEN.sub(lambda match: values.get(match.group(1), match.group(0)), _template())


def _check_image(colors: Colors) -> str:
    name = "check-on-dark.svg" if colors is DARK else "check-on-light.svg"
    return Path(str(resource(f"icons/{name}"))).as_posix()


@functools.cache
def _template() -> str:
    return resource("styles/app.qss").read_text(encoding="utf-8")
