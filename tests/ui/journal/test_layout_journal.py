"""The Journal page fits every size the app promises, at 1x and 2x: the editor's day and
privacy choices in one row.

One case per screen, size and scale: the screen is opened over a journal full of
realistic, awkward content (long titles, long prompts, many tags, long messages),
and `layout_kit.layout_problems` must find nothing. To add a screen, register one
opener with `@screen("name")`: a function that gets the `Screens` context (journal,
main window, data folder) and returns the shown window or dialog to check. The shared
part (the filled journal, the sizes, the 2x child run) is tests/ui/screens_kit.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from screens_kit import (
    fit,
    shown_at,
    sizes_and_scales,
)

from trustjournal.ui.journal import texts
from trustjournal.ui.qt import QtCore, QtWidgets

# -- the editor's day and privacy choices: one row, the "?" beside its checkbox ------------

PRIVACY_ROW = ("editorDay", "editorPrivate", "editorDiscuss", "editorExplainPrivacy")
HELP_GAP = 8  # the "?" reads as the checkbox's own help only when it sits right beside it


def _row_cases() -> Iterator[object]:
    for width, height, scale, marks in sizes_and_scales():
        yield pytest.param(width, height, scale, id=f"{width}x{height}-{scale}x", marks=marks)


@pytest.mark.parametrize(("width", "height", "scale"), list(_row_cases()))
def test_the_day_and_privacy_choices_share_one_row(
    width: int,
    height: int,
    scale: int,
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    request: pytest.FixtureRequest,
) -> None:
    filled = shown_at(width, height, scale, qapp, request)
    if filled is None:
        return
    main = filled.main
    main.open_entry(filled.journal.entry_ids()[0])  # a long title, many tags
    problems = fit(main, QtCore.QSize(width, height), qtbot)
    assert not problems, "\n".join(problems)
    day, private, discuss, explain = (
        main.findChild(QtWidgets.QWidget, name) for name in PRIVACY_ROW
    )
    row = QtCore.QRect(day.mapTo(main, QtCore.QPoint(0, 0)), day.size())
    places = {
        widget.objectName(): QtCore.QRect(widget.mapTo(main, QtCore.QPoint(0, 0)), widget.size())
        for widget in (private, discuss, explain)
    }
    for name, place in places.items():
        assert row.top() <= place.center().y() <= row.bottom(), (
            f"{name} wraps below the day at {width}x{height} ({scale}x): it is at "
            f"y {place.top()}-{place.bottom()}, the day's row {row.top()}-{row.bottom()}"
        )
    for name, place in places.items():
        off_centre = abs(place.center().y() - row.center().y())
        assert off_centre <= 1, f"{name} sits {off_centre} px off the row's middle"
    left = [widget.mapTo(main, QtCore.QPoint(0, 0)).x() for widget in (day, private, discuss)]
    assert left == sorted(left)
    discuss_right = discuss.mapTo(main, QtCore.QPoint(discuss.width(), 0)).x()
    gap = explain.mapTo(main, QtCore.QPoint(0, 0)).x() - discuss_right
    assert 0 <= gap <= HELP_GAP, f"the '?' is {gap} px from {texts.DISCUSS_NAME!r}"
