"""The words core gives the moods, the parts of trust, the kinds of moment and the
together lines are said in the chosen language, while their keys stay English."""

from __future__ import annotations

from trustjournal.core.chart.painter import TOGETHER_LEGEND, together_label
from trustjournal.core.language.pseudo import pseudo_translated
from trustjournal.core.language.speaking import load, speaking
from trustjournal.core.records.entries import MOOD_LABELS, mood_label
from trustjournal.core.records.trust import (
    DIMENSION_LABELS,
    EVENT_KIND_LABELS,
    dimension_label,
    dimension_short_label,
    event_kind_label,
)


def test_in_english_the_labels_are_the_tables() -> None:
    assert mood_label(5) == "Very good"
    assert dimension_label("safety") == "Feeling safe and secure"
    assert dimension_short_label("closeness") == "Closeness"
    assert event_kind_label("therapy") == "Therapy session"
    assert event_kind_label("unknown-kind") == "unknown-kind"
    assert mood_label(9) == ""


def test_under_german_the_labels_come_back_german() -> None:
    german = load("de")
    assert german is not None
    with speaking(german):
        assert mood_label(5) == "Sehr gut"
        assert dimension_label("honesty") == "Ehrlichkeit und Offenheit"
        assert dimension_short_label("closeness") == "Nähe"
        assert event_kind_label("setback") == "Rückschlag"
        assert together_label("together_owner") == "Gemeinsam: du"
    assert MOOD_LABELS[5] == "Very good"  # the stored table stays English
    assert EVENT_KIND_LABELS["setback"] == "Setback"


def test_under_pseudo_the_labels_are_accented() -> None:
    pseudo = load("pseudo")
    assert pseudo is not None
    with speaking(pseudo):
        assert mood_label(1) == pseudo_translated(MOOD_LABELS[1]) != MOOD_LABELS[1]
        assert dimension_label("respect") == pseudo_translated(DIMENSION_LABELS["respect"])
        assert event_kind_label("milestone") == pseudo_translated("Milestone")
        assert together_label("together_partner") == pseudo_translated(
            TOGETHER_LEGEND["together_partner"]
        )
