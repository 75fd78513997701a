"""Withhold markers: the text shown without them never shows one, and passages read back
from the markers withhold the same words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytestmark = pytest.mark.usefixtures("painting_application")


# -- withhold markers, for showing the text without them ---------------------------------

marked_text = st.lists(
    st.sampled_from(["a", " b", "\n", "[[withhold]]", "[[/withhold]]", "[[WITHHOLD]]", "é"]),
    max_size=25,
).map("".join)


@given(marked_text)
def test_without_markers_never_shows_a_marker(text: str) -> None:
    from trustjournal.core.exchange.redaction import without_markers

    assert "withhold" not in without_markers(text).lower()


@given(marked_text)
def test_passages_round_trip_and_withhold_the_same_words(text: str) -> None:
    from trustjournal.core.exchange.redaction import passages, pieces, with_markers

    def shared(stored: str) -> str:  # what an export shows of the words
        return "".join(piece.text for piece in pieces(stored) if not piece.withheld)

    again = with_markers(passages(text))
    assert passages(again) == passages(text)
    assert shared(again) == shared(text)
    assert with_markers(passages(again)) == again
