"""The main window: places, shortcuts, names for screen readers, sizes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from uikit import go_through_onboarding, wait_active

from trustjournal.ui.journal.page import JournalPage
from trustjournal.ui.qt import Qt, QtCore, QtWidgets
from trustjournal.ui.shell import places
from trustjournal.ui.shell.lock_screen import LockScreen
from trustjournal.ui.shell.main_window import MainWindow
from trustjournal.ui.shell.onboarding import OnboardingWindow
from trustjournal.ui.shell.session import Session
from trustjournal.ui.widgets.page import Page

Unlock = Callable[[], MainWindow]
CONTROLS = (
    QtWidgets.QAbstractButton,
    QtWidgets.QLineEdit,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QKeySequenceEdit,
    QtWidgets.QListWidget,
    QtWidgets.QProgressBar,
)


def unnamed_controls(
    root: QtWidgets.QWidget, skip: tuple[QtWidgets.QWidget, ...] = ()
) -> list[str]:
    """Controls under `root` (outside the `skip` widgets) that a screen reader could not name."""
    missing = []
    for kind in CONTROLS:
        for control in root.findChildren(kind):
            inside_skip = any(page is control or page.isAncestorOf(control) for page in skip)
            inner = isinstance(control.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox)
            if inside_skip or inner or control.objectName().startswith("qt_"):
                continue
            if not control.accessibleName() and not getattr(control, "text", lambda: "")():
                missing.append(f"{type(control).__name__} {control.objectName()!r}")
    return missing


def test_the_sidebar_lists_the_places_in_order(unlocked: Unlock) -> None:
    main = unlocked()
    titles = [main.sidebar.item(row).text() for row in range(main.sidebar.count())]
    assert titles == [
        "Today",
        "Journal",
        "Timeline",
        "Prompts",
        "Agreements",
        "Disclosure",
        "Export",
        "When it's hard",
    ]
    assert main.current_page() is main.journal_page
    assert main.windowTitle() == "TrustJournal"


def test_the_keyboard_moves_between_places(unlocked: Unlock, qtbot: QtBot) -> None:
    main = unlocked()
    wait_active(qtbot, main)
    main.sidebar.setFocus()
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Down)
    assert main.current_page() is main.pages["timeline"]
    qtbot.keyClick(main, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page() is main.pages["export"]
    assert main.sidebar.currentItem().text() == "Export"


def test_new_entry_asks_the_journal_page(unlocked: Unlock, qtbot: QtBot) -> None:
    main = unlocked()
    asked: list[bool] = []
    main.journal_page.new_entry = lambda: asked.append(True)  # type: ignore[attr-defined]
    main.show_place("today")
    wait_active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    assert main.current_page() is main.journal_page


def test_today_offers_a_way_to_start_writing(unlocked: Unlock, qtbot: QtBot) -> None:
    main = unlocked()
    main.show_place("today")
    asked: list[tuple[object, ...]] = []
    main.journal_page.new_entry = lambda *args: asked.append(args)  # type: ignore[attr-defined]
    write = main.findChild(QtWidgets.QPushButton, "todayJustWrite")
    assert write is not None
    qtbot.mouseClick(write, Qt.MouseButton.LeftButton)
    assert asked == [()]
    assert main.current_page() is main.journal_page


def test_every_place_has_its_page(unlocked: Unlock) -> None:
    main = unlocked()
    for place in places.PLACES:
        page = main.pages[place.key]
        assert type(page) is place.page
        assert page.objectName()


def test_every_place_makes_a_page_that_says_how_it_empties_at_lock(unlocked: Unlock) -> None:
    main = unlocked()
    for place in places.PLACES:
        page = main.pages[place.key]
        assert isinstance(page, Page)
        assert type(page).clear_for_lock is not Page.clear_for_lock, place.key
    with pytest.raises(TypeError, match="the today place holds a TodayPage, not JournalPage"):
        main.page_of("today", JournalPage)


def test_a_page_that_does_not_say_how_it_empties_at_lock_is_refused(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    with pytest.raises(NotImplementedError, match="Page must say how it empties at lock"):
        page.clear_for_lock()


def test_every_page_is_heard_when_it_asks_for_an_entry_or_a_place(unlocked: Unlock) -> None:
    main = unlocked()
    opened: list[int] = []
    main.journal_page.open_entry = opened.append  # type: ignore[method-assign]
    for number, place in enumerate(places.PLACES):
        page = main.pages[place.key]
        main.show_place("export")
        page.open_entry_requested.emit(number)
        assert main.current_page() is main.journal_page, place.key
        page.open_place_requested.emit("agreements")
        assert main.current_page() is main.pages["agreements"], place.key
    assert opened == list(range(len(places.PLACES)))


def test_a_page_asking_to_open_an_entry_opens_it_in_the_journal(unlocked: Unlock) -> None:
    main = unlocked()
    opened: list[int] = []
    main.journal_page.open_entry = opened.append  # type: ignore[attr-defined]
    main.show_place("export")
    main.open_entry(7)
    assert opened == [7]
    assert main.current_page() is main.journal_page


def test_every_control_has_a_name_for_screen_readers(
    unlocked: Unlock, session: Session, qtbot: QtBot
) -> None:
    main = unlocked()
    real_pages = tuple(main.pages.values())
    assert unnamed_controls(main, skip=real_pages) == []  # each page's own tests hold its names
    main.actions_by_name["settings_action"].trigger()
    assert session.settings_dialog is not None
    assert unnamed_controls(session.settings_dialog) == []
    session.lock()
    screen = session.window
    assert isinstance(screen, LockScreen)
    screen.open_recovery()
    assert unnamed_controls(screen) == []


def test_onboarding_controls_have_names(session: Session) -> None:
    session.start()
    window = session.window
    assert isinstance(window, OnboardingWindow)
    assert unnamed_controls(window) == []


@pytest.mark.slow  # measured among the slowest (docs/testing.md)
@pytest.mark.parametrize("size", [QtCore.QSize(1280, 800), QtCore.QSize(1920, 1080)])
def test_the_windows_fit_common_screens(
    session: Session, qtbot: QtBot, size: QtCore.QSize, data_dir: Path
) -> None:
    main = go_through_onboarding(qtbot, session)
    main.resize(size)
    assert main.minimumSizeHint().width() <= 1280
    assert main.minimumSizeHint().height() <= 800
    session.lock()
    screen = session.window
    assert screen is not None
    assert screen.minimumSizeHint().width() <= size.width()
    assert screen.minimumSizeHint().height() <= size.height()


def test_ctrl_n_works_while_writing_in_the_journal(
    session: Session, qtbot: QtBot, data_dir: Path
) -> None:
    main = go_through_onboarding(qtbot, session)
    wait_active(qtbot, main)
    body = main.journal_page.findChild(QtWidgets.QPlainTextEdit, "editorBody")
    assert isinstance(body, QtWidgets.QPlainTextEdit)
    body.setFocus()
    qtbot.keyClicks(body, "a first thought")
    qtbot.keyClick(body, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert session.journal is not None
    assert session.journal.count() == 1  # the first entry was saved, a new one started
    assert body.toPlainText() == ""


def test_writing_from_a_prompt_links_the_entry_and_shows_the_prompt(
    unlocked: Unlock, qtbot: QtBot, session: Session
) -> None:
    main = unlocked()
    journal = session.journal
    assert journal is not None
    prompt = journal.prompts.listed(theme="hope")[0]
    main.show_place("prompts")
    main.current_page().write_requested.emit(prompt.id)  # type: ignore[attr-defined]
    assert main.current_page() is main.journal_page
    editor = main.journal_page.editor  # type: ignore[attr-defined]
    banner = main.findChild(QtWidgets.QLabel, "editorPrompt")
    assert banner is not None and banner.isVisible()
    assert banner.text() == prompt.text
    qtbot.keyClicks(editor.body, "A small thing I am looking forward to.")
    main.journal_page.save_pending()  # type: ignore[attr-defined]
    entry = journal.entry(editor.entry_id)
    assert entry.prompt_id == prompt.id
    assert (prompt.id, entry.id) in {(a.prompt_id, a.entry_id) for a in journal.prompts.answered()}


def test_a_plain_new_entry_shows_no_prompt(unlocked: Unlock) -> None:
    main = unlocked()
    main.new_entry()
    banner = main.findChild(QtWidgets.QLabel, "editorPrompt")
    assert banner is not None and not banner.isVisible()


def test_ctrl_k_opens_the_guided_check_in_from_anywhere(unlocked: Unlock, qtbot: QtBot) -> None:
    main = unlocked()
    main.show_place("journal")
    main.actions_by_name["check_in_action"].trigger()
    assert main.current_page() is main.pages["timeline"]
    qtbot.waitUntil(lambda: main.findChild(QtWidgets.QDialog, "checkinDialog") is not None)
    dialog = main.findChild(QtWidgets.QDialog, "checkinDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_today_can_send_the_person_to_agreements(unlocked: Unlock) -> None:
    main = unlocked()
    main.show_place("today")
    main.pages["today"].open_place_requested.emit("agreements")  # type: ignore[attr-defined]
    assert main.current_page() is main.pages["agreements"]
