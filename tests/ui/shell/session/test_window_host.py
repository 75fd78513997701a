"""One top-level window at a time: the next one takes the last one's place, size and
maximised state, shows before the last one closes, and the first one has the remembered
size or the default, as far as the screen has room (where it opens: test_window_place.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from uikit import settle

from trustjournal.ui.qt import QtCore, QtWidgets
from trustjournal.ui.shell.main_window import DEFAULT_SIZE
from trustjournal.ui.shell.settings.preferences import Preferences
from trustjournal.ui.shell.window_host import WindowHost
from trustjournal.ui.widgets.sizing import FRAME


def test_the_first_window_has_the_default_size_as_far_as_the_screen_has_room(
    preferences: Preferences,
) -> None:
    """The offscreen screen here is 800x800, narrower than the default; on a screen with
    room, the default itself (test_window_place.py)."""
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    room = first.screen().availableGeometry().marginsRemoved(FRAME).size()
    assert room.width() < DEFAULT_SIZE.width()
    assert host.window is first and first.isVisible()
    assert first.size() == DEFAULT_SIZE.boundedTo(room)
    host.close()


def test_the_first_window_has_the_size_remembered(preferences: Preferences) -> None:
    remembered = QtWidgets.QWidget()
    remembered.resize(640, 480)
    preferences.save_geometry(remembered)
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    assert first.size() == QtCore.QSize(640, 480)
    host.close()


def test_the_next_window_takes_the_size_and_place_and_the_last_one_goes(
    preferences: Preferences, qtbot: QtBot
) -> None:
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    first.setGeometry(QtCore.QRect(30, 40, 700, 500))
    second = QtWidgets.QWidget()
    with qtbot.waitSignal(first.destroyed):
        host.show(second)
    assert host.window is second and second.isVisible()
    assert second.geometry() == QtCore.QRect(30, 40, 700, 500)
    assert not second.isMaximized()
    host.close()


def test_a_maximised_window_is_followed_by_a_maximised_one(
    preferences: Preferences, qtbot: QtBot
) -> None:
    host = WindowHost(preferences)
    first = QtWidgets.QWidget()
    host.show(first)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    second = QtWidgets.QWidget()
    host.show(second)
    qtbot.waitUntil(second.isMaximized)
    host.close()


def test_a_minimised_window_waits_minimised(preferences: Preferences, qtbot: QtBot) -> None:
    host = WindowHost(preferences)
    host.show(QtWidgets.QWidget())
    hidden = QtWidgets.QWidget()
    host.show(hidden, minimised=True)
    qtbot.waitUntil(hidden.isMinimized)
    host.bring_to_front()
    qtbot.waitUntil(lambda: not hidden.isMinimized())
    host.close()


def test_closing_leaves_no_window(preferences: Preferences, qtbot: QtBot) -> None:
    host = WindowHost(preferences)
    host.bring_to_front()  # nothing shows yet: nothing to do
    only = QtWidgets.QWidget()
    host.show(only)
    assert host.journal_window() is None  # not the journal's window
    with qtbot.waitSignal(only.destroyed):
        host.close()
    assert host.window is None
    host.close()  # twice is harmless
    settle()


class Recording(QtWidgets.QWidget):
    """Notes being raised and activated (the offscreen platform activates windows anyway;
    a window manager that prevents focus stealing does not, so the host must ask)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def raise_(self) -> None:
        self.asked.append("raise")
        super().raise_()

    def activateWindow(self) -> None:
        self.asked.append("activate")
        super().activateWindow()


def test_a_window_shows_in_the_open_raised_and_active_unless_asked_minimised(
    preferences: Preferences,
) -> None:
    host = WindowHost(preferences)
    shown = Recording()
    host.show(shown)
    assert not shown.isMinimized() and shown.asked == ["raise", "activate"]
    hidden = Recording()
    host.show(hidden, minimised=True)
    assert hidden.isMinimized() and hidden.asked == []
    host.close()


def test_the_host_goes_with_its_owner(preferences: Preferences, qtbot: QtBot) -> None:
    owner = QtCore.QObject()
    host = WindowHost(preferences, owner)
    with qtbot.waitSignal(host.destroyed):
        owner.deleteLater()
