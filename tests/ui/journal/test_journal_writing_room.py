"""The writing area gets the height: on a short screen the text is not squeezed under
the entry's other fields (title, day, flags, mood, feelings, tags)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_kit import layout_problems, settle
from pytestqt.qtbot import QtBot

from trustjournal.core.clock import ManualClock
from trustjournal.core.journal.journal import Journal
from trustjournal.core.records.entries import EntryDraft
from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.theme import apply_theme

BODY = "\n\n".join(
    f"Paragraph {n}: we sat on the balcony after dinner and talked without phones."
    for n in range(12)
)
TAGS = ("check-in", "evening", "talking", "family")


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QtWidgets.QApplication, journal: Journal, clock: ManualClock
) -> Iterator[MainWindow]:
    apply_theme(qapp, "light")  # the app's own paddings and sizes
    entry = journal.add_entry(
        EntryDraft(
            day=clock.today(),
            title="A calmer evening",
            body=BODY,
            mood=4,
            emotions=("calm", "heard", "hopeful"),
            tags=TAGS,
            activities=("a walk together", "talked openly"),
        )
    )
    main = MainWindow(journal, clock)
    qtbot.addWidget(main)
    main.show()
    main.open_entry(entry.id)
    yield main
    main.clear_for_lock()
    main.release()


def visible_height(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> int:
    """How much of the widget can be seen inside the window."""
    place = QtCore.QRect(widget.mapTo(window, QtCore.QPoint(0, 0)), widget.size())
    return place.intersected(window.rect()).height()


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize(("width", "height"), [(1024, 640), (1180, 760)])
def test_the_writing_area_gets_a_fair_share_of_a_short_window(
    qtbot: QtBot, window: MainWindow, width: int, height: int
) -> None:
    window.resize(width, height)
    settle()
    body = window.findChild(QtWidgets.QPlainTextEdit, "editorBody")
    qtbot.waitUntil(lambda: body.isVisible())
    seen = visible_height(body.viewport(), window)
    assert seen >= 0.4 * height, f"the text has {seen} px of {height}"
    assert layout_problems(window) == []


def test_the_mood_steps_keep_one_row_by_saying_only_their_words_when_narrow(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.findChild(QtWidgets.QWidget, "entryEditor")
    steps = [editor.findChild(QtWidgets.QToolButton, f"moodStep{n}") for n in range(1, 6)]
    window.resize(1024, 640)
    settle()
    qtbot.waitUntil(lambda: steps[0].text() == "Very low")
    assert [s.text() for s in steps] == ["Very low", "Low", "Okay", "Good", "Very good"]
    assert len({s.y() for s in steps}) == 1  # one row
    assert steps[3].toolTip().startswith("Mood 4 of 5") and steps[3].isChecked()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: steps[0].text() == "1 · Very low")
    assert len({s.y() for s in steps}) == 1
