"""Each place's page is made when it is first shown, not at unlock (issue 22: building the
seven hidden pages measured their German words for nothing), and a page made later is
hooked up as one made at unlock was."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from trustjournal.core.errors import VaultLocked
from trustjournal.ui.qt import Qt, QtGui, QtWidgets
from trustjournal.ui.shell import places
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.widgets.page import Page

Unlock = Callable[[], MainWindow]


def made_pages(main: MainWindow) -> list[Page]:
    return main.findChildren(Page)


def test_only_the_shown_place_is_made_at_unlock(unlocked: Unlock) -> None:
    main = unlocked()
    assert made_pages(main) == [main.journal_page]
    assert main.current_page() is main.journal_page


def test_each_place_chosen_by_keys_is_made_shown_and_hooked_up(
    unlocked: Unlock, qtbot: QtBot
) -> None:
    main = unlocked()
    main.sidebar.setFocus()
    main.show_place("today")
    taken = {action.shortcut() for action in main.actions_by_name.values()}
    for row, place in enumerate(places.PLACES):
        if row:
            qtbot.keyClick(main.sidebar, Qt.Key.Key_Down)
        page = main.current_page()
        assert main.stack.currentWidget().isAncestorOf(page), place.key
        qtbot.waitUntil(page.isVisible)
        # What the window hooks up on a page made at unlock, on this one made now:
        tipped = [
            w
            for w in page.findChildren(QtWidgets.QWidget)
            if w.toolTip().strip() not in ("", w.accessibleName())
        ]
        assert all(w.accessibleDescription() for w in tipped), place.key
        clashing = [s for s in page.findChildren(QtGui.QShortcut) if s.key() in taken]
        assert not any(s.isEnabled() for s in clashing), place.key
        page.open_place_requested.emit("journal")
        assert main.current_page() is main.journal_page, place.key
        main.show_place(place.key)
        assert main.current_page() is page, place.key  # made once, kept
    assert len(made_pages(main)) == len(places.PLACES)
    shown_in_stack = [main.stack.widget(i).objectName() for i in range(main.stack.count())]
    assert shown_in_stack == [f"{place.key}_scroll" for place in places.PLACES]


def test_a_page_made_after_a_theme_and_text_size_change_has_the_new_size(
    unlocked: Unlock, session: Session
) -> None:
    main = unlocked()
    session.appearance.restyle("dark", 18)
    page = main.pages["agreements"]
    main.show_place("agreements")
    assert page.font().pointSize() == 18


def test_the_lock_empties_the_pages_made_and_makes_no_other(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    main.show_place("timeline")
    emptied: list[str] = []
    for page in made_pages(main):
        # Counted, then emptied as it would be: a page left full kept its watcher, which
        # read the journal after the test closed it (a CI run's teardown error).
        page.clear_for_lock = partial(_counted, emptied, page, page.clear_for_lock)  # type: ignore[method-assign]
    main.clear_for_lock()
    assert sorted(emptied) == sorted(page.objectName() for page in made_pages(main))
    assert len(emptied) == 2


def _counted(emptied: list[str], page: Page, clear: Callable[[], None]) -> None:
    emptied.append(page.objectName())
    clear()


def test_no_page_is_made_once_the_journal_is_locked(unlocked: Unlock, session: Session) -> None:
    main = unlocked()
    session.lock()
    with pytest.raises(VaultLocked):
        main.pages["agreements"]
    assert made_pages(main) in ([], [main.journal_page])  # emptied, or gone with the window
