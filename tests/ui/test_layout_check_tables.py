"""The layout check sees a table that cuts its words: a header or a cell narrower than its
text, or past the table's right edge with no scroll bar to reach it."""

from __future__ import annotations

from layout_kit import layout_problems
from pytestqt.qtbot import QtBot

from trustjournal.ui.qt import Qt, QtWidgets

WORDS = ("Overall trust this month", "Strength", "Minutes until calmer")


def _table(qtbot: QtBot, width: int, columns_fit: bool = True) -> QtWidgets.QTableWidget:
    view = QtWidgets.QTableWidget(1, len(WORDS))
    qtbot.addWidget(view)
    view.setHorizontalHeaderLabels(list(WORDS))
    view.verticalHeader().hide()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for column, text in enumerate(WORDS):
        view.setItem(0, column, QtWidgets.QTableWidgetItem(text))
    if columns_fit:
        view.resizeColumnsToContents()
    view.resize(width, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_table_wide_enough_for_its_words_fits(qtbot: QtBot) -> None:
    view = _table(qtbot, 100)
    view.resize(view.horizontalHeader().length() + 2 * view.frameWidth(), 200)
    assert layout_problems(view) == []


def test_a_column_past_the_right_edge_is_seen(qtbot: QtBot) -> None:
    view = _table(qtbot, 160)
    problems = "\n".join(layout_problems(view))
    assert "the header 'Minutes until calmer'" in problems
    assert "past the table's right edge, with no way to scroll to it" in problems


def test_a_column_narrower_than_its_words_is_seen(qtbot: QtBot) -> None:
    view = _table(qtbot, 600, columns_fit=False)
    view.setColumnWidth(0, 30)
    problems = layout_problems(view)
    assert any("the header 'Overall trust this month'" in p and "is cut" in p for p in problems)
    assert any("the cell 'Overall trust this month'" in p and "is cut" in p for p in problems)


def test_columns_that_elide_on_purpose_keep_only_their_headers_checked(qtbot: QtBot) -> None:
    view = _table(qtbot, 600, columns_fit=False)
    view.setColumnWidth(0, 30)
    view.setProperty("layout_may_elide", [0])
    problems = layout_problems(view)
    assert not any("the cell" in p for p in problems)
    assert any("the header 'Overall trust this month'" in p for p in problems)
