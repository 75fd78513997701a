"""A calm, readable look in light and dark, and a high-contrast light and dark for those who
need it: Fusion, a palette and one small style sheet.

`apply_theme(app, choice, text_size)` is called before unlock (with the
system's choice) and again whenever the person changes the theme or text size. "system"
follows the desktop's colour scheme and, where Qt says it (6.10 and later), its wish for
high contrast. Every pair of colours is held to WCAG 2.2 AA by
tests/ui/shell/test_theme_contrast_table.py: text 4.5:1, a control's edge and the focus
ring 3:1.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from trustjournal.core.resources import resource
from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.widgets.access import motion

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
    border: str  # lines that only divide or decorate (cards, the sidebar's edge)
    edge: str  # the outline of a control a person uses: at least 3:1 against what is around
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
    edge="#858079",
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
    edge="#85828c",
    hover="#2f3238",
    accent="#7cc0b3",
    accent_soft="#2f4a45",
    on_accent="#10201d",
    focus_ring="#d9f2ec",
    link="#8fd0c3",
    error="#f08a8a",
    warning="#e0b15c",
)


# High contrast: black on white and white on black, with a focus ring in a colour of its own.
CONTRAST_LIGHT = Colors(
    window="#ffffff",
    surface="#ffffff",
    field="#ffffff",
    field_disabled="#d9d9d9",
    sidebar="#f0f0f0",
    text="#000000",
    muted="#2b2b2b",
    border="#595959",
    edge="#000000",
    hover="#e4e4e4",
    accent="#003d99",
    accent_soft="#d6e4ff",
    on_accent="#ffffff",
    focus_ring="#b3006b",
    link="#0033aa",
    error="#a30000",
    warning="#8a4b00",
)

CONTRAST_DARK = Colors(
    window="#000000",
    surface="#0d0d0d",
    field="#000000",
    field_disabled="#333333",
    sidebar="#121212",
    text="#ffffff",
    muted="#dadada",
    border="#8c8c8c",
    edge="#ffffff",
    hover="#2e2e2e",
    accent="#ffd500",
    accent_soft="#3a3200",
    on_accent="#000000",
    focus_ring="#00e5ff",
    link="#8cc8ff",
    error="#ff9a9a",
    warning="#ffb84d",
)

THEMES: dict[str, Colors] = {
    "light": LIGHT,
    "dark": DARK,
    "contrast-light": CONTRAST_LIGHT,
    "contrast-dark": CONTRAST_DARK,
}
CHOICES = ("system", *THEMES)  # what Settings offers; "system" follows the desktop


def resolve(choice: str) -> str:
    """The theme a setting means: itself, or for "system" light or dark as the desktop is,
    in high contrast when the desktop asks for it."""
    if choice in THEMES:
        return choice
    scheme = QtGui.QGuiApplication.styleHints().colorScheme()
    shade = "dark" if scheme == Qt.ColorScheme.Dark else "light"
    return f"contrast-{shade}" if system_wants_contrast() else shade


def system_wants_contrast() -> bool:
    """The desktop asks for high contrast (Qt 6.10's accessibility hints; older Qt cannot
    tell, and the person chooses a high-contrast theme in Settings)."""
    hints = getattr(QtGui.QGuiApplication.styleHints(), "accessibility", None)
    preference = getattr(Qt, "ContrastPreference", None)
    if hints is None or preference is None:
        return False
    return bool(hints().contrastPreference() == preference.HighContrast)


def colors_for(choice: str) -> Colors:
    return THEMES[resolve(choice)]


def apply_theme(
    app: QtWidgets.QApplication,
    choice: str = "system",
    text_size: int = DEFAULT_TEXT_SIZE,
    still: bool = False,
) -> Colors:
    """Style the whole app; `still` is the person's "Reduce motion" (widgets/access/motion.py)."""
    colors = colors_for(choice)
    motion.set_reduced(app, still)
    app.setStyle(motion.StillStyle("Fusion") if still else "Fusion")
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
        # A button's least height: a line of text at this size (never below its old 20 px).
        "button_line": str(max(20, _pixels(text_size * 1.25))),
        # The tick drawn in checked boxes, in the color that reads on the accent.
        "check_image": _check_image(colors),
        # A spin box's arrows, in ink that reads on the field (a styled spin box has none).
        "arrow_up": _icon_path(f"arrow-up-{_ink(colors.field)}.svg"),
        "arrow_down": _icon_path(f"arrow-down-{_ink(colors.field)}.svg"),
    }
    return _TOKEN.sub(lambda match: values.get(match.group(1), match.group(0)), _template())


def _pixels(points: float) -> int:
    """`points` in pixels on the main screen (a style sheet's lengths are in pixels, and a
    desktop that scales its fonts has more pixels to a point)."""
    screen = QtGui.QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return math.ceil(points * dpi / 72)


def _check_image(colors: Colors) -> str:
    """A dark tick on a light accent, a white one on a dark accent."""
    return _icon_path(f"check-on-{_ink(colors.accent)}.svg")


def _ink(ground: str) -> str:
    """Which ink reads on `ground`: "dark" on a light colour, "light" on a dark one."""
    return "dark" if QtGui.QColor(ground).lightnessF() >= 0.5 else "light"


def _icon_path(name: str) -> str:
    return Path(str(resource(f"icons/{name}"))).as_posix()


@functools.cache
def _template() -> str:
    return resource("styles/app.qss").read_text(encoding="utf-8")
