"""One card() for the whole app, in its two looks: a titled card among others on a page,
and a panel of fixed width alone in a window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.controls import card


def test_a_titled_card_shows_its_title_and_is_named_by_it(qtbot: QtBot) -> None:
    frame, layout = card("todayPromptCard", "Today's prompt")
    qtbot.addWidget(frame)
    assert frame.objectName() == "todayPromptCard"
    assert frame.property("role") == "card"
    assert frame.accessibleName() == "Today's prompt"
    title = layout.itemAt(0).widget()
    assert isinstance(title, QtWidgets.QLabel)
    assert (title.text(), title.property("role")) == ("Today's prompt", "subheading")
    assert layout.contentsMargins().left() == 22 and layout.spacing() == 10
    assert frame.minimumWidth() != frame.maximumWidth()  # the page decides its width


def test_a_panel_of_fixed_width_has_room_and_no_title(qtbot: QtBot) -> None:
    frame, layout = card("lock_card", max_width=460)
    qtbot.addWidget(frame)
    assert frame.property("role") == "card"
    assert (frame.minimumWidth(), frame.maximumWidth()) == (460, 460)
    assert layout.count() == 0
    assert frame.accessibleName() == ""
    assert layout.contentsMargins().left() == 36 and layout.spacing() == 12
