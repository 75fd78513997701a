"""Every place's name shows whole in the sidebar (issue 23, item 6; issue 22): at 200 %
text "Agreements" ended in "…" ("Agree…"), and under the pseudo words "When it's hard" did
at the usual size. The sidebar takes its width from its longest name at the text size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from language_layout_kit import speaking_for_layout
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell.places import sidebar
from trustjournal.ui.shell.theme import DEFAULT_TEXT_SIZE, apply_theme

SCREEN = (1180, 760)
State = QtWidgets.QStyle.StateFlag


def cut_names(view: QtWidgets.QListWidget) -> Iterator[str]:
    """The names Qt cannot draw whole in their row: a word wider than the row's room for
    text (it ends in "…"), or more wrapped lines than that room is high; each in bold, as
    the chosen place is drawn. The room is the style's, in the row's visible part."""
    style = view.style()
    for row in range(view.count()):
        index = view.model().index(row, 0)
        option = QtWidgets.QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index).intersected(view.viewport().rect())
        view.itemDelegate().initStyleOption(option, index)  # type: ignore[attr-defined]
        # As the chosen place with the focus: the style sheet's bold and 2 px ring.
        option.state |= State.State_Selected | State.State_HasFocus
        room = style.subElementRect(QtWidgets.QStyle.SubElement.SE_ItemViewItemText, option, view)
        text = str(index.data())
        font = QtGui.QFont(view.font())
        font.setWeight(QtGui.QFont.Weight.DemiBold)
        bold = QtGui.QFontMetrics(font)
        widest = max(bold.horizontalAdvance(word) for word in text.split())
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        high = bold.boundingRect(0, 0, max(room.width(), 1), 10_000, flags, text).height()
        if widest > room.width() or high > room.height():
            has = f"{room.width()} x {room.height()}"
            yield f"{text!r}: needs {widest} x {high} px, has {has}"


@pytest.mark.parametrize(
    ("language", "points"),
    [("en", 2 * DEFAULT_TEXT_SIZE), ("pseudo", DEFAULT_TEXT_SIZE)],
    ids=["200-percent", "pseudo"],
)
def test_every_place_name_shows_whole(
    qtbot: QtBot, qapp: QtWidgets.QApplication, language: str, points: int
) -> None:
    apply_theme(qapp, "light", points)
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    row = QtWidgets.QHBoxLayout(window)
    row.setContentsMargins(0, 0, 0, 0)
    if language == "en":
        places = sidebar(window)
    else:
        with speaking_for_layout(language):
            places = sidebar(window)
    places.setObjectName("sidebar")
    row.addWidget(places)
    row.addStretch(1)  # the page beside it
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    places.setCurrentRow(0)
    qtbot.waitUntil(lambda: places.width() == places.sizeHint().width())
    cut = list(cut_names(places))
    assert not cut, f"{places.width()} px wide:\n" + "\n".join(cut)
