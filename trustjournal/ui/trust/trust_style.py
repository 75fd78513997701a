"""The chart's look (colours, dashes, marker shapes) lives with the one chart painter in
`core/exchange/chart_style`, shared by the app and the PDF; the trust pages that draw
with it may keep importing it from here."""

from trustjournal.core.exchange.chart_style import (
    EVENT_STYLES,
    MOOD_STYLE,
    SERIES_STYLES,
    SeriesStyle,
    blend,
    color_of,
    cosmetic_pen,
    glyph,
    is_dark,
    line_pen,
    marker_path,
    sprite,
    style_of,
    swatch,
)

__all__ = [
    "EVENT_STYLES",
    "MOOD_STYLE",
    "SERIES_STYLES",
    "SeriesStyle",
    "blend",
    "color_of",
    "cosmetic_pen",
    "glyph",
    "is_dark",
    "line_pen",
    "marker_path",
    "sprite",
    "style_of",
    "swatch",
]
