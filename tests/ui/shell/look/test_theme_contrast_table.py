"""Every theme's colours hold WCAG 2.2 AA, computed, not eyeballed (issue 23, item 5): text
4.5:1 on what it stands on, a control's edge and the focus ring 3:1 against the window, a
card and a field. The table of ratios is printed (`pytest -s` shows it)."""

from __future__ import annotations

import dataclasses

import pytest
from contrast_kit import NON_TEXT, TEXT, contrast_table, table_text

from trustjournal.ui.shell.theme import LIGHT, THEMES


@pytest.mark.parametrize("name", THEMES)
def test_every_pair_of_colours_in_the_theme_holds_wcag_aa(name: str) -> None:
    pairs = contrast_table(THEMES[name])
    print("\n" + table_text(name, pairs))
    failing = [pair for pair in pairs if not pair.holds]
    assert not failing, table_text(name, failing)


@pytest.mark.parametrize("name", THEMES)
def test_the_table_holds_text_edges_and_the_focus_ring(name: str) -> None:
    whats = " | ".join(pair.what for pair in contrast_table(THEMES[name]))
    for expected in ("text of QWidget", "edge of QLineEdit", "focus ring of QPushButton:focus"):
        assert expected in whats
    kinds = {pair.least for pair in contrast_table(THEMES[name])}
    assert kinds == {TEXT, NON_TEXT}


@pytest.mark.parametrize(
    ("field", "planted", "seen_as"),
    [
        ("muted", "#b8b5bd", 'text of QLabel[role="muted"]'),
        ("edge", "#dedad3", "edge of QLineEdit"),
        ("focus_ring", "#c9e2dc", "focus ring of QLineEdit:focus"),
        ("on_accent", "#9fd0c6", "palette HighlightedText on Highlight"),
    ],
)
def test_a_planted_low_contrast_colour_is_found(field: str, planted: str, seen_as: str) -> None:
    pale = dataclasses.replace(LIGHT, **{field: planted})
    failing = [pair.what for pair in contrast_table(pale) if not pair.holds]
    assert any(what.startswith(seen_as) for what in failing), failing
