"""One card() for the whole app, in its two looks: a titled card among others on a page,
and a panel of fixed width alone in a window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtWidgets
from trustjournal.ui.widgets.controls import MARGIN, USUAL_TEXT_SIZE, card, centered


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


def test_a_grown_panel_narrows_when_its_page_gains_a_scroll_bar(qtbot: QtBot) -> None:
    """At 200 % text the panel grows as far as its page's room; the page then grew a scroll
    bar up and down, which narrowed the room and not the page: the panel stayed as wide and
    the page scrolled sideways by the bar's width (the export's card, 14 px)."""
    frame, layout = card("export_card", max_width=620)
    words = QtWidgets.QLabel("Words that wrap over many lines at large text. " * 30)
    words.setWordWrap(True)
    layout.addWidget(words)
    page = centered(frame)
    qtbot.addWidget(page)
    page.resize(900, 2000)  # room for everything: no bar up and down
    page.show()
    qtbot.waitExposed(page)
    font = frame.font()
    font.setPointSizeF(USUAL_TEXT_SIZE * 2)
    frame.setFont(font)
    page.resize(900, 300)  # now the page scrolls up and down
    scroll = page.findChild(QtWidgets.QScrollArea, "centered_scroll")
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0)
    assert frame.width() <= scroll.viewport().width() - 2 * MARGIN
