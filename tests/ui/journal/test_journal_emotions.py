"""The emotion picker: chosen feelings on top and removable, Enter picks the one match,
groups with no match hide while filtering, the often felt come first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from trustjournal.core.journal.journal import Journal
from trustjournal.core.language import speaking
from trustjournal.core.records.entries import Entry
from trustjournal.ui.journal.editor.emotions import EmotionChips, often_felt
from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtWidgets

Writer = Callable[..., Entry]


def family_boxes(page: JournalPage) -> list[QtWidgets.QGroupBox]:
    return [
        box
        for box in page.editor.emotions.findChildren(QtWidgets.QGroupBox)
        if box.objectName().startswith("emotionFamily_")
    ]


def test_chosen_feelings_show_on_top_and_remove_themselves(page: JournalPage, qtbot: QtBot) -> None:
    page.new_entry()
    chips = page.editor.emotions
    assert not chips.chosen_box.isVisibleTo(page)
    chips.chip("hurt").click()
    chips.chip("hopeful").click()
    assert sorted(chip.text().split()[0] for chip in chips.chosen_chips()) == ["hopeful", "hurt"]
    assert chips.chosen_box.isVisibleTo(page)
    remove = page.findChild(QtWidgets.QToolButton, "chosen_hurt")
    remove.click()
    assert chips.selected() == ("hopeful",)
    assert page.editor.is_dirty()


def test_enter_picks_the_one_match_and_empty_groups_hide(page: JournalPage, qtbot: QtBot) -> None:
    page.new_entry()
    chips = page.editor.emotions
    qtbot.keyClicks(chips.search, "hopef")
    shown = [box for box in family_boxes(page) if box.isVisibleTo(page)]
    assert len(shown) == 1 and len(family_boxes(page)) > 1
    qtbot.keyClick(chips.search, Qt.Key.Key_Return)
    assert chips.selected() == ("hopeful",)
    assert chips.search.text() == ""
    assert all(box.isVisibleTo(page) for box in family_boxes(page))
    qtbot.keyClicks(chips.search, "a")  # many match: Enter picks nothing
    qtbot.keyClick(chips.search, Qt.Key.Key_Return)
    assert chips.selected() == ("hopeful",)


def test_often_felt_feelings_come_first(
    write: Writer, journal: Journal, qtbot: QtBot, page: JournalPage
) -> None:
    today = journal.clock.today()
    write(today - dt.timedelta(days=3), "a", emotions=("anger", "fear"))
    write(today - dt.timedelta(days=2), "b", emotions=("fear",))
    write(today - dt.timedelta(days=1), "c", emotions=("hopeful",))
    chips = page.editor.emotions
    qtbot.waitUntil(lambda: [c.text() for c in chips.often_chips()] == ["fear", "hopeful", "anger"])
    assert chips.often_box.isVisibleTo(page)
    page.new_entry()
    page.findChild(QtWidgets.QToolButton, "often_fear").click()
    assert chips.selected() == ("fear",) and chips.chip("fear").isChecked()
    chips.chip("fear").click()
    assert not page.findChild(QtWidgets.QToolButton, "often_fear").isChecked()


def test_often_felt_counts_then_prefers_the_recent(three_entries: list[Entry]) -> None:
    newest_first = list(reversed(three_entries))
    assert often_felt(newest_first) == [*three_entries[1].emotions, "hurt"]


def test_feelings_show_in_the_persons_language_and_are_kept_as_the_vocabulary_says(
    qtbot: QtBot,
) -> None:
    german = speaking.load("de")
    assert german is not None
    with speaking.speaking(german):
        chips = EmotionChips()
        qtbot.addWidget(chips)
        chip = chips.chip("on edge")
        assert (chip.text(), chip.accessibleName()) == ("angespannt", "Gefühl: angespannt")
        qtbot.keyClicks(chips.search, "angespannt")
        qtbot.keyClick(chips.search, Qt.Key.Key_Return)
        assert chips.selected() == ("on edge",)
        assert chips.chosen_chips()[0].text().startswith("angespannt")
        qtbot.keyClicks(chips.search, "hopeful")  # the English finds it too
        qtbot.keyClick(chips.search, Qt.Key.Key_Return)
    assert chips.selected() == ("hopeful", "on edge")
