"""Page and dialog headings are headings to a screen reader (the Heading role), so a
person can jump between the parts of a page; other labels stay plain text."""

from __future__ import annotations

from collections.abc import Callable

from access_kit import nodes
from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.ui.exchange.export_dialog import ExportDialog
from trustjournal.ui.qt import QtGui, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.places import PLACES
from trustjournal.ui.widgets.controls import heading, label

Role = QtGui.QAccessible.Role


def headings(window: QtWidgets.QWidget) -> list[str]:
    return [node.name for node in nodes(window) if node.role == Role.Heading and node.showing]


def test_a_heading_label_is_a_heading_and_a_plain_label_is_not(qtbot: QtBot) -> None:
    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    layout.addWidget(heading("What to share"))
    layout.addWidget(label("Only the entries you choose leave."))
    qtbot.addWidget(window)
    window.show()
    assert headings(window) == ["What to share"]
    plain = [node for node in nodes(window) if node.name.startswith("Only the entries")]
    assert [node.role for node in plain] == [Role.StaticText]


def test_every_heading_on_every_place_is_a_heading(
    qtbot: QtBot, unlocked: Callable[[], MainWindow]
) -> None:
    main = unlocked()
    for place in PLACES:
        main.show_place(place.key)
        shown = [
            found.accessibleName() or found.text()
            for found in main.pages[place.key].findChildren(QtWidgets.QLabel)
            if found.property("role") == "heading" and found.isVisible()
        ]
        assert set(shown) <= set(headings(main)), place.key


def test_the_export_dialog_s_parts_are_headings(qtbot: QtBot, journal: Journal) -> None:
    dialog = ExportDialog(journal)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {"What to share", "What will leave"} <= set(headings(dialog))
