"""Two parts of a page side by side when both fit, one below the other when not, and never
asking for more width than the wider part (ui/widgets/beside_or_below.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.widgets.beside_or_below import UNBOUNDED, BesideOrBelow

LIST_LEAST, DETAILS_LEAST, DETAILS_MOST = 400, 300, 380


Parts = tuple[BesideOrBelow, QtWidgets.QWidget, QtWidgets.QWidget, QtWidgets.QWidget]


def _parts(qtbot: QtBot) -> Parts:
    """The two parts on a page (returned last, so that the test keeps it alive)."""
    first, second = QtWidgets.QWidget(), QtWidgets.QWidget()
    first.setMinimumWidth(LIST_LEAST)
    second.setMinimumWidth(DETAILS_LEAST)
    parts = BesideOrBelow(first, second, stretch=(2, 1), second_most_width=DETAILS_MOST)
    parts.box.setSpacing(10)
    page = QtWidgets.QWidget()  # as on a page: a window's own layout holds its least size
    layout = QtWidgets.QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSizeConstraint(QtWidgets.QLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(parts)
    qtbot.addWidget(page)
    page.show()
    return parts, first, second, page


def _laid_out(parts: BesideOrBelow, width: int) -> None:
    parts.window().resize(width, 600)
    for _ in range(3):
        QtCore.QCoreApplication.processEvents()


def test_parts_sit_side_by_side_when_both_fit(qtbot: QtBot) -> None:
    parts, first, second, _page = _parts(qtbot)
    _laid_out(parts, LIST_LEAST + 10 + DETAILS_LEAST + 50)
    assert parts.beside()
    assert second.x() > first.x() + first.width()
    assert second.width() <= DETAILS_MOST


def test_the_second_part_goes_below_when_they_do_not_fit(qtbot: QtBot) -> None:
    parts, first, second, _page = _parts(qtbot)
    _laid_out(parts, LIST_LEAST + 10 + DETAILS_LEAST - 1)
    assert not parts.beside()
    assert second.y() >= first.y() + first.height()
    assert second.maximumWidth() == UNBOUNDED  # below, as wide as the list
    assert second.width() == parts.width()


def test_it_asks_only_for_the_wider_part_so_nothing_scrolls_sideways(qtbot: QtBot) -> None:
    parts, _first, _second, _page = _parts(qtbot)
    _laid_out(parts, 2000)
    assert parts.minimumSizeHint().width() == LIST_LEAST


def test_the_parts_go_side_by_side_again_when_there_is_room(qtbot: QtBot) -> None:
    parts, _first, second, _page = _parts(qtbot)
    _laid_out(parts, 500)
    _laid_out(parts, 1000)
    assert parts.beside()
    assert second.maximumWidth() == DETAILS_MOST


def test_words_wider_than_the_most_width_widen_the_second_part_beside(qtbot: QtBot) -> None:
    parts, _first, second, _page = _parts(qtbot)
    second.setMinimumWidth(DETAILS_MOST + 60)  # a word longer than the card is wide
    _laid_out(parts, 1400)
    assert parts.beside()
    assert second.width() >= DETAILS_MOST + 60
