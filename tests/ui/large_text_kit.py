"""The layout test's large-text cases (issue 23, item 6): every screen again at 1180x760
with the text at 200 % of its usual size, the app's text-size setting (a desktop that
doubles its font size reaches the same pixels). Their ids end in "-large"; they are slow.

`NOT_YET_AT_LARGE_TEXT` lists the screens still found broken at that size when these cases
were added (2026-12-07): each is expected to fail (not strictly, since the merges of that
day changed some of these screens: a fix shows up as an unexpected pass, X, in the run's
summary, and its name comes off the list). docs/accessibility.md says what is left.
"""

from __future__ import annotations

import pytest

from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE

LARGE_TEXT = 2 * DEFAULT_TEXT_SIZE  # 200 %
LARGE_TEXT_SCREEN = (1180, 760)

# Empty since 2026-12-07: the last one, the Journal, fits (its details' tab is "Feelings"
# when "Feelings and tags" leaves the tabs no room). A screen found broken goes here.
NOT_YET_AT_LARGE_TEXT: frozenset[str] = frozenset()


def large_text_case(name: str) -> object:
    """The case of screen `name` at large text: (name, width, height, 1, "en", text size)."""
    width, height = LARGE_TEXT_SCREEN
    marks = [pytest.mark.slow]
    if name in NOT_YET_AT_LARGE_TEXT:
        why = "not usable at 200 % text yet (docs/accessibility.md)"
        marks.append(pytest.mark.xfail(strict=False, reason=why))
    case_id = f"{name}-{width}x{height}-1x-large"
    return pytest.param(name, width, height, 1, "en", LARGE_TEXT, id=case_id, marks=marks)
